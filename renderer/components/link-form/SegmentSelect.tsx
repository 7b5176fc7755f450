// Picks the chain segment a link belongs to: a searchable tree of clusters → chains → segments from
// the workspace (taxonomy:tree); only segments can be chosen, and none is a valid answer.
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { TaxonomyTree } from '../../../shared/ipc/taxonomy-edit-contract.js';
import { childrenOf } from '../../../shared/taxonomy/tree-move.js';
import { useApi } from '../../app/use-api.js';

type Node = { value: string; title: string; selectable?: boolean; children?: Node[] };

/** Tree nodes: cluster and chain rows only group; a segment's value is its id. */
export function segmentTreeData(tree: TaxonomyTree): Node[] {
  const segmentNodes = (chainId: number, parentId: number | null): Node[] =>
    childrenOf(
      tree.segments.filter((s) => s.chainId === chainId),
      parentId,
    ).map((s) => ({
      value: String(s.id),
      title: s.name,
      children: segmentNodes(chainId, s.id),
    }));
  return tree.clusters.map((cluster) => ({
    value: `cluster:${String(cluster.id)}`,
    title: cluster.name,
    selectable: false,
    children: tree.chains
      .filter((c) => c.clusterId === cluster.id)
      .map((chain) => ({
        value: `chain:${String(chain.id)}`,
        title: chain.name,
        selectable: false,
        children: segmentNodes(chain.id, null),
      })),
  }));
}

type Props = {
  id?: string;
  value?: number | null;
  onChange?: (id: number | null) => void;
  disabled?: boolean;
  'aria-label'?: string;
};

export function SegmentSelect({ id, value, onChange, disabled, ...rest }: Props) {
  const { t } = useTranslation();
  const tree = useApi('taxonomy:tree', {});
  const data = useMemo(() => (tree.status === 'ready' ? segmentTreeData(tree.data) : []), [tree]);
  return (
    <TreeSelect
      id={id}
      aria-label={rest['aria-label']}
      showSearch={{ treeNodeFilterProp: 'title' }}
      allowClear
      disabled={disabled}
      loading={tree.status === 'loading'}
      placeholder={t('linkEdit.segmentPlaceholder')}
      treeData={data}
      treeDefaultExpandAll={false}
      value={value === null || value === undefined ? undefined : String(value)}
      onChange={(v: string | undefined) => {
        onChange?.(v === undefined ? null : Number(v));
      }}
    />
  );
}
