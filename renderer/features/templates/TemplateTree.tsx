// The preview of a template's segment tree: stage, key segments (核心环节) and target counts, as the
// chain will look once added.
import { Tag, Tree, type TreeDataNode } from 'antd';
import { useTranslation } from 'react-i18next';

import type { ChannelOutput } from '../../../shared/ipc/contract.js';

type Row = ChannelOutput<'template:get'>['rows'][number];

const STAGE_COLOR = { upstream: 'blue', midstream: 'green', downstream: 'orange' } as const;

export function TemplateTree({ rows }: { rows: readonly Row[] }) {
  const { t } = useTranslation();
  const children = new Map<string | null, Row[]>();
  for (const r of rows) children.set(r.parent, [...(children.get(r.parent) ?? []), r]);
  const build = (parent: string | null): TreeDataNode[] =>
    (children.get(parent) ?? []).map((r) => ({
      key: r.name,
      title: (
        <span data-testid="template-segment">
          {r.name}{' '}
          {r.depth === 0 && (
            <Tag color={STAGE_COLOR[r.stage]}>{t(`templates.stage.${r.stage}`)}</Tag>
          )}
          {r.isKey && <Tag color="red">{t('templates.key')}</Tag>}
          {r.targetCount !== null && <Tag>{t('templates.target', { count: r.targetCount })}</Tag>}
        </span>
      ),
      children: build(r.name),
    }));
  return (
    <Tree
      treeData={build(null)}
      defaultExpandAll
      selectable={false}
      key={rows.map((r) => r.name).join('|')}
    />
  );
}
