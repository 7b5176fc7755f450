// The gap report as three plain tables (汇总 summary, 缺口 gaps, 招商目标 targets) with Chinese headers,
// column widths and number formats; writers (xlsx in electron/core, later the UI) only render them.
// Every text cell goes through the formula-injection sanitiser.
import { sanitizeCell } from '../spreadsheet/sanitize-cell.js';
import { STATE_LABEL, type WorkspaceAnalysis } from './schemas.js';

export type ReportCell = string | number | null | { value: number; format: string };
export type ReportSheet = {
  name: string;
  columns: { header: string; width: number }[];
  rows: ReportCell[][];
};

const PERCENT = '0.0%';
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

function summarySheet(a: WorkspaceAnalysis): ReportSheet {
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

function gapsSheet(a: WorkspaceAnalysis): ReportSheet {
  const clusterName = new Map(a.clusters.map((c) => [c.clusterId, c.name]));
  const columns = [
    { header: '集群', width: 12 },
    { header: '产业链', width: 14 },
    { header: '环节', width: 28 },
    { header: '阶段', width: 6 },
    { header: '状态', width: 6 },
    { header: '判定规则', width: 30 },
    { header: '原因', width: 48 },
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
        s.rule.code,
        text([s.rule.zh, ...s.notes.map((n) => n.zh)].join('；')),
        s.localFirms.length,
        s.target,
        text(s.localFirms.map((f) => f.name).join('、')),
        text(s.fillingLeads.map((l) => `${l.targetName}（${LEAD_ZH[l.stage]}）`).join('、')),
      ]),
  );
  return { name: '缺口', columns, rows };
}

function targetsSheet(a: WorkspaceAnalysis): ReportSheet {
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
    { header: '供货额（万元）', width: 12 },
    { header: '无金额的关系数', width: 10 },
    { header: '已有线索', width: 10 },
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
    t.amount,
    t.linksMissingAmount,
    t.lead ? LEAD_ZH[t.lead.stage] : null,
  ]);
  return { name: '招商目标', columns, rows };
}

export function reportSheets(a: WorkspaceAnalysis): ReportSheet[] {
  return [summarySheet(a), gapsSheet(a), targetsSheet(a)];
}
