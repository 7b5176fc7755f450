// 招商目标清单: for each missing, broken or weak leaf segment, the non-local firms in the workspace that
// supply local buyers in that segment, ranked by local buyers served, then amount, then tag weight
// (世界500强 > 中国500强 > 上市 > 专精特新/小巨人 > 高新技术企业), then name.
import { tagWeight } from './input.js';
import { firmRef } from './exposure.js';
import type { SegmentResult, TargetRow } from './schemas.js';
import { isLocalFirm, type WorkspaceIndex } from './workspace-index.js';

type Acc = { buyers: Set<number>; amount: number; withAmount: number; links: number };

export function targetRows(
  ix: WorkspaceIndex,
  segments: readonly SegmentResult[],
  perSegment: number,
): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const s of segments) {
    if (!s.isLeaf || s.state === 'strong') continue;
    const chain = ix.chain.get(s.chainId);
    const cluster = chain && ix.cluster.get(chain.clusterId);
    if (!chain || !cluster) continue;
    const bySupplier = new Map<number, Acc>();
    for (const l of ix.linksOfSegment.get(s.segmentId) ?? []) {
      if (isLocalFirm(ix, l.supplierId) || !isLocalFirm(ix, l.buyerId)) continue;
      const acc = bySupplier.get(l.supplierId) ?? {
        buyers: new Set<number>(),
        amount: 0,
        withAmount: 0,
        links: 0,
      };
      acc.buyers.add(l.buyerId);
      acc.links++;
      if (l.amount !== null) {
        acc.amount += l.amount;
        acc.withAmount++;
      }
      bySupplier.set(l.supplierId, acc);
    }
    const candidates = [...bySupplier].flatMap(([id, acc]) => {
      const f = ix.firm.get(id);
      return f ? [{ f, acc, weight: tagWeight(f.tags) }] : [];
    });
    candidates.sort(
      (a, b) =>
        b.acc.buyers.size - a.acc.buyers.size ||
        b.acc.amount - a.acc.amount ||
        b.weight - a.weight ||
        a.f.name.localeCompare(b.f.name, 'zh') ||
        a.f.id - b.f.id,
    );
    candidates.slice(0, perSegment).forEach(({ f, acc, weight }, i) => {
      const lead = ix.data.leads.find(
        (l) => l.enterpriseId === f.id && l.segmentId === s.segmentId,
      );
      rows.push({
        rank: i + 1,
        segmentId: s.segmentId,
        segmentName: s.name,
        segmentPath: s.path,
        chainId: chain.id,
        chainName: chain.name,
        clusterId: cluster.id,
        clusterName: cluster.name,
        gapState: s.state,
        gapReason: s.rule,
        enterpriseId: f.id,
        name: f.name,
        location: [f.country, f.province, f.city].filter(Boolean).join(' ') || null,
        tags: f.tags,
        tagWeight: weight,
        localBuyerCount: acc.buyers.size,
        localBuyers: [...acc.buyers].map((id) => firmRef(ix, id)),
        amount: acc.withAmount > 0 ? acc.amount : null,
        linkCount: acc.links,
        linksMissingAmount: acc.links - acc.withAmount,
        lead: lead ? { id: lead.id, targetName: lead.targetName, stage: lead.stage } : null,
      });
    });
  }
  return rows;
}
