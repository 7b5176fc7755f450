// The anchor's view (链主视角): a buyer's supply by segment, local vs outside, and its outside suppliers
// that could be invited to locate in the zone (以商招商), gap segments first.
import { z } from 'zod';

import { IdSchema } from '../domain/schemas.js';
import { tagWeight } from './input.js';
import { firmRef } from './exposure.js';
import { localRateOf } from './metrics.js';
import {
  FirmRefSchema,
  LocalRateSchema,
  SegmentStateSchema,
  type SegmentResult,
} from './schemas.js';
import type { WorkspaceIndex } from './workspace-index.js';

const SupplierShareSchema = FirmRefSchema.extend({
  links: z.number().int(),
  amount: z.number().nullable(),
  tags: z.array(z.string()),
});

export const AnchorViewSchema = z.object({
  anchor: FirmRefSchema.extend({ tags: z.array(z.string()) }),
  localRate: LocalRateSchema,
  segments: z.array(
    z.object({
      /** null: links attributed to no segment (未归类). */
      segmentId: IdSchema.nullable(),
      segmentName: z.string(),
      chainName: z.string().nullable(),
      state: SegmentStateSchema.nullable(),
      localSuppliers: z.array(SupplierShareSchema),
      outsideSuppliers: z.array(SupplierShareSchema),
      localRate: LocalRateSchema,
    }),
  ),
  /** Outside suppliers to invite, gap segments first, then by amount. */
  invite: z.array(
    SupplierShareSchema.extend({
      segmentId: IdSchema.nullable(),
      segmentName: z.string(),
      state: SegmentStateSchema.nullable(),
    }),
  ),
});
export type AnchorView = z.infer<typeof AnchorViewSchema>;

type Share = z.infer<typeof SupplierShareSchema>;

export function anchorView(
  ix: WorkspaceIndex,
  anchorId: number,
  states: ReadonlyMap<number, SegmentResult>,
): AnchorView {
  const anchor = ix.firm.get(anchorId);
  const groups = new Map<number | null, typeof ix.data.links>();
  const own: typeof ix.data.links = [];
  ix.data.links.forEach((l, i) => {
    if (l.buyerId !== anchorId) return;
    own.push(l);
    const segs = ix.segmentsOfLink[i] ?? [];
    for (const s of segs.length > 0 ? segs : [null]) {
      const list = groups.get(s) ?? [];
      list.push(l);
      groups.set(s, list);
    }
  });
  const shares = (links: typeof own, local: boolean): Share[] => {
    const by = new Map<number, Share>();
    for (const l of links) {
      const ref = firmRef(ix, l.supplierId);
      if (ref.isLocal !== local) continue;
      const cur = by.get(l.supplierId) ?? {
        ...ref,
        links: 0,
        amount: null,
        tags: ix.firm.get(l.supplierId)?.tags ?? [],
      };
      cur.links++;
      if (l.amount !== null) cur.amount = (cur.amount ?? 0) + l.amount;
      by.set(l.supplierId, cur);
    }
    return [...by.values()].sort((a, b) => (b.amount ?? 0) - (a.amount ?? 0) || b.links - a.links);
  };
  const segments = [...groups].map(([segmentId, links]) => {
    const seg = segmentId === null ? undefined : ix.segment.get(segmentId);
    return {
      segmentId,
      segmentName: seg?.name ?? '未归类 / unassigned',
      chainName: (seg && ix.chain.get(seg.chainId)?.name) ?? null,
      state: (segmentId !== null && states.get(segmentId)?.state) || null,
      localSuppliers: shares(links, true),
      outsideSuppliers: shares(links, false),
      localRate: localRateOf(ix, links),
    };
  });
  const rank = { missing: 0, broken: 1, weak: 2, strong: 3 } as const;
  segments.sort(
    (a, b) =>
      (a.state ? rank[a.state] : 4) - (b.state ? rank[b.state] : 4) ||
      a.segmentName.localeCompare(b.segmentName, 'zh'),
  );
  const invite = segments
    .flatMap((s) =>
      s.outsideSuppliers.map((f) => ({
        ...f,
        segmentId: s.segmentId,
        segmentName: s.segmentName,
        state: s.state,
      })),
    )
    .sort(
      (a, b) =>
        (a.state ? rank[a.state] : 4) - (b.state ? rank[b.state] : 4) ||
        (b.amount ?? 0) - (a.amount ?? 0) ||
        tagWeight(b.tags) - tagWeight(a.tags),
    );
  return {
    anchor: { ...firmRef(ix, anchorId), tags: anchor?.tags ?? [] },
    localRate: localRateOf(ix, own),
    segments,
    invite,
  };
}
