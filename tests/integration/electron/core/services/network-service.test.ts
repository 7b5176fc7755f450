// The network service on the real demo workspace: grouped answer, saved positions coming back with the
// view (and only with that view), 重新布局 forgetting them, a read-only file refusing the save, and the
// focus tiers agreeing with the Analysis page's tiers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { seedDemoWorkspace } from '../../../../../electron/core/demo/seed-demo.js';
import { tiersOf } from '../../../../../electron/core/services/analysis-service.js';
import {
  focusOfFirm,
  locateInNetwork,
  networkGraph,
  saveNetworkPositions,
} from '../../../../../electron/core/services/network-service.js';
import {
  closeWorkspace,
  openWorkspace,
  type Workspace,
} from '../../../../../electron/core/services/workspace.js';

let dir: string;
let ws: Workspace;
let komatsu: number;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chainatlas-network-'));
  ws = openWorkspace(join(dir, 'demo.db'));
  seedDemoWorkspace(ws.db);
  komatsu = (
    ws.db.prepare(`SELECT id FROM enterprise WHERE name LIKE '小松%'`).get() as { id: number }
  ).id;
});

afterAll(() => {
  closeWorkspace(ws);
  rmSync(dir, { recursive: true, force: true });
});

describe('network service', () => {
  it('answers the demo network grouped by cluster, expanded (it is small)', () => {
    const g = networkGraph(ws, { filter: {}, groupBy: 'cluster' });
    expect(g.firmCount).toBeGreaterThan(20);
    expect(g.groups.length).toBeGreaterThan(1);
    expect(g.groups.every((x) => x.expanded)).toBe(true);
    expect(g.firms).toHaveLength(g.firmCount);
    expect(g.edges.length).toBeGreaterThan(0);
    expect(g.positions).toEqual([]);
  });

  it('saves positions per view, upserts a moved node and forgets them on re-layout', () => {
    const view = networkGraph(ws, { filter: { locality: 'local' }, groupBy: 'park' });
    const [a, b] = view.firms;
    if (!a || !b) throw new Error('demo has local firms');
    saveNetworkPositions(
      ws,
      view.viewKey,
      [
        { id: a.id, x: 1, y: 2, pinned: false },
        { id: b.id, x: 3, y: 4, pinned: false },
      ],
      true,
    );
    saveNetworkPositions(ws, view.viewKey, [{ id: a.id, x: 50, y: 60, pinned: true }], false);
    const again = networkGraph(ws, { filter: { locality: 'local' }, groupBy: 'park' });
    expect(again.positions.sort((p, q) => p.x - q.x)).toEqual([
      { id: b.id, x: 3, y: 4, pinned: false },
      { id: a.id, x: 50, y: 60, pinned: true },
    ]);
    // Another filter is another view: none of these positions.
    expect(networkGraph(ws, { filter: {}, groupBy: 'park' }).positions).toEqual([]);
    saveNetworkPositions(ws, view.viewKey, [], true);
    expect(networkGraph(ws, { filter: { locality: 'local' }, groupBy: 'park' }).positions).toEqual(
      [],
    );
  });

  it('filters by segment state through the analysis', () => {
    const all = networkGraph(ws, { filter: {}, groupBy: 'none' });
    const weak = networkGraph(ws, { filter: { segmentState: 'weak' }, groupBy: 'none' });
    expect(weak.firmCount).toBeGreaterThan(0);
    expect(weak.firmCount).toBeLessThan(all.firmCount);
  });

  it('locates the firms the search found in the view: the filter decides, the group is the drawn one', () => {
    const weak = networkGraph(ws, { filter: { segmentState: 'weak' }, groupBy: 'cluster' });
    const all = networkGraph(ws, { filter: {}, groupBy: 'cluster' });
    const inWeak = new Set(weak.firms.map((f) => f.firmId));
    const ids = all.firms.map((f) => f.firmId);
    const places = locateInNetwork(ws, { filter: { segmentState: 'weak' }, groupBy: 'cluster' }, [
      ...ids,
      999_999,
    ]);
    // Only the firms of the filtered view, each in the group its answer draws it in.
    expect(places.map((p) => p.firmId)).toEqual(ids.filter((id) => inWeak.has(id)));
    const groupOf = new Map(weak.firms.map((f) => [f.firmId, f.group]));
    for (const p of places)
      expect(p).toEqual({ ...p, group: groupOf.get(p.firmId), behindRest: false });
  });

  it('focuses 小松 with the same supplier tiers as the Analysis page', () => {
    const focus = focusOfFirm(ws, komatsu, 3);
    const analysis = tiersOf(ws, komatsu, 3, 'upstream');
    expect(focus.suppliers.length).toBeGreaterThan(0);
    expect(focus.suppliers.map((t) => [t.tier, t.localCount, t.firms.map((f) => f.id)])).toEqual(
      analysis.tiers.map((t) => [t.tier, t.localCount, t.firms.map((f) => f.id)]),
    );
    expect(() => focusOfFirm(ws, 999_999, 3)).toThrow(/企业不存在/);
  });

  it('refuses to save positions in a read-only workspace and changes nothing', () => {
    const file = join(dir, 'demo.db');
    const ro = openWorkspace(file, { readonly: true });
    try {
      expect(() =>
        saveNetworkPositions(
          ro,
          'network?group=none',
          [{ id: 'f:1', x: 0, y: 0, pinned: false }],
          false,
        ),
      ).toThrow();
    } finally {
      closeWorkspace(ro);
    }
    expect(networkGraph(ws, { filter: {}, groupBy: 'none' }).positions).toEqual([]);
  });
});
