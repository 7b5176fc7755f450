// The preview's analysis consequences against what the analysis really says after the commit: the
// plan applied in memory must equal the workspace the commit writes, and the segments the preview
// says change state must be exactly those that do.
import { afterEach, describe, expect, it } from 'vitest';

import {
  commitImport,
  prepareImport,
  previewConsequences,
} from '../../../../../electron/core/import/import-service.js';
import { applyPlanToData } from '../../../../../electron/core/import/plan-on-data.js';
import {
  loadWorkspaceData,
  runAnalysis,
} from '../../../../../electron/core/services/analysis-service.js';
import type { WorkspaceData } from '../../../../../shared/domain/workspace-data.js';
import type { Workspace } from '../../../../../electron/core/services/workspace.js';
import { demoWorkspace } from '../../../../support/demo-workspace.js';
import { csv, type TempWorkspace } from '../../../../support/import-fixtures.js';

let t: TempWorkspace | undefined;
afterEach(() => t?.dispose());

/** Leaf states by "chain/path", from the real analysis of the stored workspace. */
function leafStates(ws: Workspace): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of runAnalysis(ws, {}, { centrality: false }).chains)
    for (const s of c.segments) if (s.isLeaf) out.set([c.name, ...s.path].join('/'), s.state);
  return out;
}

/** Lead timestamps and cluster parks are the database's to fill; everything else must match. */
const byId = <T extends { id: number }>(xs: readonly T[]): T[] =>
  [...xs].sort((a, b) => a.id - b.id);
const comparable = (d: WorkspaceData) => ({
  clusters: byId(d.clusters).map(({ parks: _p, sortOrder: _s, ...c }) => c),
  chains: byId(d.chains),
  segments: byId(d.segments),
  enterprises: byId(d.enterprises),
  links: byId(d.links),
  leads: byId(d.leads).map(({ createdAt: _c, updatedAt: _u, ...l }) => l),
  mappings: [...d.mappings].sort(
    (a, b) => a.enterpriseId - b.enterpriseId || a.segmentId - b.segmentId,
  ),
});

async function previewAndCommit(files: { name: string; bytes: Buffer }[]) {
  t = demoWorkspace();
  const before = leafStates(t.ws);
  const prepared = await prepareImport(t.ws, files);
  expect(prepared.preview.errors).toBe(0);
  const predicted = previewConsequences(t.ws, prepared);
  const inMemory = applyPlanToData(prepared.data, prepared.plan);
  await commitImport(t.ws, prepared, { acceptWarnings: true, backup: false });
  const after = leafStates(t.ws);
  const actual = [...after]
    .filter(([k, s]) => before.get(k) !== s)
    .map(([k, s]) => `${before.get(k) ?? 'new'} → ${s}: ${k}`)
    .sort();
  const shown = predicted.changes
    .map((c) => `${c.before ?? 'new'} → ${c.after}: ${[c.chain, ...c.path].join('/')}`)
    .sort();
  return { predicted, shown, actual, inMemory, stored: loadWorkspaceData(t.ws) };
}

describe('analysis consequences of an import', () => {
  it('names the segments a firm leaving the zone turns into 缺链, exactly as the analysis does after', async () => {
    const r = await previewAndCommit([
      csv('本地调整.csv', '企业名称,是否本地\n小松（山东）工程机械有限公司,否\n'),
    ]);
    expect(r.shown).toEqual(r.actual);
    expect(r.shown).toContain('strong → missing: 工程机械/整机制造/矿用卡车');
    expect(comparable(r.inMemory)).toEqual(comparable(r.stored));
  });

  it('lists new segments and firms filling them, and the in-memory plan equals the commit', async () => {
    const r = await previewAndCommit([
      csv('产业链.csv', '产业集群,产业链,环节,位置\n高端装备,工程机械,无人驾驶套件,中游\n'),
      csv(
        '企业.csv',
        '企业名称,统一社会信用代码,是否本地,是否规上,所属产业链,所属环节\n' +
          '济宁智驾科技有限公司,91370800MA3C5B1X2K,是,是,工程机械,无人驾驶套件\n',
      ),
    ]);
    expect(r.shown).toEqual(r.actual);
    expect(
      r.predicted.changes.some((c) => c.before === null && c.path.includes('无人驾驶套件')),
    ).toBe(true);
    expect(comparable(r.inMemory)).toEqual(comparable(r.stored));
  });

  it('follows a 删除 row: the firm, its 挂链 and links go, in memory as in the file', async () => {
    const r = await previewAndCommit([
      csv('删除.csv', '企业名称,操作\n济宁泰丰液压泵有限公司,删除\n'),
    ]);
    expect(r.shown).toEqual(r.actual);
    expect(r.stored.enterprises.some((e) => e.name === '济宁泰丰液压泵有限公司')).toBe(false);
    expect(comparable(r.inMemory)).toEqual(comparable(r.stored));
  });

  it('reports no change for a re-import of the same values', async () => {
    const r = await previewAndCommit([
      csv('同值.csv', '企业名称,所属园区\n小松（山东）工程机械有限公司,国际高端装备产业园\n'),
    ]);
    expect(r.actual).toEqual([]);
    expect(r.predicted.changes).toEqual([]);
    expect(r.predicted.leafSegments).toBeGreaterThan(10);
  });
});
