// 产业链管理: the workspace's clusters and chains on the left (add, rename, delete), and the chosen
// chain's segment tree on the right, edited in place (add, rename, drag to move, stage, key flag,
// target count, delete after saying what goes). The choice lives in the address (?chain= / ?cluster=).
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, List, Space, Tree, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Cluster } from '../../../shared/domain/schemas.js';
import type { TaxonomyTree } from '../../../shared/ipc/taxonomy-edit-contract.js';
import { idParam, replaceParams } from '../../app/routes.js';
import { ErrorState, LoadingState } from '../../app/StatusViews.js';
import { useApi } from '../../app/use-api.js';
import { useReadOnly } from '../../app/use-read-only.js';
import { ChainPanel } from './ChainPanel.js';
import { DeleteModal, type DeleteTarget } from './DeleteModal.js';
import { NameModal, type NameTarget } from './NameModal.js';

export function ChainEditorPage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const tree = useApi('taxonomy:tree', {});
  const [nameTarget, setNameTarget] = useState<NameTarget | null>(null);
  const [deleteTarget, setDeleteTarget] = useState<DeleteTarget | null>(null);
  if (tree.status === 'error') return <ErrorState error={tree.error} onRetry={tree.reload} />;
  if (tree.status !== 'ready') return <LoadingState />;
  const data = tree.data;
  const chain = data.chains.find((c) => c.id === idParam(params, 'chain'));
  const cluster = chain
    ? undefined
    : data.clusters.find((c) => c.id === idParam(params, 'cluster'));
  const select = (kind: 'cluster' | 'chain', id: number) => {
    replaceParams('chain-editor', { [kind]: id });
  };

  return (
    <Flex gap={16} style={{ padding: 24, minHeight: 0 }} align="flex-start" wrap>
      <Card
        title={t('chainEditor.tree')}
        style={{ width: 320, flex: 'none' }}
        extra={
          <Button
            size="small"
            icon={<PlusOutlined />}
            disabled={readOnly}
            onClick={() => {
              setNameTarget({ kind: 'newCluster' });
            }}
          >
            {t('chainEditor.addCluster')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{t('chainEditor.intro')}</Typography.Paragraph>
        <Tree
          data-testid="chain-editor-tree"
          blockNode
          defaultExpandAll
          selectedKeys={
            chain ? [`chain:${String(chain.id)}`] : cluster ? [`cluster:${String(cluster.id)}`] : []
          }
          treeData={data.clusters.map((c) => ({
            key: `cluster:${String(c.id)}`,
            title: (
              <Flex gap={6} align="center">
                <span
                  style={{
                    width: 8,
                    height: 8,
                    borderRadius: 4,
                    background: c.color,
                    flex: 'none',
                  }}
                />
                {c.name}
              </Flex>
            ),
            children: data.chains
              .filter((x) => x.clusterId === c.id)
              .map((x) => ({ key: `chain:${String(x.id)}`, title: x.name, isLeaf: true })),
          }))}
          onSelect={(_keys, info) => {
            const [kind, id] = info.node.key.split(':');
            select(kind === 'chain' ? 'chain' : 'cluster', Number(id));
          }}
        />
      </Card>
      {chain && (
        <ChainPanel
          chain={chain}
          tree={data}
          readOnly={readOnly}
          onEditChain={() => {
            setNameTarget({ kind: 'chain', chain });
          }}
          onDelete={(kind, id) => {
            setDeleteTarget({ kind, id });
          }}
        />
      )}
      {cluster && (
        <ClusterPanel
          cluster={cluster}
          tree={data}
          readOnly={readOnly}
          onEdit={() => {
            setNameTarget({ kind: 'cluster', cluster });
          }}
          onAddChain={() => {
            setNameTarget({ kind: 'newChain', clusterId: cluster.id });
          }}
          onDelete={() => {
            setDeleteTarget({ kind: 'cluster', id: cluster.id });
          }}
          onOpenChain={(id) => {
            select('chain', id);
          }}
        />
      )}
      {!chain && !cluster && (
        <Card style={{ flex: 1, minWidth: 420 }}>
          <Empty description={t('chainEditor.pick')} />
        </Card>
      )}
      <NameModal
        target={nameTarget}
        clusters={data.clusters}
        onClose={() => {
          setNameTarget(null);
        }}
        onSaved={(made) => {
          select(made.kind, made.id);
        }}
      />
      <DeleteModal
        target={deleteTarget}
        onClose={() => {
          setDeleteTarget(null);
        }}
        onDeleted={(gone) => {
          // A deleted chain or cluster leaves the page on its cluster, or on nothing.
          if (gone.kind === 'chain' && chain) select('cluster', chain.clusterId);
          if (gone.kind === 'cluster') replaceParams('chain-editor', {});
        }}
      />
    </Flex>
  );
}

function ClusterPanel(props: {
  cluster: Cluster;
  tree: TaxonomyTree;
  readOnly: boolean;
  onEdit: () => void;
  onAddChain: () => void;
  onDelete: () => void;
  onOpenChain: (id: number) => void;
}) {
  const { t } = useTranslation();
  const { cluster, tree, readOnly } = props;
  const chains = tree.chains.filter((c) => c.clusterId === cluster.id);
  return (
    <Card
      style={{ flex: 1, minWidth: 420 }}
      title={cluster.name}
      extra={
        <Space wrap>
          <Button icon={<EditOutlined />} disabled={readOnly} onClick={props.onEdit}>
            {t('chainEditor.editCluster')}
          </Button>
          <Button icon={<PlusOutlined />} disabled={readOnly} onClick={props.onAddChain}>
            {t('chainEditor.addChain')}
          </Button>
          <Button danger icon={<DeleteOutlined />} disabled={readOnly} onClick={props.onDelete}>
            {t('chainEditor.deleteCluster')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        {t('chainEditor.chainsOf', { count: chains.length })}
      </Typography.Paragraph>
      <List
        dataSource={chains}
        locale={{ emptyText: t('chainEditor.noChains') }}
        renderItem={(c) => (
          <List.Item>
            <Typography.Link
              onClick={() => {
                props.onOpenChain(c.id);
              }}
            >
              {c.name}
            </Typography.Link>
            <Typography.Text type="secondary">
              {tree.segments.filter((s) => s.chainId === c.id).length}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}
