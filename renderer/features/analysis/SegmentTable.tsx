// A chain's segments as a tree (parents summarise their leaves), with state, local firms and the rule.
import { Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { SegmentResult } from '../../../shared/analysis/schemas.js';
import { FirmLink, SegmentLink } from './links.js';
import { StateTag } from './StateTag.js';

type Node = SegmentResult & { key: number; children?: Node[] };

function toTree(segments: readonly SegmentResult[]): Node[] {
  const nodes = new Map<number, Node>(
    segments.map((s) => [s.segmentId, { ...s, key: s.segmentId }]),
  );
  const roots: Node[] = [];
  for (const s of segments) {
    const node = nodes.get(s.segmentId);
    const parent = s.parentId === null ? undefined : nodes.get(s.parentId);
    if (!node) continue;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

export function SegmentTable({
  segments,
  onPick,
}: {
  segments: readonly SegmentResult[];
  onPick?: (segmentId: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const tree = useMemo(() => toTree(segments), [segments]);
  const columns: ColumnsType<Node> = [
    {
      title: t('analysis.segment'),
      width: 220,
      render: (_, s) => (
        <SegmentLink chainId={s.chainId} segmentId={s.segmentId}>
          {s.name}
        </SegmentLink>
      ),
    },
    {
      title: t('analysis.stateCol'),
      width: 160,
      render: (_, s) => (
        <Space size={4}>
          <StateTag state={s.state} />
          {s.beingFilled && <Tag color="blue">{t('analysis.beingFilled')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('analysis.localFirms'),
      width: 260,
      render: (_, s) => (
        <Typography.Text>
          {s.localFirms.length}
          {s.isLeaf ? ` / ${String(s.target)}` : ''}
          {s.localFirms.length > 0 && (
            <Typography.Text type="secondary">
              {' '}
              {s.localFirms.slice(0, 3).map((f, i) => (
                <span key={f.id}>
                  {i > 0 && '、'}
                  <FirmLink id={f.id} name={f.name} />
                </span>
              ))}
              {s.localFirms.length > 3 ? '…' : ''}
            </Typography.Text>
          )}
        </Typography.Text>
      ),
    },
    {
      title: t('analysis.reason'),
      render: (_, s) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text>{s.rule[lang]}</Typography.Text>
          {s.notes.map((n) => (
            <Typography.Text key={n.code} type="secondary" style={{ fontSize: 12 }}>
              {n[lang]}
            </Typography.Text>
          ))}
        </Space>
      ),
    },
  ];
  return (
    <Table<Node>
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={tree}
      pagination={false}
      expandable={{ defaultExpandAllRows: true }}
      onRow={(s) => ({
        onClick: () => {
          if (s.isLeaf && s.state !== 'strong') onPick?.(s.segmentId);
        },
      })}
    />
  );
}
