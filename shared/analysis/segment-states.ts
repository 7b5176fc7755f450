// Segment states (issue 4): leaf rules missing → broken → weak → strong, each with the rule that fired
// and its numbers; parents take the worst state of their leaves and count each state.
import type { Enterprise, Segment } from '../domain/schemas.js';
import type { AnalysisSettings } from './input.js';
import {
  STATE_LABEL,
  STATE_ORDER,
  type Reason,
  type SegmentResult,
  type SegmentState,
  type StateCounts,
} from './schemas.js';
import { isLocalFirm, localFirmsOf, type WorkspaceIndex } from './workspace-index.js';

export const emptyCounts = (): StateCounts => ({ missing: 0, broken: 0, weak: 0, strong: 0 });

export const addCounts = (a: StateCounts, b: StateCounts): StateCounts => ({
  missing: a.missing + b.missing,
  broken: a.broken + b.broken,
  weak: a.weak + b.weak,
  strong: a.strong + b.strong,
});

export const isQualified = (f: Enterprise, settings: AnalysisSettings): boolean =>
  f.isAboveScale || f.tags.some((t) => settings.qualifyingTags.includes(t));

type LeafFacts = Pick<
  SegmentResult,
  | 'localFirms'
  | 'qualifiedCount'
  | 'target'
  | 'linkCount'
  | 'localBuyerLinkCount'
  | 'localToLocalLinkCount'
>;

function leafFacts(ix: WorkspaceIndex, s: Segment, settings: AnalysisSettings): LeafFacts {
  const firms = localFirmsOf(ix, s.id);
  const links = ix.linksOfSegment.get(s.id) ?? [];
  let localBuyer = 0;
  let localToLocal = 0;
  for (const l of links) {
    if (!isLocalFirm(ix, l.buyerId)) continue;
    localBuyer++;
    if (isLocalFirm(ix, l.supplierId)) localToLocal++;
  }
  return {
    localFirms: firms.map((f) => ({ id: f.id, name: f.name, isLocal: true })),
    qualifiedCount: firms.filter((f) => isQualified(f, settings)).length,
    target: s.targetCount ?? settings.defaultTargetCount,
    linkCount: links.length,
    localBuyerLinkCount: localBuyer,
    localToLocalLinkCount: localToLocal,
  };
}

/** Applies the leaf rules in order; returns the state, the rule that fired and further notes. */
export function leafState(
  f: LeafFacts,
  qualifyingTags: readonly string[],
): {
  state: SegmentState;
  rule: Reason;
  notes: Reason[];
} {
  const n = f.localFirms.length;
  const tags = ['规上', ...qualifyingTags].join('或');
  if (n === 0) {
    return {
      state: 'missing',
      rule: {
        code: 'missing.noLocalFirm',
        zh: '无已确认挂链的本地企业',
        en: 'No local firm is confirmed in this segment',
      },
      notes: [],
    };
  }
  if (f.localBuyerLinkCount > 0 && f.localToLocalLinkCount === 0) {
    return {
      state: 'broken',
      rule: {
        code: 'broken.localBuyersSourceOutside',
        zh: `本地企业 ${n} 家，但本地买方在此环节的 ${f.localBuyerLinkCount} 条供货关系全部来自区外`,
        en: `${n} local firm(s), but all ${f.localBuyerLinkCount} supply link(s) of local buyers in this segment come from outside`,
      },
      notes: [],
    };
  }
  const reasons: Reason[] = [];
  if (n < f.target) {
    reasons.push({
      code: 'weak.belowTarget',
      zh: `本地企业 ${n} 家，少于目标 ${f.target} 家`,
      en: `${n} local firm(s), fewer than the target of ${f.target}`,
    });
  }
  if (f.qualifiedCount === 0) {
    reasons.push({
      code: 'weak.noQualifiedFirm',
      zh: `本地企业 ${n} 家，均非${tags}`,
      en: `None of the ${n} local firm(s) is above designated size (规上) or tagged ${qualifyingTags.join('/')}`,
    });
  }
  const [first, ...rest] = reasons;
  if (first) return { state: 'weak', rule: first, notes: rest };
  return {
    state: 'strong',
    rule: {
      code: 'strong.targetMet',
      zh: `本地企业 ${n} 家，达到目标 ${f.target} 家，其中属${tags}的 ${f.qualifiedCount} 家`,
      en: `${n} local firm(s), target ${f.target} met, ${f.qualifiedCount} above size or qualified`,
    },
    notes: [],
  };
}

const worst = (c: StateCounts): SegmentState => STATE_ORDER.find((s) => c[s] > 0) ?? 'strong';

function parentRule(c: StateCounts): Reason {
  const total = c.missing + c.broken + c.weak + c.strong;
  const parts = STATE_ORDER.map((s) => `${STATE_LABEL[s].zh} ${c[s]}`).join('、');
  const partsEn = STATE_ORDER.map((s) => `${c[s]} ${s}`).join(', ');
  return {
    code: 'parent.summary',
    zh: `下属末级环节 ${total} 个（${parts}），取最差状态${STATE_LABEL[worst(c)].zh}`,
    en: `${total} leaf segment(s) below (${partsEn}); shows the worst, ${worst(c)}`,
  };
}

/** States of every segment of one chain, in tree order. */
export function segmentStates(
  ix: WorkspaceIndex,
  chainId: number,
  settings: AnalysisSettings,
): SegmentResult[] {
  const segments = ix.segmentsOfChain.get(chainId) ?? [];
  const leaf = new Map<number, SegmentResult>();
  const base = (s: Segment) => ({
    segmentId: s.id,
    chainId: s.chainId,
    parentId: s.parentId,
    name: s.name,
    path: ix.path.get(s.id) ?? [s.name],
    depth: ix.depth.get(s.id) ?? 0,
    stage: s.stage,
    isKey: s.isKey,
  });
  const fillingLeads = (segmentIds: readonly number[]) =>
    ix.data.leads
      .filter((l) => l.segmentId !== null && segmentIds.includes(l.segmentId))
      .filter((l) => l.stage === 'signed' || l.stage === 'landed')
      .map((l) => ({ id: l.id, targetName: l.targetName, stage: l.stage }));

  for (const s of segments) {
    if (!ix.leafIds.has(s.id)) continue;
    const facts = leafFacts(ix, s, settings);
    const { state, rule, notes } = leafState(facts, settings.qualifyingTags);
    const leads = fillingLeads([s.id]);
    if (leads.length > 0) {
      notes.push({
        code: 'note.beingFilled',
        zh: `正在补链：${leads.map((l) => l.targetName).join('、')}（已签约/落地）`,
        en: `Being filled: ${leads.map((l) => l.targetName).join(', ')} (signed/landed)`,
      });
    }
    if (facts.linkCount === 0 && state !== 'missing') {
      notes.push({
        code: 'note.noLinks',
        zh: '此环节尚无供货关系数据，断链无法判断',
        en: 'No supply links recorded in this segment, so "broken" cannot be judged',
      });
    }
    const counts = emptyCounts();
    counts[state] = 1;
    leaf.set(s.id, {
      ...base(s),
      isLeaf: true,
      state,
      rule,
      notes,
      ...facts,
      leafCounts: counts,
      beingFilled: leads.length > 0,
      fillingLeads: leads,
    });
  }

  return segments.map((s) => {
    const own = leaf.get(s.id);
    if (own) return own;
    const leaves = (ix.leavesUnder.get(s.id) ?? []).flatMap((id) => leaf.get(id) ?? []);
    const counts = leaves.reduce((acc, r) => addCounts(acc, r.leafCounts), emptyCounts());
    const firms = new Map(leaves.flatMap((r) => r.localFirms).map((f) => [f.id, f]));
    const leads = fillingLeads(leaves.map((r) => r.segmentId));
    const sum = (k: 'linkCount' | 'localBuyerLinkCount' | 'localToLocalLinkCount'): number =>
      leaves.reduce((a, r) => a + r[k], 0);
    return {
      ...base(s),
      isLeaf: false,
      state: worst(counts),
      rule: parentRule(counts),
      notes: [],
      localFirms: [...firms.values()],
      qualifiedCount: [...firms.keys()].filter((id) => {
        const f = ix.firm.get(id);
        return f !== undefined && isQualified(f, settings);
      }).length,
      target: s.targetCount ?? settings.defaultTargetCount,
      linkCount: sum('linkCount'),
      localBuyerLinkCount: sum('localBuyerLinkCount'),
      localToLocalLinkCount: sum('localToLocalLinkCount'),
      leafCounts: counts,
      beingFilled: leads.length > 0,
      fillingLeads: leads,
    };
  });
}
