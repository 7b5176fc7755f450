// Snapshots: a compact, serialisable summary of one analysis, and a pure compare(a, b) for the
// year-over-year view (segments filled, newly missing, coverage and local-rate changes).
import { z } from 'zod';

import { IdSchema } from '../domain/schemas.js';
import { SegmentStateSchema, type WorkspaceAnalysis } from './schemas.js';

const RatesSchema = z.object({
  coverage: z.number().nullable(),
  covered: z.number().int(),
  leaves: z.number().int(),
  byCount: z.number().nullable(),
  byAmount: z.number().nullable(),
});

export const SnapshotSchema = z.object({
  version: z.literal(1),
  clusters: z.array(RatesSchema.extend({ id: IdSchema, name: z.string() })),
  chains: z.array(RatesSchema.extend({ id: IdSchema, clusterId: IdSchema, name: z.string() })),
  /** Leaf segments only. */
  segments: z.array(
    z.object({
      id: IdSchema,
      chainId: IdSchema,
      name: z.string(),
      path: z.array(z.string()),
      state: SegmentStateSchema,
      localCount: z.number().int(),
    }),
  ),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

export function toSnapshot(a: WorkspaceAnalysis): Snapshot {
  return {
    version: 1,
    clusters: a.clusters.map((c) => ({
      id: c.clusterId,
      name: c.name,
      coverage: c.coverage.rate,
      covered: c.coverage.covered,
      leaves: c.coverage.total,
      byCount: c.localRate.byCount,
      byAmount: c.localRate.byAmount,
    })),
    chains: a.chains.map((c) => ({
      id: c.chainId,
      clusterId: c.clusterId,
      name: c.name,
      coverage: c.coverage.rate,
      covered: c.coverage.covered,
      leaves: c.coverage.total,
      byCount: c.localRate.byCount,
      byAmount: c.localRate.byAmount,
    })),
    segments: a.chains.flatMap((c) =>
      c.segments
        .filter((s) => s.isLeaf)
        .map((s) => ({
          id: s.segmentId,
          chainId: s.chainId,
          name: s.name,
          path: s.path,
          state: s.state,
          localCount: s.localFirms.length,
        })),
    ),
  };
}

const SegmentChangeSchema = z.object({
  id: IdSchema,
  chainId: IdSchema,
  name: z.string(),
  path: z.array(z.string()),
  from: SegmentStateSchema.nullable(),
  to: SegmentStateSchema.nullable(),
});

const MetricChangeSchema = z.object({
  id: IdSchema,
  name: z.string(),
  coverage: z.object({
    from: z.number().nullable(),
    to: z.number().nullable(),
    delta: z.number().nullable(),
  }),
  byCount: z.object({
    from: z.number().nullable(),
    to: z.number().nullable(),
    delta: z.number().nullable(),
  }),
  byAmount: z.object({
    from: z.number().nullable(),
    to: z.number().nullable(),
    delta: z.number().nullable(),
  }),
});

export const SnapshotDiffSchema = z.object({
  /** Was missing, now covered (any other state). */
  filled: z.array(SegmentChangeSchema),
  /** Was covered (or did not exist), now missing. */
  newlyMissing: z.array(SegmentChangeSchema),
  /** Every other state change, and segments added or removed (from/to null). */
  changed: z.array(SegmentChangeSchema),
  chains: z.array(MetricChangeSchema),
  clusters: z.array(MetricChangeSchema),
});
export type SnapshotDiff = z.infer<typeof SnapshotDiffSchema>;

const change = (from: number | null, to: number | null) => ({
  from,
  to,
  delta: from === null || to === null ? null : to - from,
});

type Rated = z.infer<typeof RatesSchema> & { id: number; name: string };

function metricChanges(a: readonly Rated[], b: readonly Rated[]) {
  const before = new Map(a.map((x) => [x.id, x]));
  return b.map((x) => {
    const y = before.get(x.id);
    return {
      id: x.id,
      name: x.name,
      coverage: change(y?.coverage ?? null, x.coverage),
      byCount: change(y?.byCount ?? null, x.byCount),
      byAmount: change(y?.byAmount ?? null, x.byAmount),
    };
  });
}

/** What changed from snapshot `a` (earlier) to snapshot `b` (later). Segments are matched by id. */
export function compareSnapshots(a: Snapshot, b: Snapshot): SnapshotDiff {
  const before = new Map(a.segments.map((s) => [s.id, s]));
  const after = new Map(b.segments.map((s) => [s.id, s]));
  const filled: SnapshotDiff['filled'] = [];
  const newlyMissing: SnapshotDiff['newlyMissing'] = [];
  const changed: SnapshotDiff['changed'] = [];
  for (const s of b.segments) {
    const from = before.get(s.id)?.state ?? null;
    const row = { id: s.id, chainId: s.chainId, name: s.name, path: s.path, from, to: s.state };
    if (from === 'missing' && s.state !== 'missing') filled.push(row);
    else if (from !== 'missing' && s.state === 'missing') newlyMissing.push(row);
    else if (from !== s.state) changed.push(row);
  }
  for (const s of a.segments) {
    if (!after.has(s.id)) {
      changed.push({
        id: s.id,
        chainId: s.chainId,
        name: s.name,
        path: s.path,
        from: s.state,
        to: null,
      });
    }
  }
  return {
    filled,
    newlyMissing,
    changed,
    chains: metricChanges(a.chains, b.chains),
    clusters: metricChanges(a.clusters, b.clusters),
  };
}
