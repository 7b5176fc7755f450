// Pure helpers of the snapshot view: the default name, which two snapshots to compare (older first),
// and how a change reads (signed percentage points, better or worse) so the colours follow the data.
import { STATE_ORDER, type SegmentState } from '../../../shared/analysis/schemas.js';
import type { SnapshotDiff } from '../../../shared/analysis/snapshot.js';
import type { SnapshotMeta } from '../../../shared/ipc/analysis-contract.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date as YYYY-MM-DD (what the user sees on their clock, not UTC). */
export const localDate = (d: Date): string =>
  `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** e.g. "2026-11-26 分析"; `suffix` is the translated word. */
export const defaultSnapshotName = (d: Date, suffix: string): string => `${localDate(d)} ${suffix}`;

/** A snapshot's time for display, in local time to the minute. */
export function snapshotTime(takenAt: string): string {
  const d = new Date(takenAt);
  if (Number.isNaN(d.getTime())) return takenAt;
  return `${localDate(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Ticking a third snapshot drops the one ticked longest ago, so at most `max` stay picked. */
export function toggleSelection(
  prev: readonly number[],
  id: number,
  on: boolean,
  max = 2,
): number[] {
  const rest = prev.filter((x) => x !== id);
  return on ? [...rest, id].slice(-max) : rest;
}

/** The compare request for the picked snapshots: older → newer; one alone compares with now. */
export function comparePair(
  picked: readonly number[],
  list: readonly SnapshotMeta[],
): { fromId: number; toId?: number } | null {
  const metas = picked
    .map((id) => list.find((s) => s.id === id))
    .filter((s): s is SnapshotMeta => s !== undefined)
    .sort((a, b) => a.takenAt.localeCompare(b.takenAt) || a.id - b.id);
  const [from, to] = metas;
  if (!from) return null;
  return to ? { fromId: from.id, toId: to.id } : { fromId: from.id };
}

/** The newest two (or the newest alone, compared with now): what the view opens on. */
export const initialPick = (list: readonly SnapshotMeta[]): number[] =>
  list
    .slice(0, 2)
    .map((s) => s.id)
    .reverse();

export type Tone = 'up' | 'down' | 'same' | 'unknown';

/** A rate change (fractions) in percentage points with its sign, e.g. "+16.7" / "−2.0" / "0.0". */
export function deltaPoints(delta: number | null): { text: string; tone: Tone } {
  if (delta === null) return { text: '—', tone: 'unknown' };
  const points = Math.round(delta * 1000) / 10;
  if (points === 0) return { text: '0.0', tone: 'same' };
  const abs = Math.abs(points).toFixed(1);
  return points > 0 ? { text: `+${abs}`, tone: 'up' } : { text: `−${abs}`, tone: 'down' };
}

/** Whether a segment got better (towards 强链) or worse; a segment added or removed is neither. */
export function stateTrend(from: SegmentState | null, to: SegmentState | null): Tone {
  if (from === null || to === null) return 'unknown';
  const d = STATE_ORDER.indexOf(to) - STATE_ORDER.indexOf(from);
  return d > 0 ? 'up' : d < 0 ? 'down' : 'same';
}

/** Whether any of a chain's or cluster's rates moved (a rate appearing or vanishing counts). */
export const metricChanged = (m: SnapshotDiff['chains'][number]): boolean =>
  [m.coverage, m.byCount, m.byAmount].some((c) => c.from !== c.to);

export type ChangeKind = 'filled' | 'newlyMissing' | 'improved' | 'worsened' | 'added' | 'removed';

export type SegmentChangeRow = SnapshotDiff['filled'][number] & {
  kind: ChangeKind;
  chainName: string;
};

/** Every segment change in one list (filled, newly missing, then the rest), each with its kind. */
export function segmentChangeRows(diff: SnapshotDiff): SegmentChangeRow[] {
  const chainNames = new Map(diff.chains.map((c) => [c.id, c.name]));
  const kindOf = (s: SnapshotDiff['changed'][number]): ChangeKind => {
    if (s.from === null) return 'added';
    if (s.to === null) return 'removed';
    return stateTrend(s.from, s.to) === 'up' ? 'improved' : 'worsened';
  };
  const rows = [
    ...diff.filled.map((s) => ({ ...s, kind: 'filled' as const })),
    ...diff.newlyMissing.map((s) => ({ ...s, kind: 'newlyMissing' as const })),
    ...diff.changed.map((s) => ({ ...s, kind: kindOf(s) })),
  ];
  return rows.map((r) => ({ ...r, chainName: chainNames.get(r.chainId) ?? '—' }));
}
