// Firm focus (链主视角 as a picture): a firm's suppliers in tiers 1–3 and its buyers in tiers 1–3,
// from the same tier rule as the Analysis page's anchor view, plus each tier's local share by amount
// and the segments of every firm (the outside suppliers' segments are what a lead would fill).
import { supplierTiers } from '../analysis/tiers.js';
import type { Enterprise, EnterpriseSegment, Segment, SupplyLink } from '../domain/schemas.js';
import type { FirmFocus, FocusTier } from './schemas.js';

export type FocusInput = {
  enterprises: readonly Enterprise[];
  links: readonly SupplyLink[];
  segments: readonly Segment[];
  mappings: readonly EnterpriseSegment[];
};

export function firmFocus(data: FocusInput, rootId: number, depth = 3): FirmFocus {
  const input = { enterprises: [...data.enterprises], links: [...data.links] };
  const segName = new Map(data.segments.map((s) => [s.id, s.name]));
  const segmentsOf = new Map<number, { id: number; name: string }[]>();
  for (const m of data.mappings) {
    if (m.status === 'rejected') continue;
    const name = segName.get(m.segmentId);
    if (name === undefined) continue;
    const list = segmentsOf.get(m.enterpriseId) ?? [];
    if (!list.some((x) => x.id === m.segmentId)) list.push({ id: m.segmentId, name });
    segmentsOf.set(m.enterpriseId, list);
  }
  const local = new Map(data.enterprises.map((e) => [e.id, e.isLocal]));
  const amountOf = new Map<string, number | null>();
  for (const l of data.links) {
    const key = `${String(l.supplierId)}>${String(l.buyerId)}`;
    const prev = amountOf.get(key);
    amountOf.set(key, l.amount === null ? (prev ?? null) : (prev ?? 0) + l.amount);
  }

  const side = (direction: 'upstream' | 'downstream'): FocusTier[] =>
    supplierTiers(input, rootId, depth, direction).tiers.map((t) => {
      let amount: number | null = null;
      let localAmount: number | null = null;
      for (const f of t.firms)
        for (const v of f.via) {
          // Upstream: this tier's firm supplies the firm it was reached from; downstream: the reverse.
          const key =
            direction === 'upstream'
              ? `${String(f.id)}>${String(v)}`
              : `${String(v)}>${String(f.id)}`;
          const a = amountOf.get(key) ?? null;
          if (a === null) continue;
          amount = (amount ?? 0) + a;
          if (local.get(f.id) === true) localAmount = (localAmount ?? 0) + a;
          else localAmount ??= 0;
        }
      return {
        tier: t.tier,
        localCount: t.localCount,
        amount,
        localAmount,
        firms: t.firms.map((f) => ({ ...f, segments: segmentsOf.get(f.id) ?? [] })),
      };
    });
  const root = supplierTiers(input, rootId, 0).root;
  return { root, depth, suppliers: side('upstream'), buyers: side('downstream') };
}
