// Output of `gaps`: the JSON document (stable field names, for scripts) and a readable Chinese table.
import { amount, pct } from '../../../shared/analysis/format.js';
import type { AnalysisSettings } from '../../../shared/analysis/input.js';
import {
  STATE_LABEL,
  type ChainResult,
  type ClusterResult,
  type TargetRow,
} from '../../../shared/analysis/schemas.js';

const rateJson = (r: ChainResult['localRate']) => ({
  byCount: r.byCount,
  localLinks: r.localLinks,
  totalLinks: r.totalLinks,
  byAmount: r.byAmount,
  localAmount: r.localAmount,
  totalAmount: r.totalAmount,
  linksWithAmount: r.linksWithAmount,
  linksMissingAmount: r.linksMissingAmount,
  countFormula: r.countFormula,
  amountFormula: r.amountFormula,
});

const targetJson = (t: TargetRow) => ({
  rank: t.rank,
  enterpriseId: t.enterpriseId,
  name: t.name,
  location: t.location,
  tags: t.tags,
  localBuyerCount: t.localBuyerCount,
  localBuyers: t.localBuyers.map((b) => b.name),
  amount: t.amount,
  linksMissingAmount: t.linksMissingAmount,
  lead: t.lead,
});

export function gapsJson(
  file: string,
  settings: AnalysisSettings,
  chains: readonly ChainResult[],
  clusters: readonly ClusterResult[],
  targets: readonly TargetRow[],
) {
  const clusterName = new Map(clusters.map((c) => [c.clusterId, c.name]));
  return {
    file,
    settings,
    clusters: clusters.map((c) => ({
      id: c.clusterId,
      name: c.name,
      coverage: c.coverage,
      localRate: rateJson(c.localRate),
      leafCounts: c.leafCounts,
    })),
    chains: chains.map((c) => ({
      id: c.chainId,
      name: c.name,
      cluster: clusterName.get(c.clusterId) ?? null,
      coverage: c.coverage,
      localRate: rateJson(c.localRate),
      leafCounts: c.leafCounts,
      segments: c.segments
        .filter((s) => s.isLeaf)
        .map((s) => ({
          id: s.segmentId,
          name: s.name,
          path: s.path,
          stage: s.stage,
          isKey: s.isKey,
          state: s.state,
          rule: s.rule,
          notes: s.notes,
          localFirmCount: s.localFirms.length,
          localFirms: s.localFirms.map((f) => f.name),
          target: s.target,
          beingFilled: s.beingFilled,
          targets: targets.filter((t) => t.segmentId === s.segmentId).map(targetJson),
        })),
    })),
  };
}

/** Display width in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    w +=
      c >= 0x1100 &&
      (c <= 0x115f ||
        (c >= 0x2e80 && c <= 0xa4cf) ||
        (c >= 0xac00 && c <= 0xd7a3) ||
        (c >= 0xf900 && c <= 0xfaff) ||
        (c >= 0xfe30 && c <= 0xfe4f) ||
        (c >= 0xff00 && c <= 0xff60) ||
        (c >= 0xffe0 && c <= 0xffe6))
        ? 2
        : 1;
  }
  return w;
}

const pad = (text: string, width: number): string =>
  text + ' '.repeat(Math.max(0, width - displayWidth(text)));

export function gapsTable(
  chains: readonly ChainResult[],
  clusters: readonly ClusterResult[],
  targets: readonly TargetRow[],
): string {
  const clusterName = new Map(clusters.map((c) => [c.clusterId, c.name]));
  const out: string[] = [];
  for (const c of chains) {
    const r = c.localRate;
    out.push(
      `■ ${c.name}（${clusterName.get(c.clusterId) ?? ''}）`,
      `  ${c.coverage.formula.zh}`,
      `  本地配套率：按条数 ${pct(r.byCount)}（${r.localLinks}/${r.totalLinks}）；按金额 ${pct(r.byAmount)}` +
        `（${amount(r.localAmount)}/${amount(r.totalAmount)} 万元${r.linksMissingAmount > 0 ? `，${r.linksMissingAmount} 条无金额未计入` : ''}）`,
      `  ${pad('状态', 6)}${pad('本地', 6)}${pad('环节', 30)}原因`,
    );
    for (const s of c.segments.filter((x) => x.isLeaf)) {
      const filling = s.beingFilled ? '  [正在补链]' : '';
      out.push(
        `  ${pad(STATE_LABEL[s.state].zh, 6)}${pad(String(s.localFirms.length), 6)}${pad(s.path.join('/'), 30)}${s.rule.zh}${filling}`,
      );
      for (const t of targets.filter((x) => x.segmentId === s.segmentId).slice(0, 5)) {
        const amt = t.amount === null ? '' : `，供货额 ${amount(t.amount)} 万元`;
        const tags = t.tags.length > 0 ? `，${t.tags.join('、')}` : '';
        out.push(
          `        目标 ${t.rank}. ${t.name}（服务本地买方 ${t.localBuyerCount} 家${amt}${tags}）`,
        );
      }
    }
    out.push('');
  }
  return out.join('\n');
}
