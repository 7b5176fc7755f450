// Single-source exposure: a local buyer that has exactly one supplier in a segment (in-degree 1).
import type { Exposure, FirmRef } from './schemas.js';
import { isLocalFirm, type WorkspaceIndex } from './workspace-index.js';

export const firmRef = (ix: WorkspaceIndex, id: number): FirmRef => {
  const f = ix.firm.get(id);
  return { id, name: f?.name ?? `#${String(id)}`, isLocal: f?.isLocal === true };
};

export function singleSourceExposures(
  ix: WorkspaceIndex,
  segmentIds: Iterable<number>,
): Exposure[] {
  const out: Exposure[] = [];
  for (const segmentId of segmentIds) {
    const s = ix.segment.get(segmentId);
    if (!s) continue;
    const byBuyer = new Map<number, { suppliers: Set<number>; links: number }>();
    for (const l of ix.linksOfSegment.get(segmentId) ?? []) {
      if (!isLocalFirm(ix, l.buyerId)) continue;
      const entry = byBuyer.get(l.buyerId) ?? { suppliers: new Set<number>(), links: 0 };
      entry.suppliers.add(l.supplierId);
      entry.links++;
      byBuyer.set(l.buyerId, entry);
    }
    for (const [buyerId, e] of byBuyer) {
      if (e.suppliers.size !== 1) continue;
      const [supplierId] = [...e.suppliers];
      if (supplierId === undefined) continue;
      out.push({
        buyer: firmRef(ix, buyerId),
        segmentId,
        segmentName: s.name,
        chainId: s.chainId,
        supplier: firmRef(ix, supplierId),
        links: e.links,
      });
    }
  }
  return out;
}
