// Coverage 完整度 and local supporting rate 本地配套率 (research/domain.md §1.7, link-based variant),
// each with the formula and its numbers so the screen can show how the figure was reached.
import type { SupplyLink } from '../domain/schemas.js';
import { amount, pct, ratio } from './format.js';
import type { Coverage, LocalRate, SegmentResult } from './schemas.js';
import { isLocalFirm, type WorkspaceIndex } from './workspace-index.js';

/** Leaf segments that are not missing / all leaf segments. */
export function coverageOf(leaves: readonly Pick<SegmentResult, 'state'>[]): Coverage {
  const total = leaves.length;
  const covered = leaves.filter((s) => s.state !== 'missing').length;
  const rate = ratio(covered, total);
  return {
    covered,
    total,
    rate,
    formula: {
      zh: `完整度 = 非缺链的末级环节 ${covered} / 全部末级环节 ${total} = ${pct(rate)}`,
      en: `coverage = leaf segments not missing ${covered} / all leaf segments ${total} = ${pct(rate)}`,
    },
  };
}

/**
 * Local supporting rate over the given links, counting only links whose buyer is local:
 * by count = links with a local supplier / all; by amount = the same over links that carry an amount.
 */
export function localRateOf(ix: WorkspaceIndex, links: Iterable<SupplyLink>): LocalRate {
  let totalLinks = 0;
  let localLinks = 0;
  let withAmount = 0;
  let totalAmount = 0;
  let localAmount = 0;
  for (const l of links) {
    if (!isLocalFirm(ix, l.buyerId)) continue;
    const local = isLocalFirm(ix, l.supplierId);
    totalLinks++;
    if (local) localLinks++;
    if (l.amount !== null) {
      withAmount++;
      totalAmount += l.amount;
      if (local) localAmount += l.amount;
    }
  }
  const byCount = ratio(localLinks, totalLinks);
  const byAmount = ratio(localAmount, totalAmount);
  const missing = totalLinks - withAmount;
  const missingZh = missing > 0 ? `；另有 ${missing} 条关系无金额，未计入` : '';
  const missingEn = missing > 0 ? `; ${missing} link(s) without an amount left out` : '';
  return {
    totalLinks,
    localLinks,
    byCount,
    linksWithAmount: withAmount,
    linksMissingAmount: missing,
    totalAmount,
    localAmount,
    byAmount,
    countFormula: {
      zh: `本地配套率（按条数）= 本地供应商的供货关系 ${localLinks} / 本地买方的全部供货关系 ${totalLinks} = ${pct(byCount)}`,
      en: `local supporting rate (by count) = links from local suppliers ${localLinks} / all supply links of local buyers ${totalLinks} = ${pct(byCount)}`,
    },
    amountFormula: {
      zh: `本地配套率（按金额）= 本地供应商供货额 ${amount(localAmount)} 万元 / 有金额的供货额 ${amount(totalAmount)} 万元 = ${pct(byAmount)}${missingZh}`,
      en: `local supporting rate (by amount) = from local suppliers ${amount(localAmount)} / all amounts recorded ${amount(totalAmount)} (10k RMB) = ${pct(byAmount)}${missingEn}`,
    },
  };
}

/**
 * The links that belong to each chain: a link attributed to a segment belongs to that segment's chain;
 * a link attributed to no segment belongs to the chains its buyer is confirmed in.
 */
export function linksByChain(ix: WorkspaceIndex): Map<number, SupplyLink[]> {
  const out = new Map<number, SupplyLink[]>();
  const links = ix.data.links;
  for (let i = 0; i < links.length; i++) {
    const l = links[i];
    if (!l) continue;
    const segs = ix.segmentsOfLink[i] ?? [];
    const chains = new Set<number>();
    for (const s of segs) {
      const c = ix.segment.get(s)?.chainId;
      if (c !== undefined) chains.add(c);
    }
    if (segs.length === 0) for (const c of ix.firmChains.get(l.buyerId) ?? []) chains.add(c);
    for (const c of chains) {
      const list = out.get(c);
      if (list) list.push(l);
      else out.set(c, [l]);
    }
  }
  return out;
}
