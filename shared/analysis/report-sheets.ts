// The report a leader receives as plain tables: 汇总, 缺口, 招商目标, 招商线索 and one 目标企业 sheet per
// chain, each under a title row (workspace, clusters covered, date), with Chinese headers, the rules in
// words (never internal codes), amounts with thousands separators and 万元, column widths and number
// formats; the xlsx writer in electron/core only renders them. Every text cell goes through the
// formula-injection sanitiser.
import type { LeadRow } from '../ipc/analysis-contract.js';
import { sanitizeCell } from '../spreadsheet/sanitize-cell.js';
import { STATE_LABEL, type TargetRow, type WorkspaceAnalysis } from './schemas.js';

export type ReportCell = string | number | null | { value: number; format: string };
export type ReportSheet = {
  name: string;
  /** The first row: what the sheet is, of which workspace and clusters, and when. */
  title: string;
  columns: { header: string; width: number }[];
  rows: ReportCell[][];
};

/** Who and what the report is about, shown in every sheet's title row. */
export type ReportMeta = {
  workspace: string;
  /** YYYY-MM-DD, the day the report was made. */
  date: string;
  /** The leads to list (those of the chains in the report). */
  leads: readonly LeadRow[];
};

const PERCENT = '0.0%';
/** Excel number formats: 15000 → "15,000 万元", 1234.5 → "1,234.50 万元"; the value stays a number. */
export const AMOUNT_FORMAT = '#,##0" 万元"';
export const AMOUNT_FORMAT_DECIMAL = '#,##0.00" 万元"';
const wan = (v: number | null): ReportCell =>
  v === null
    ? null
    : { value: v, format: Number.isInteger(v) ? AMOUNT_FORMAT : AMOUNT_FORMAT_DECIMAL };
const p = (v: number | null): ReportCell => (v === null ? null : { value: v, format: PERCENT });
const text = (v: string | null | undefined): ReportCell => (v ? sanitizeCell(v) : null);

const STAGE_ZH = { upstream: '上游', midstream: '中游', downstream: '下游' } as const;
const LEAD_ZH = {
  lead: '新线索',
  contact: '接洽',
  visit: '考察',
  signed: '签约',
  landed: '落地',
} as const;

function summarySheet(a: WorkspaceAnalysis): Omit<ReportSheet, 'title'> {
  const clusterName = new Map(a.clusters.map((c) => [c.clusterId, c.name]));
  const columns = [
    { header: '类型', width: 8 },
    { header: '名称', width: 22 },
    { header: '所属集群', width: 16 },
    { header: '末级环节数', width: 10 },
    { header: '缺链', width: 7 },
    { header: '断链', width: 7 },
    { header: '弱链', width: 7 },
    { header: '强链', width: 7 },
    { header: '完整度', width: 9 },
    { header: '本地配套率（按条数）', width: 12 },
    { header: '本地配套率（按金额）', width: 12 },
    { header: '无金额的关系数', width: 10 },
    { header: '计算方法', width: 70 },
  ];
  const rows: ReportCell[][] = [
    ...a.clusters.map((c) => ({ kind: '集群', cluster: '', ...c })),
    ...a.chains.map((c) => ({ kind: '产业链', cluster: clusterName.get(c.clusterId) ?? '', ...c })),
  ].map((r) => [
    r.kind,
    text(r.name),
    text(r.cluster),
    r.coverage.total,
    r.leafCounts.missing,
    r.leafCounts.broken,
    r.leafCounts.weak,
    r.leafCounts.strong,
    p(r.coverage.rate),
    p(r.localRate.byCount),
    p(r.localRate.byAmount),
    r.localRate.linksMissingAmount,
    text(
      [r.coverage.formula.zh, r.localRate.countFormula.zh, r.localRate.amountFormula.zh].join('\n'),
    ),
  ]);
  return { name: '汇总', columns, rows };
}

function gapsSheet(a: WorkspaceAnalysis): Omit<ReportSheet, 'title'> {
  const clusterName = new Map(a.clusters.map((c) => [c.clusterId, c.name]));
  const columns = [
    { header: '集群', width: 12 },
    { header: '产业链', width: 14 },
    { header: '环节', width: 28 },
    { header: '阶段', width: 6 },
    { header: '状态', width: 6 },
    { header: '判定依据', width: 48 },
    { header: '补充说明', width: 36 },
    { header: '本地企业数', width: 10 },
    { header: '目标数', width: 7 },
    { header: '本地企业', width: 40 },
    { header: '正在补链', width: 24 },
  ];
  const rows = a.chains.flatMap((c) =>
    c.segments
      .filter((s) => s.isLeaf)
      .map((s): ReportCell[] => [
        text(clusterName.get(c.clusterId)),
        text(c.name),
        text(s.path.join(' / ')),
        STAGE_ZH[s.stage],
        STATE_LABEL[s.state].zh,
        text(s.rule.zh),
        text(s.notes.map((n) => n.zh).join('；')),
        s.localFirms.length,
        s.target,
        text(s.localFirms.map((f) => f.name).join('、')),
        text(s.fillingLeads.map((l) => `${l.targetName}（${LEAD_ZH[l.stage]}）`).join('、')),
      ]),
  );
  return { name: '缺口', columns, rows };
}

function targetsSheet(a: WorkspaceAnalysis): Omit<ReportSheet, 'title'> {
  const columns = [
    { header: '集群', width: 12 },
    { header: '产业链', width: 14 },
    { header: '缺口环节', width: 26 },
    { header: '缺口状态', width: 8 },
    { header: '缺口原因', width: 40 },
    { header: '排名', width: 6 },
    { header: '目标企业', width: 32 },
    { header: '所在地', width: 16 },
    { header: '标签', width: 20 },
    { header: '服务本地买方数', width: 10 },
    { header: '服务的本地买方', width: 36 },
    { header: '供货额', width: 14 },
    { header: '无金额的关系数', width: 10 },
    { header: '线索阶段', width: 10 },
  ];
  const rows = a.targets.map((t): ReportCell[] => [
    text(t.clusterName),
    text(t.chainName),
    text(t.segmentPath.join(' / ')),
    STATE_LABEL[t.gapState].zh,
    text(t.gapReason.zh),
    t.rank,
    text(t.name),
    text(t.location),
    text(t.tags.join('、')),
    t.localBuyerCount,
    text(t.localBuyers.map((b) => b.name).join('、')),
    wan(t.amount),
    t.linksMissingAmount,
    t.lead ? LEAD_ZH[t.lead.stage] : null,
  ]);
  return { name: '招商目标', columns, rows };
}

function leadsSheet(leads: readonly LeadRow[]): Omit<ReportSheet, 'title'> {
  const columns = [
    { header: '企业', width: 32 },
    { header: '拟补环节', width: 28 },
    { header: '阶段', width: 8 },
    { header: '负责人', width: 10 },
    { header: '下一步', width: 36 },
    { header: '日期', width: 12 },
    { header: '备注', width: 40 },
  ];
  const rows = leads.map((l): ReportCell[] => [
    text(l.targetName),
    text([l.chainName, l.segmentName].filter(Boolean).join(' / ')),
    LEAD_ZH[l.stage],
    text(l.owner),
    text(l.nextStep),
    text(l.nextDate),
    text(l.notes),
  ]);
  return { name: '招商线索', columns, rows };
}

/** Sheet names: at most 31 characters, none of []:*?/\ (Excel refuses them), unique. */
export function sheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
  let name = base;
  for (let i = 2; taken.has(name); i++)
    name = `${base.slice(0, 31 - String(i).length - 1)}_${String(i)}`;
  return name;
}

function chainTargetSheet(chainName: string, targets: readonly TargetRow[]) {
  const columns = [
    { header: '缺口环节', width: 26 },
    { header: '状态', width: 6 },
    { header: '缺口原因', width: 36 },
    { header: '排名', width: 6 },
    { header: '目标企业', width: 30 },
    { header: '所在地', width: 16 },
    { header: '标签', width: 20 },
    { header: '服务的本地买方', width: 34 },
    { header: '供货额', width: 14 },
    { header: '线索阶段', width: 10 },
  ];
  const rows = targets.map((t): ReportCell[] => [
    text(t.segmentPath.join(' / ')),
    STATE_LABEL[t.gapState].zh,
    text(t.gapReason.zh),
    t.rank,
    text(t.name),
    text(t.location),
    text(t.tags.join('、')),
    text(t.localBuyers.map((b) => b.name).join('、')),
    wan(t.amount),
    t.lead ? LEAD_ZH[t.lead.stage] : null,
  ]);
  return { name: `目标企业-${chainName}`, chainName, columns, rows };
}

export function reportSheets(a: WorkspaceAnalysis, meta: ReportMeta): ReportSheet[] {
  const clusters = a.clusters.map((c) => c.name).join('、') || '（无）';
  const head = `${meta.workspace} · 覆盖集群：${clusters} · ${meta.date}`;
  const taken = new Set<string>();
  const titled = (s: Omit<ReportSheet, 'title'>, what: string): ReportSheet => {
    const name = sheetName(s.name, taken);
    taken.add(name);
    return { ...s, name, title: text(`${what} — ${head}`) as string };
  };
  const chains = new Set(a.chains.map((c) => c.chainId));
  const leads = meta.leads.filter(
    (l) => a.scope.clusterId === null || (l.chainId !== null && chains.has(l.chainId)),
  );
  return [
    titled(summarySheet(a), '招商分析报告 · 汇总'),
    titled(gapsSheet(a), '缺口环节'),
    titled(targetsSheet(a), '招商目标清单'),
    titled(leadsSheet(leads), '招商线索'),
    ...a.chains
      .map((c) =>
        chainTargetSheet(
          c.name,
          a.targets.filter((t) => t.chainId === c.chainId),
        ),
      )
      .filter((s) => s.rows.length > 0)
      .map((s) => titled(s, `${s.chainName} 目标企业`)),
  ];
}
