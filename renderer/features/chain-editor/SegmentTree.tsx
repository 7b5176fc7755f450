// One chain's segment tree, editable: drag a segment to reorder it or drop it onto another to put it
// below that one; each row shows stage, 核心环节 ★, target count and the rows on it, with buttons to
// add a sub-segment, edit, move up or down (the keyboard's way to reorder) and delete.
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  EditOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { Button, Flex, Tag, Tree, Typography, type TreeDataNode } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Segment } from '../../../shared/domain/schemas.js';
import type { SegmentUsage } from '../../../shared/ipc/taxonomy-edit-contract.js';
import { childrenOf } from '../../../shared/taxonomy/tree-move.js';
import { call } from '../../api.js';
import { dropTarget, relativeDrop } from './drop-target.js';
import { useEditCall } from './use-edit-call.js';

const STAGE_COLOR = { upstream: 'blue', midstream: 'green', downstream: 'orange' } as const;

type Props = {
  segments: Segment[];
  usage: ReadonlyMap<number, SegmentUsage>;
  readOnly: boolean;
  onAdd: (parent: Segment) => void;
  onEdit: (segment: Segment) => void;
  onDelete: (segment: Segment) => void;
};

export function SegmentTree({ segments, usage, readOnly, onAdd, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const run = useEditCall();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const byId = useMemo(() => new Map(segments.map((s) => [s.id, s])), [segments]);

  const move = (s: Segment, parentId: number | null, index: number) =>
    run(
      () => call('segment:move', { id: s.id, parentId, index }),
      t('chainEditor.moved', { name: s.name }),
    );

  const title = (s: Segment, at: number, count: number) => {
    const u = usage.get(s.id);
    const icon = (label: string, node: ReactNode, onClick: () => void, disabled = false) => (
      <Button
        type="text"
        size="small"
        icon={node}
        aria-label={`${label} ${s.name}`}
        title={label}
        disabled={readOnly || disabled}
        onClick={(e) => {
          e.stopPropagation();
          onClick();
        }}
      />
    );
    return (
      <Flex align="center" gap={6} wrap data-testid="segment-node" data-segment={s.name}>
        <Typography.Text strong={s.parentId === null}>{s.name}</Typography.Text>
        {s.isKey && (
          <Tag color="red" title={t('chainEditor.key')}>
            ★ {t('chainEditor.key')}
          </Tag>
        )}
        {s.parentId === null && <Tag color={STAGE_COLOR[s.stage]}>{t(`stage.${s.stage}`)}</Tag>}
        {s.targetCount !== null && <Tag>{t('chainEditor.target', { count: s.targetCount })}</Tag>}
        {u && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('chainEditor.usage', { firms: u.mappings, links: u.links, leads: u.leads })}
          </Typography.Text>
        )}
        <span style={{ marginInlineStart: 'auto' }}>
          {icon(t('chainEditor.addChild'), <PlusOutlined />, () => {
            onAdd(s);
          })}
          {icon(t('chainEditor.edit'), <EditOutlined />, () => {
            onEdit(s);
          })}
          {icon(
            t('chainEditor.moveUp'),
            <ArrowUpOutlined />,
            () => void move(s, s.parentId, at - 1),
            at === 0,
          )}
          {icon(
            t('chainEditor.moveDown'),
            <ArrowDownOutlined />,
            () => void move(s, s.parentId, at + 1),
            at === count - 1,
          )}
          {icon(t('chainEditor.delete'), <DeleteOutlined />, () => {
            onDelete(s);
          })}
        </span>
      </Flex>
    );
  };

  const nodes = (parentId: number | null): TreeDataNode[] => {
    const kids = childrenOf(segments, parentId);
    return kids.map((s, i) => ({
      key: String(s.id),
      title: title(s, i, kids.length),
      children: nodes(s.id),
    }));
  };
  const treeData = nodes(null);
  const expandedKeys = segments.map((s) => String(s.id)).filter((k) => !collapsed.has(k));

  return (
    <Tree
      data-testid="segment-tree"
      blockNode
      showLine
      selectable={false}
      draggable={readOnly ? false : { icon: false }}
      treeData={treeData}
      expandedKeys={expandedKeys}
      onExpand={(_keys, info) => {
        const key = String(info.node.key);
        setCollapsed((old) => {
          const next = new Set(old);
          if (info.expanded) next.delete(key);
          else next.add(key);
          return next;
        });
      }}
      onDrop={(info) => {
        const dragged = byId.get(Number(info.dragNode.key));
        const to = dropTarget(segments, {
          dragId: Number(info.dragNode.key),
          targetId: Number(info.node.key),
          dropToGap: info.dropToGap,
          relative: relativeDrop(info.dropPosition, info.node.pos),
          targetOpen: info.node.expanded,
        });
        // A drop back where it was is no edit (nothing to undo later).
        const here = dragged
          ? childrenOf(segments, dragged.parentId).findIndex((x) => x.id === dragged.id)
          : -1;
        if (!dragged || !to || (to.parentId === dragged.parentId && to.index === here)) return;
        void move(dragged, to.parentId, to.index);
      }}
    />
  );
}
