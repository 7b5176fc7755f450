// Planning a template into a workspace: a new chain, the question when the name exists, a copy with
// a free "（副本）" name, and a merge that adds only missing segments under their matching parents.
import { describe, expect, it } from 'vitest';

import { copyName, planAdd, type ExistingTaxonomy } from '../../../../shared/templates/plan-add.js';
import { templateRows } from '../../../../shared/templates/schema.js';

const template = {
  name: '工程机械',
  rows: templateRows({
    segments: [
      { name: '原材料', stage: 'upstream', children: [{ name: '钢材' }, { name: '橡胶' }] },
      {
        name: '整机',
        stage: 'midstream',
        key: true,
        children: [{ name: '挖掘机', key: true, target: 1 }],
      },
    ],
  }),
};

const ws: ExistingTaxonomy = {
  clusters: [{ id: 1, name: '高端装备' }],
  chains: [
    { id: 10, clusterId: 1, name: '工程机械' },
    { id: 11, clusterId: 1, name: '工程机械（副本）' },
  ],
  segments: [
    { id: 100, chainId: 10, parentId: null, name: '原材料', sortOrder: 0 },
    { id: 101, chainId: 10, parentId: 100, name: '钢材', sortOrder: 0 },
    { id: 102, chainId: 10, parentId: 100, name: '铸件', sortOrder: 1 },
  ],
};

describe('planAdd', () => {
  it('adds the whole tree as a new chain when no chain has the name', () => {
    const empty: ExistingTaxonomy = { clusters: [], chains: [], segments: [] };
    const plan = planAdd(empty, template, { newCluster: '高端装备' });
    expect(plan.kind).toBe('new');
    if (plan.kind !== 'new') return;
    expect(plan.cluster).toEqual({ create: '高端装备' });
    expect(plan.inserts.map((s) => [s.name, s.parent])).toEqual([
      ['原材料', null],
      ['钢材', { planned: 0 }],
      ['橡胶', { planned: 0 }],
      ['整机', null],
      ['挖掘机', { planned: 3 }],
    ]);
    expect(plan.inserts[4]).toMatchObject({ isKey: true, targetCount: 1, stage: 'midstream' });
  });

  it('asks first when a chain of that name exists, in any cluster', () => {
    expect(planAdd(ws, template, { newCluster: '别的集群' })).toEqual({
      kind: 'conflict',
      chainId: 10,
      chainName: '工程机械',
      clusterId: 1,
    });
  });

  it('merges: only the missing segments, under the matching existing parents, after their siblings', () => {
    const plan = planAdd(ws, template, { clusterId: 1 }, 'merge');
    expect(plan.kind).toBe('merge');
    if (plan.kind !== 'merge') return;
    expect(plan.matched).toBe(2);
    expect(plan.inserts.map((s) => [s.name, s.parent, s.sortOrder])).toEqual([
      ['橡胶', { existing: 100 }, 2],
      ['整机', null, 1],
      ['挖掘机', { planned: 1 }, 0],
    ]);
  });

  it('copies under the first free copy name, into an existing cluster of the same name', () => {
    const plan = planAdd(ws, template, { newCluster: ' 高端装备 ' }, 'copy');
    expect(plan).toMatchObject({
      kind: 'copy',
      chainName: '工程机械（副本2）',
      cluster: { id: 1 },
    });
    expect(copyName('疫苗', [])).toBe('疫苗（副本）');
  });
});
