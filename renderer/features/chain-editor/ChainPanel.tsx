// The right-hand panel for one chain: its name and 链长 with edit and delete, a link to its map, and
// its segment tree with 添加一级环节.
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Chain, Segment } from '../../../shared/domain/schemas.js';
import type { TaxonomyTree } from '../../../shared/ipc/taxonomy-edit-contract.js';
import { routeHref } from '../../app/routes.js';
import { SegmentModal, type SegmentTarget } from './SegmentModal.js';
import { SegmentTree } from './SegmentTree.js';

type Props = {
  chain: Chain;
  tree: TaxonomyTree;
  readOnly: boolean;
  onEditChain: () => void;
  onDelete: (kind: 'chain' | 'segment', id: number) => void;
};

export function ChainPanel({ chain, tree, readOnly, onEditChain, onDelete }: Props) {
  const { t } = useTranslation();
  const [segmentTarget, setSegmentTarget] = useState<SegmentTarget | null>(null);
  const segments = tree.segments.filter((s) => s.chainId === chain.id);
  const usage = new Map(tree.usage.map((u) => [u.segmentId, u]));
  const addTop = () => {
    setSegmentTarget({ kind: 'new', chainId: chain.id, parent: null });
  };
  return (
    <Card
      style={{ flex: 1, minWidth: 520 }}
      title={
        <Flex gap={8} align="baseline" wrap>
          <span>{chain.name}</span>
          {chain.owner && (
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
              {t('chainEditor.owner')}：{chain.owner}
            </Typography.Text>
          )}
        </Flex>
      }
      extra={
        <Space wrap>
          <a href={routeHref('chain-map', { chain: chain.id })}>{t('chainEditor.openMap')}</a>
          <Button icon={<EditOutlined />} disabled={readOnly} onClick={onEditChain}>
            {t('chainEditor.editChain')}
          </Button>
          <Button
            danger
            icon={<DeleteOutlined />}
            disabled={readOnly}
            onClick={() => {
              onDelete('chain', chain.id);
            }}
          >
            {t('chainEditor.deleteChain')}
          </Button>
        </Space>
      }
    >
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }} gap={12} wrap>
        <Typography.Text type="secondary">{t('chainEditor.dragHint')}</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} disabled={readOnly} onClick={addTop}>
          {t('chainEditor.addTop')}
        </Button>
      </Flex>
      {segments.length === 0 ? (
        <Empty description={t('chainEditor.noSegments')} />
      ) : (
        <SegmentTree
          segments={segments}
          usage={usage}
          readOnly={readOnly}
          onAdd={(parent: Segment) => {
            setSegmentTarget({ kind: 'new', chainId: chain.id, parent });
          }}
          onEdit={(segment) => {
            setSegmentTarget({ kind: 'edit', segment, isTop: segment.parentId === null });
          }}
          onDelete={(segment) => {
            onDelete('segment', segment.id);
          }}
        />
      )}
      <SegmentModal
        target={segmentTarget}
        onClose={() => {
          setSegmentTarget(null);
        }}
      />
    </Card>
  );
}
