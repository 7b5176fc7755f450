// The snapshot view's rules: default name, which pair is compared (older first, one alone against
// now), how rate changes read in percentage points, and how segment changes are classified.
import { describe, expect, it } from 'vitest';

import { compareSnapshots, type Snapshot } from '../../../../../shared/analysis/snapshot.js';
import {
  comparePair,
  defaultSnapshotName,
  deltaPoints,
  initialPick,
  metricChanged,
  segmentChangeRows,
  snapshotTime,
  stateTrend,
  toggleSelection,
} from '../../../../../renderer/features/analysis/snapshot-compare.js';

const meta = (id: number, takenAt: string) => ({ id, name: `S${String(id)}`, takenAt });
// As snapshot:list returns them: newest first.
const LIST = [
  meta(3, '2026-11-26T09:00:00.000Z'),
  meta(2, '2025-11-26T09:00:00.000Z'),
  meta(1, '2024-11-26T09:00:00.000Z'),
];

describe('names and times', () => {
  it('names a snapshot after the local date', () => {
    expect(defaultSnapshotName(new Date(2026, 10, 26, 23, 59), '分析')).toBe('2026-11-26 分析');
    expect(defaultSnapshotName(new Date(2027, 0, 5), 'analysis')).toBe('2027-01-05 analysis');
  });

  it('shows the saved time in local time to the minute, and odd text as it is', () => {
    const d = new Date(2026, 10, 26, 8, 5, 30);
    expect(snapshotTime(d.toISOString())).toBe('2026-11-26 08:05');
    expect(snapshotTime('yesterday')).toBe('yesterday');
  });
});

describe('picking snapshots', () => {
  it('keeps at most two, dropping the one ticked longest ago', () => {
    expect(toggleSelection([], 1, true)).toEqual([1]);
    expect(toggleSelection([1, 2], 3, true)).toEqual([2, 3]);
    expect(toggleSelection([1, 2], 1, false)).toEqual([2]);
    expect(toggleSelection([1, 2], 2, true)).toEqual([1, 2]);
  });

  it('compares older → newer whatever the order ticked, and one alone with now', () => {
    expect(comparePair([3, 1], LIST)).toEqual({ fromId: 1, toId: 3 });
    expect(comparePair([1, 3], LIST)).toEqual({ fromId: 1, toId: 3 });
    expect(comparePair([2], LIST)).toEqual({ fromId: 2 });
    expect(comparePair([], LIST)).toBeNull();
    expect(comparePair([99], LIST)).toBeNull();
  });

  it('opens on the newest two, or the only one', () => {
    expect(comparePair(initialPick(LIST), LIST)).toEqual({ fromId: 2, toId: 3 });
    expect(initialPick([meta(7, '2026-01-01T00:00:00.000Z')])).toEqual([7]);
    expect(initialPick([])).toEqual([]);
  });
});

describe('reading changes', () => {
  it('writes rate changes as signed percentage points', () => {
    expect(deltaPoints(0.16666)).toEqual({ text: '+16.7', tone: 'up' });
    expect(deltaPoints(-0.02)).toEqual({ text: '−2.0', tone: 'down' });
    expect(deltaPoints(0.00001)).toEqual({ text: '0.0', tone: 'same' });
    expect(deltaPoints(null)).toEqual({ text: '—', tone: 'unknown' });
  });

  it('calls a move towards 强链 better and towards 缺链 worse', () => {
    expect(stateTrend('missing', 'weak')).toBe('up');
    expect(stateTrend('strong', 'weak')).toBe('down');
    expect(stateTrend('broken', 'broken')).toBe('same');
    expect(stateTrend(null, 'weak')).toBe('unknown');
  });
});

const seg = (id: number, name: string, state: Snapshot['segments'][number]['state']) => ({
  id,
  chainId: 10,
  name,
  path: ['上游', name],
  state,
  localCount: state === 'missing' ? 0 : 1,
});
const rates = (coverage: number, byCount: number | null) => ({
  coverage,
  covered: 0,
  leaves: 0,
  byCount,
  byAmount: null,
});

describe('segmentChangeRows', () => {
  const before: Snapshot = {
    version: 1,
    clusters: [{ id: 1, name: '高端装备', ...rates(0.5, 0.2) }],
    chains: [{ id: 10, clusterId: 1, name: '工程机械', ...rates(0.5, 0.2) }],
    segments: [
      seg(1, '发动机', 'missing'),
      seg(2, '油缸', 'strong'),
      seg(3, '钢材', 'weak'),
      seg(4, '液压泵', 'broken'),
      seg(5, '再制造', 'weak'),
      seg(6, '驾驶室', 'strong'),
    ],
  };
  const after: Snapshot = {
    ...before,
    chains: [{ id: 10, clusterId: 1, name: '工程机械', ...rates(0.75, 0.2) }],
    segments: [
      seg(1, '发动机', 'weak'),
      seg(2, '油缸', 'missing'),
      seg(3, '钢材', 'strong'),
      seg(4, '液压泵', 'weak'),
      seg(6, '驾驶室', 'strong'),
      seg(7, '电控系统', 'weak'),
    ],
  };

  it('lists filled, newly missing, then stronger/weaker/added/removed, with the chain name', () => {
    const rows = segmentChangeRows(compareSnapshots(before, after));
    expect(rows.map((r) => [r.name, r.kind, r.from, r.to, r.chainName])).toEqual([
      ['发动机', 'filled', 'missing', 'weak', '工程机械'],
      ['油缸', 'newlyMissing', 'strong', 'missing', '工程机械'],
      ['钢材', 'improved', 'weak', 'strong', '工程机械'],
      ['液压泵', 'improved', 'broken', 'weak', '工程机械'],
      ['电控系统', 'added', null, 'weak', '工程机械'],
      ['再制造', 'removed', 'weak', null, '工程机械'],
    ]);
  });

  it('tells which chains and clusters moved', () => {
    const diff = compareSnapshots(before, after);
    expect(diff.chains.map(metricChanged)).toEqual([true]);
    expect(diff.clusters.map(metricChanged)).toEqual([false]);
  });
});
