// Analysis on the real demo workspace (SQLite temp file): every leaf state re-derived here in plain SQL
// from the rules, the demo's promise of strong/weak/missing/broken in every cluster, and the
// snapshot, lead and settings channels through dispatch as a shell would call them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { dispatch } from '../../../../../electron/core/api/dispatch.js';
import type { ShellContext } from '../../../../../electron/core/api/shell-context.js';
import { seedDemoWorkspace } from '../../../../../electron/core/demo/seed-demo.js';
import { runAnalysis } from '../../../../../electron/core/services/analysis-service.js';
import {
  closeWorkspace,
  openWorkspace,
  type Workspace,
} from '../../../../../electron/core/services/workspace.js';
import type { SegmentState } from '../../../../../shared/analysis/schemas.js';
import type { Channel, ChannelInput, ChannelOutput } from '../../../../../shared/ipc/contract.js';

let dir: string;
let ws: Workspace;
let ctx: ShellContext;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chainatlas-analysis-'));
  ws = openWorkspace(join(dir, 'demo.db'));
  seedDemoWorkspace(ws.db);
  ctx = {
    shell: 'browser',
    current: () => ws,
    recent: () => [],
    openWorkspace: () => Promise.resolve(null),
    createWorkspace: () => Promise.resolve(null),
  };
});
afterAll(() => {
  closeWorkspace(ws);
  rmSync(dir, { recursive: true, force: true });
});

async function call<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const r = await dispatch(ctx, channel, input, { validateOutput: true });
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as ChannelOutput<C>;
}

const num = (sql: string, ...p: unknown[]): number =>
  (ws.db.prepare(sql).get(...p) as { n: number }).n;

/** The leaf rules, evaluated straight from SQL (independent of shared/analysis). */
function sqlState(segmentId: number, target: number): SegmentState {
  const local = num(
    `SELECT count(*) AS n FROM enterprise_segment es JOIN enterprise e ON e.id = es.enterprise_id
      WHERE es.segment_id = ? AND es.status = 'confirmed' AND e.is_local = 1`,
    segmentId,
  );
  if (local === 0) return 'missing';
  const inSegment = `(l.segment_id = @s OR (l.segment_id IS NULL AND EXISTS (SELECT 1 FROM enterprise_segment x
      WHERE x.enterprise_id = l.supplier_id AND x.segment_id = @s AND x.status <> 'rejected')))`;
  const localBuyer = num(
    `SELECT count(*) AS n FROM supply_link l JOIN enterprise b ON b.id = l.buyer_id WHERE b.is_local = 1 AND ${inSegment}`,
    { s: segmentId },
  );
  const localToLocal = num(
    `SELECT count(*) AS n FROM supply_link l JOIN enterprise b ON b.id = l.buyer_id JOIN enterprise s ON s.id = l.supplier_id
      WHERE b.is_local = 1 AND s.is_local = 1 AND ${inSegment}`,
    { s: segmentId },
  );
  if (localBuyer > 0 && localToLocal === 0) return 'broken';
  const qualified = num(
    `SELECT count(*) AS n FROM enterprise_segment es JOIN enterprise e ON e.id = es.enterprise_id
      WHERE es.segment_id = ? AND es.status = 'confirmed' AND e.is_local = 1
        AND (e.is_above_scale = 1 OR EXISTS (SELECT 1 FROM json_each(e.tags) WHERE value = '高新技术企业'))`,
    segmentId,
  );
  return local < target || qualified === 0 ? 'weak' : 'strong';
}

describe('analysis of the demo workspace', () => {
  it('every leaf state matches the rules evaluated in SQL', () => {
    const a = runAnalysis(ws);
    const leaves = ws.db
      .prepare(
        `SELECT s.id, s.target_count FROM segment s WHERE NOT EXISTS (SELECT 1 FROM segment c WHERE c.parent_id = s.id)`,
      )
      .all() as { id: number; target_count: number | null }[];
    const got = new Map(a.chains.flatMap((c) => c.segments).map((s) => [s.segmentId, s]));
    expect(leaves.length).toBeGreaterThan(30);
    for (const leaf of leaves) {
      const s = got.get(leaf.id);
      expect({ id: leaf.id, state: s?.state, leaf: s?.isLeaf }).toEqual({
        id: leaf.id,
        state: sqlState(leaf.id, leaf.target_count ?? 2),
        leaf: true,
      });
    }
  });

  it('every cluster has strong, weak and missing segments, some are broken, coverage = non-missing / leaves', () => {
    const a = runAnalysis(ws);
    for (const c of a.clusters) {
      for (const k of ['missing', 'weak', 'strong'] as const) {
        expect(c.leafCounts[k], `${c.name} has ${k}`).toBeGreaterThan(0);
      }
      const leaves =
        c.leafCounts.missing + c.leafCounts.broken + c.leafCounts.weak + c.leafCounts.strong;
      expect(c.coverage.total).toBe(leaves);
      expect(c.coverage.rate).toBeCloseTo((leaves - c.leafCounts.missing) / leaves, 12);
    }
    expect(a.clusters.reduce((n, c) => n + c.leafCounts.broken, 0)).toBeGreaterThan(0);
    // the Komatsu story of the demo: the hydraulic pump is cut, the engine missing
    const excavator = a.chains.find((c) => c.name === '工程机械');
    const state = (name: string) => excavator?.segments.find((s) => s.name === name)?.state;
    expect([state('液压泵'), state('发动机')]).toEqual(['broken', 'missing']);
  });

  it('chain local rate by count equals the SQL count over its local-buyer links', () => {
    const a = runAnalysis(ws);
    const excavator = a.chains.find((c) => c.name === '工程机械');
    expect(excavator).toBeDefined();
    if (!excavator) return;
    // links attributed to the chain's segments, or unattributed ones whose buyer is confirmed in it
    const rows = ws.db
      .prepare(
        `WITH segs AS (SELECT id FROM segment WHERE chain_id = @c),
         attributed AS (
           SELECT l.id FROM supply_link l WHERE l.segment_id IN segs
           UNION SELECT l.id FROM supply_link l JOIN enterprise_segment es ON es.enterprise_id = l.supplier_id
             WHERE l.segment_id IS NULL AND es.status <> 'rejected' AND es.segment_id IN segs
           UNION SELECT l.id FROM supply_link l JOIN enterprise_segment es ON es.enterprise_id = l.buyer_id
             WHERE l.segment_id IS NULL AND es.status = 'confirmed' AND es.segment_id IN segs
               AND NOT EXISTS (SELECT 1 FROM enterprise_segment x WHERE x.enterprise_id = l.supplier_id AND x.status <> 'rejected'))
         SELECT count(*) AS total, sum(s.is_local) AS local FROM supply_link l
           JOIN attributed a ON a.id = l.id JOIN enterprise b ON b.id = l.buyer_id JOIN enterprise s ON s.id = l.supplier_id
          WHERE b.is_local = 1`,
      )
      .get({ c: excavator.chainId }) as { total: number; local: number };
    expect(excavator.localRate.totalLinks).toBe(rows.total);
    expect(excavator.localRate.localLinks).toBe(rows.local);
  });

  it('Komatsu as anchor: supply by segment and outside suppliers to invite', async () => {
    const id = (
      ws.db
        .prepare(`SELECT id FROM enterprise WHERE name LIKE '%小松%' AND is_local = 1 LIMIT 1`)
        .get() as {
        id: number;
      }
    ).id;
    const v = await call('analysis:anchor', { enterpriseId: id });
    expect(v.segments.length).toBeGreaterThan(3);
    expect(v.localRate.totalLinks).toBe(
      num('SELECT count(*) AS n FROM supply_link WHERE buyer_id = ?', id),
    );
    expect(v.invite.every((f) => !f.isLocal)).toBe(true);
    const tiers = await call('analysis:tiers', { enterpriseId: id, depth: 2 });
    expect(tiers.tiers[0]?.firms.length).toBe(
      num('SELECT count(DISTINCT supplier_id) AS n FROM supply_link WHERE buyer_id = ?', id),
    );
  });
});

describe('targets, leads, snapshots and settings through the contract', () => {
  it('a target row becomes a lead in one call; signing it marks the segment as being filled', async () => {
    const targets = await call('analysis:targets', {});
    const row = targets.find((t) => t.lead === null && t.gapState === 'missing');
    expect(row).toBeDefined();
    if (!row) return;
    const created = await call('lead:create', {
      enterpriseId: row.enterpriseId,
      segmentId: row.segmentId,
    });
    expect(created).toMatchObject({
      targetName: row.name,
      stage: 'lead',
      segmentName: row.segmentName,
    });
    const again = await call('analysis:targets', { segmentId: row.segmentId });
    expect(again.find((t) => t.enterpriseId === row.enterpriseId)?.lead?.id).toBe(created.id);

    const signed = await call('lead:update', { id: created.id, stage: 'signed', owner: '王科长' });
    expect(signed).toMatchObject({ stage: 'signed', owner: '王科长' });
    const a = await call('analysis:run', { chainId: row.chainId });
    const seg = a.chains[0]?.segments.find((s) => s.segmentId === row.segmentId);
    expect(seg?.beingFilled).toBe(true);
    expect(seg?.state).toBe('missing'); // a signed lead does not make the firm local yet
    const leads = await call('lead:list', { segmentId: row.segmentId });
    expect(leads.map((l) => l.id)).toContain(created.id);
  });

  it('saves a snapshot and compares it with the workspace after a firm lands', async () => {
    const snap = await call('snapshot:save', { name: '2025 年末' });
    expect((await call('snapshot:list', {})).map((s) => s.name)).toContain('2025 年末');
    const a = runAnalysis(ws);
    const missing = a.chains
      .flatMap((c) => c.segments)
      .find((s) => s.isLeaf && s.state === 'missing');
    if (!missing) throw new Error('demo has no missing segment');
    const outside = ws.db.prepare('SELECT id FROM enterprise WHERE is_local = 0 LIMIT 1').get() as {
      id: number;
    };
    ws.db.prepare('UPDATE enterprise SET is_local = 1 WHERE id = ?').run(outside.id);
    ws.db
      .prepare(
        `INSERT OR REPLACE INTO enterprise_segment (enterprise_id, segment_id, status) VALUES (?, ?, 'confirmed')`,
      )
      .run(outside.id, missing.segmentId);
    const cmp = await call('snapshot:compare', { fromId: snap.id });
    expect(cmp.to).toBeNull();
    expect(cmp.diff.filled.map((s) => s.id)).toContain(missing.segmentId);
    const chain = cmp.diff.chains.find((c) => c.id === missing.chainId);
    expect(chain?.coverage.delta).toBeGreaterThan(0);
    const snap2 = await call('snapshot:save', { name: '2026' });
    const cmp2 = await call('snapshot:compare', { fromId: snap.id, toId: snap2.id });
    expect(cmp2.diff.filled.map((s) => s.id)).toEqual(cmp.diff.filled.map((s) => s.id));
  });

  it('thresholds are workspace settings and change the states', async () => {
    expect(await call('settings:get', {})).toMatchObject({ defaultTargetCount: 2 });
    const before = runAnalysis(ws)
      .chains.flatMap((c) => c.segments)
      .filter((s) => s.state === 'weak').length;
    expect(await call('settings:set', { defaultTargetCount: 5 })).toMatchObject({
      defaultTargetCount: 5,
    });
    const after = runAnalysis(ws)
      .chains.flatMap((c) => c.segments)
      .filter((s) => s.state === 'weak').length;
    expect(after).toBeGreaterThan(before);
    await call('settings:set', { defaultTargetCount: 2 });
    const bad = await dispatch(ctx, 'settings:set', { defaultTargetCount: -1 });
    expect(bad.ok).toBe(false);
  });

  it('unknown firm or chain is NOT_FOUND, not a crash', async () => {
    const r = await dispatch(ctx, 'analysis:anchor', { enterpriseId: 999_999 });
    expect(r.ok ? null : r.error.code).toBe('NOT_FOUND');
    const r2 = await dispatch(ctx, 'analysis:run', { chainId: 999_999 });
    expect(r2.ok ? null : r2.error.code).toBe('NOT_FOUND');
  });
});
