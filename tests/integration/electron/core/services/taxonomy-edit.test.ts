// Clusters and chains edited by hand on a real workspace file: add, rename (names unique as a person
// reads them), move a chain to another cluster, delete with the counts said first. Firms, links and
// leads always stay; leads note the segment they lost; every refusal writes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { listBackups } from '../../../../../electron/core/backup/workspace-backup.js';
import { runAnalysis } from '../../../../../electron/core/services/analysis-service.js';
import {
  createChain,
  createCluster,
  editChain,
  editCluster,
  removeChain,
  removeCluster,
} from '../../../../../electron/core/services/taxonomy-edit.js';
import {
  deleteImpact,
  taxonomyTree,
} from '../../../../../electron/core/services/taxonomy-impact.js';
import type { Workspace } from '../../../../../electron/core/services/workspace.js';
import { makeSmallWorkspace, type Small } from '../repositories/small-workspace.js';
import { refusal, tables } from './edit-refusal.js';

let ws: Workspace;
let ids: Small;
let dispose: () => void;
beforeEach(() => {
  ({ ws, ids, dispose } = makeSmallWorkspace());
});
afterEach(() => {
  dispose();
});

const rows = (sql: string): unknown[] => ws.db.prepare(sql).all();

describe('clusters', () => {
  it('adds a cluster last with a colour of its own, and renames it', async () => {
    const made = await createCluster(ws, { name: '新能源新材料' });
    expect(made).toMatchObject({ name: '新能源新材料', sortOrder: 2, parks: [] });
    expect(made.color).toMatch(/^#[0-9a-f]{6}$/);
    const renamed = await editCluster(ws, { id: made.id, name: '新能源', color: '#13c2c2' });
    expect(renamed).toMatchObject({ name: '新能源', color: '#13c2c2' });
    expect(taxonomyTree(ws).clusters.map((c) => c.name)).toEqual([
      '高端装备',
      '信息产业',
      '新能源',
    ]);
  });

  it('refuses a name another cluster has (full-width, spaces, case folded), writing nothing', async () => {
    const before = tables(ws);
    const e = await refusal(createCluster(ws, { name: '高端 装备' }));
    expect(e).toMatchObject({ code: 'INVALID_INPUT' });
    expect(e.message).toBe('产业集群“高端 装备”已存在，请换一个名称');
    expect((await refusal(editCluster(ws, { id: ids.clusters.info, name: '高端装备' }))).code).toBe(
      'INVALID_INPUT',
    );
    expect(tables(ws)).toEqual(before);
  });

  it('deletes a cluster with its chains and segments after saying so; parks and firms stay', async () => {
    expect(deleteImpact(ws, 'cluster', ids.clusters.equip)).toMatchObject({
      chains: 1,
      segments: 3,
      mappings: 4,
      firms: 3,
      links: 3,
      leads: 1,
      parks: 2,
    });
    const firms = rows('SELECT * FROM enterprise ORDER BY id');
    const backups = listBackups(ws).length;
    await removeCluster(ws, ids.clusters.equip);
    expect(rows('SELECT name FROM cluster')).toEqual([{ name: '信息产业' }]);
    expect(rows(`SELECT * FROM chain WHERE id = ${String(ids.chains.machinery)}`)).toEqual([]);
    expect(rows('SELECT name, cluster_id FROM park ORDER BY id')).toEqual([
      { name: '国际高端装备产业园', cluster_id: null },
      { name: '中韩高端装备产业园', cluster_id: null },
    ]);
    expect(rows('SELECT * FROM enterprise ORDER BY id')).toEqual(firms);
    expect(rows('SELECT count(*) AS n FROM supply_link')).toEqual([{ n: 4 }]);
    expect(rows('SELECT segment_id, notes FROM lead')).toEqual([
      { segment_id: null, notes: '原环节“工程机械 › 核心零部件 › 油缸”已删除' },
    ]);
    expect(listBackups(ws).length).toBe(backups + 1);
    expect(runAnalysis(ws).clusters.map((c) => c.name)).toEqual(['信息产业']);
  });
});

describe('chains', () => {
  it('adds a chain to a cluster, renames it and sets its owner', async () => {
    const made = await createChain(ws, { clusterId: ids.clusters.equip, name: '矿山装备' });
    expect(made).toMatchObject({ clusterId: ids.clusters.equip, name: '矿山装备', sortOrder: 1 });
    const edited = await editChain(ws, { id: made.id, name: '矿山机械', owner: '王副区长' });
    expect(edited).toMatchObject({ name: '矿山机械', owner: '王副区长' });
    // An empty owner clears it.
    expect((await editChain(ws, { id: made.id, owner: '' })).owner).toBeNull();
  });

  it('allows one chain name in two clusters, not twice in one', async () => {
    await createChain(ws, { clusterId: ids.clusters.info, name: '工程机械' });
    const before = tables(ws);
    const e = await refusal(createChain(ws, { clusterId: ids.clusters.equip, name: '工程机械' }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.en).toBe(
      "A chain of this cluster named '工程机械' already exists: choose another name",
    );
    // Moving 工程机械 into a cluster that already has a chain of that name is refused too.
    const moved = await refusal(
      editChain(ws, { id: ids.chains.machinery, clusterId: ids.clusters.info }),
    );
    expect(moved.code).toBe('INVALID_INPUT');
    expect(tables(ws)).toEqual(before);
  });

  it('moves a chain to another cluster, last there, with its segments and 挂链', async () => {
    const mappings = rows('SELECT * FROM enterprise_segment ORDER BY rowid');
    const moved = await editChain(ws, { id: ids.chains.terminal, clusterId: ids.clusters.equip });
    expect(moved).toMatchObject({ clusterId: ids.clusters.equip, sortOrder: 1 });
    expect(rows('SELECT * FROM enterprise_segment ORDER BY rowid')).toEqual(mappings);
    const equip = runAnalysis(ws).clusters.find((c) => c.clusterId === ids.clusters.equip);
    expect(equip?.chainIds).toEqual([ids.chains.machinery, ids.chains.terminal]);
  });

  it('deletes a chain with its segments: 挂链 go, links lose the segment, the lead notes it', async () => {
    expect(deleteImpact(ws, 'chain', ids.chains.machinery)).toMatchObject({
      name: '工程机械',
      chains: 1,
      segments: 3,
      mappings: 4,
      firms: 3,
      firmsUnmapped: 3,
      links: 3,
      leads: 1,
    });
    await removeChain(ws, ids.chains.machinery);
    expect(rows('SELECT name FROM segment')).toEqual([{ name: 'PCB' }]);
    expect(rows('SELECT count(*) AS n FROM supply_link WHERE segment_id IS NOT NULL')).toEqual([
      { n: 0 },
    ]);
    expect(rows('SELECT count(*) AS n FROM enterprise_segment')).toEqual([{ n: 1 }]);
    expect((await refusal(removeChain(ws, ids.chains.machinery))).code).toBe('NOT_FOUND');
  });

  it('an unknown cluster is NOT_FOUND, in both languages', async () => {
    const e = await refusal(createChain(ws, { clusterId: 9999, name: 'X' }));
    expect(e).toMatchObject({
      code: 'NOT_FOUND',
      message: '产业集群不存在（id 9999）',
      en: 'Cluster not found (id 9999)',
    });
  });
});
