// Snapshots: compact, serialisable, and compare(a, b) reports filled / newly missing segments and the
// coverage and local-rate changes.
import { describe, expect, it } from 'vitest';

import { analyzeWorkspace } from '../../../../shared/analysis/run-analysis.js';
import {
  compareSnapshots,
  SnapshotSchema,
  toSnapshot,
} from '../../../../shared/analysis/snapshot.js';
import { F, firm, handWorkspace, map, S } from '../../../support/analysis-fixture.js';

describe('snapshots', () => {
  const before = toSnapshot(analyzeWorkspace(handWorkspace()));

  it('round-trips through JSON and the schema', () => {
    expect(SnapshotSchema.parse(JSON.parse(JSON.stringify(before)))).toEqual(before);
    expect(before.segments).toHaveLength(8); // leaves only
    expect(before.chains[0]).toMatchObject({ id: 10, covered: 5, leaves: 6 });
  });

  it('compare: 发动机 filled (now broken), 原液 newly missing, coverage and rate changes', () => {
    const data = handWorkspace();
    // a local firm N lands in 发动机; G leaves 原液
    data.enterprises.push(firm(F.N, 'N', true, { isAboveScale: true }));
    data.mappings.push(map(F.N, S.engine));
    data.mappings = data.mappings.filter(
      (m) => !(m.enterpriseId === F.G && m.segmentId === S.bulk),
    );
    // and a local supplier replaces outside Y on one 回转支承 link (link 13 Y → M)
    data.links = data.links.map((l) => (l.id === 13 ? { ...l, supplierId: F.C } : l));
    const after = toSnapshot(analyzeWorkspace(data));
    const diff = compareSnapshots(before, after);

    expect(diff.filled.map((s) => [s.name, s.from, s.to])).toEqual([
      ['发动机', 'missing', 'broken'],
    ]);
    expect(diff.newlyMissing.map((s) => [s.name, s.from, s.to])).toEqual([
      ['原液', 'strong', 'missing'],
    ]);
    // 回转支承 now has a local → local link, so it is no longer broken: C alone is below target 2
    expect(diff.changed.map((s) => [s.name, s.from, s.to])).toEqual([
      ['回转支承', 'broken', 'weak'],
    ]);

    const chain = diff.chains.find((c) => c.id === 10);
    expect(chain?.coverage).toEqual({ from: 5 / 6, to: 1, delta: 1 - 5 / 6 });
    // by count 4/14 → 5/14; by amount 340/960 → 360/960
    expect(chain?.byCount.from).toBeCloseTo(4 / 14, 12);
    expect(chain?.byCount.to).toBeCloseTo(5 / 14, 12);
    expect(chain?.byAmount.delta).toBeCloseTo(20 / 960, 12);
    expect(diff.chains.find((c) => c.id === 20)?.coverage).toEqual({
      from: 0.5,
      to: 0,
      delta: -0.5,
    });
    expect(diff.clusters[0]?.coverage).toEqual({ from: 0.75, to: 0.75, delta: 0 });
  });

  it('reports removed segments as changed to null', () => {
    const data = handWorkspace();
    data.segments = data.segments.filter((s) => s.id !== S.vial);
    const diff = compareSnapshots(before, toSnapshot(analyzeWorkspace(data)));
    expect(diff.changed).toEqual([
      { id: S.vial, chainId: 20, name: '包材', path: ['包材'], from: 'missing', to: null },
    ]);
  });
});
