// The analysis cache on the demo workspace: every scope cut from the one cached analysis equals a
// fresh run of the pure analysis on that scope; repeated calls (gaps, targets, anchor) load and
// analyse once; any write — this connection, another connection, a settings change — gives a new answer.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';

import { cacheCounters } from '../../../../../electron/core/services/analysis-cache.js';
import {
  analysisSettings,
  anchorAnalysis,
  loadWorkspaceData,
  runAnalysis,
  targetList,
  updateAnalysisSettings,
} from '../../../../../electron/core/services/analysis-service.js';
import { analyzeWorkspace } from '../../../../../shared/analysis/run-analysis.js';
import { demoWorkspaceEachTest } from '../../../../support/demo-workspace.js';
import type { TempWorkspace } from '../../../../support/import-fixtures.js';

let t: TempWorkspace;
let other: Database.Database | undefined;
demoWorkspaceEachTest((w) => {
  t = w;
});
afterEach(() => {
  other?.close();
  other = undefined;
});

const fresh = (scope: { chainId?: number; clusterId?: number }, centrality = false) =>
  analyzeWorkspace(loadWorkspaceData(t.ws), analysisSettings(t.ws), scope, { centrality });

describe('the cached analysis', () => {
  it('gives for every chain and cluster exactly what a fresh run of that scope gives', () => {
    const { chains, clusters } = loadWorkspaceData(t.ws);
    expect(chains.length).toBeGreaterThan(3);
    expect(runAnalysis(t.ws, {}, { centrality: false })).toEqual(fresh({}));
    for (const c of chains) {
      expect(runAnalysis(t.ws, { chainId: c.id }, { centrality: false })).toEqual(
        fresh({ chainId: c.id }),
      );
      expect(targetList(t.ws, { chainId: c.id })).toEqual(fresh({ chainId: c.id }).targets);
    }
    for (const c of clusters)
      expect(runAnalysis(t.ws, { clusterId: c.id }, { centrality: false })).toEqual(
        fresh({ clusterId: c.id }),
      );
    const [first] = chains;
    if (first === undefined) throw new Error('demo has chains');
    expect(runAnalysis(t.ws, { clusterId: first.clusterId, chainId: first.id })).toEqual(
      fresh({ clusterId: first.clusterId, chainId: first.id }, true),
    );
    // a chain outside the cluster asked for: nothing, as a fresh run says
    const elsewhere = clusters.find((c) => c.id !== first.clusterId);
    expect(runAnalysis(t.ws, { clusterId: elsewhere?.id, chainId: first.id })).toEqual(
      fresh({ clusterId: elsewhere?.id, chainId: first.id }, true),
    );
  });

  it('loads and analyses once for the gap table, the target list, the anchor view and the report', () => {
    const before = cacheCounters();
    const analysis = runAnalysis(t.ws);
    targetList(t.ws, {});
    for (const c of analysis.chains) targetList(t.ws, { chainId: c.chainId });
    runAnalysis(t.ws, {}, { centrality: false });
    runAnalysis(t.ws, { chainId: analysis.chains[0]?.chainId });
    const firm = t.ws.db
      .prepare('SELECT id FROM enterprise WHERE is_local = 1 LIMIT 1')
      .pluck()
      .get();
    anchorAnalysis(t.ws, firm as number);
    const after = cacheCounters();
    expect(after.loads - before.loads).toBe(1);
    expect(after.analyses - before.analyses).toBe(1);
  });

  it('answers anew after a write on this connection', () => {
    const targets = targetList(t.ws, {});
    expect(targets.length).toBeGreaterThan(0);
    const [top] = targets;
    if (top === undefined) throw new Error('demo has targets');
    // The top target moves into the zone: it is no longer an outside firm worth approaching.
    t.ws.db.prepare('UPDATE enterprise SET is_local = 1 WHERE id = ?').run(top.enterpriseId);
    const after = targetList(t.ws, {});
    expect(after.some((r) => r.enterpriseId === top.enterpriseId)).toBe(false);
    expect(after).toEqual(fresh({}).targets);
  });

  it('answers anew after a settings change', () => {
    const many = targetList(t.ws, {});
    updateAnalysisSettings(t.ws, { targetsPerSegment: 1 });
    const one = targetList(t.ws, {});
    expect(one.length).toBeLessThan(many.length);
    expect(one.every((r) => r.rank === 1)).toBe(true);
  });

  it("answers anew after another connection's commit", () => {
    const chains = runAnalysis(t.ws, {}, { centrality: false }).chains.length;
    other = new Database(t.file);
    const clusterId = other.prepare('SELECT id FROM cluster LIMIT 1').pluck().get();
    other
      .prepare('INSERT INTO chain (cluster_id, name, sort_order) VALUES (?, ?, 99)')
      .run(clusterId, '新加的链');
    const after = runAnalysis(t.ws, {}, { centrality: false });
    expect(after.chains.length).toBe(chains + 1);
    expect(after.chains.map((c) => c.name)).toContain('新加的链');
  });

  it('does not keep what it read inside a transaction that rolls back', () => {
    const before = runAnalysis(t.ws, {}, { centrality: false });
    const db = t.ws.db;
    expect(() =>
      db.transaction(() => {
        db.prepare('DELETE FROM supply_link').run();
        expect(runAnalysis(t.ws, {}, { centrality: false }).targets).toEqual([]);
        throw new Error('roll back');
      })(),
    ).toThrow('roll back');
    expect(runAnalysis(t.ws, {}, { centrality: false })).toEqual(before);
  });

  it('refuses to let a caller change the shared answer in place', () => {
    const a = runAnalysis(t.ws, {}, { centrality: false });
    expect(() => (a.targets as unknown[]).push({})).toThrow(TypeError);
    expect(runAnalysis(t.ws, {}, { centrality: false }).targets).toEqual(fresh({}).targets);
  });
});
