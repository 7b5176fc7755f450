// Workspace → export tables (one per entity) with the Chinese headers the importer recognises, so
// an exported file re-imports to the same contents. Pure: writers turn these into xlsx or CSV.
import type { WorkspaceData } from '../domain/workspace-data.js';
import type { Segment } from '../domain/schemas.js';
import { segmentRefText } from './drafts.js';
import type { CellValue, EntityKind } from './types.js';
import {
  LEAD_STAGE_WORDS,
  LINK_SOURCE_WORDS,
  OWNERSHIP_WORDS,
  STAGE_WORDS,
  STATUS_WORDS,
  toWord,
} from './vocab.js';

export type ExportColumn = { header: string; type: 'text' | 'number' };
export type ExportTable = {
  kind: EntityKind;
  sheet: string;
  columns: ExportColumn[];
  rows: CellValue[][];
};

const t = (header: string): ExportColumn => ({ header, type: 'text' });
const n = (header: string): ExportColumn => ({ header, type: 'number' });
const yesNo = (b: boolean): string => (b ? '是' : '否');

export const SHEET_NAMES: Record<EntityKind, string> = {
  enterprises: '企业',
  links: '供应关系',
  chains: '产业链',
  leads: '招商线索',
};

/** Segment id → "产业链/上级环节/环节", the form the importer resolves unambiguously. */
function segmentPaths(data: WorkspaceData): Map<number, string> {
  const chainName = new Map(data.chains.map((c) => [c.id, c.name]));
  const byId = new Map(data.segments.map((s) => [s.id, s]));
  const out = new Map<number, string>();
  for (const s of data.segments) {
    const path: string[] = [];
    for (
      let cur: Segment | undefined = s, guard = 0;
      cur && guard < 50;
      cur = cur.parentId === null ? undefined : byId.get(cur.parentId), guard++
    ) {
      path.unshift(cur.name);
    }
    out.set(s.id, segmentRefText(chainName.get(s.chainId) ?? '', path));
  }
  return out;
}

/** Segments of a chain, parents before children, in sort order. */
function treeOrder(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  const visit = (parentId: number | null): void => {
    for (const s of segments
      .filter((x) => x.parentId === parentId)
      .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)) {
      out.push(s);
      visit(s.id);
    }
  };
  visit(null);
  return out;
}

export function exportTables(data: WorkspaceData, what: EntityKind | 'all' = 'all'): ExportTable[] {
  const paths = segmentPaths(data);
  const firm = new Map(data.enterprises.map((e) => [e.id, e]));
  const tables: ExportTable[] = [];
  const want = (k: EntityKind): boolean => what === 'all' || what === k;

  if (want('chains')) {
    const cluster = new Map(data.clusters.map((c) => [c.id, c]));
    const segName = new Map(data.segments.map((s) => [s.id, s.name]));
    const rows: CellValue[][] = [];
    const chains = [...data.chains].sort(
      (a, b) => a.clusterId - b.clusterId || a.sortOrder - b.sortOrder || a.id - b.id,
    );
    for (const ch of chains) {
      const cl = cluster.get(ch.clusterId);
      const head: CellValue[] = [cl?.name ?? '', ch.name];
      const tail: CellValue[] = [ch.owner, ch.description, cl?.color ?? null];
      const segs = treeOrder(data.segments.filter((s) => s.chainId === ch.id));
      if (segs.length === 0) rows.push([...head, null, null, null, null, null, ...tail]);
      for (const s of segs) {
        rows.push([
          ...head,
          s.name,
          s.parentId === null ? null : (segName.get(s.parentId) ?? null),
          toWord(STAGE_WORDS, s.stage),
          yesNo(s.isKey),
          s.targetCount,
          ...tail,
        ]);
      }
    }
    tables.push({
      kind: 'chains',
      sheet: SHEET_NAMES.chains,
      rows,
      columns: [
        t('产业集群'),
        t('产业链'),
        t('环节'),
        t('上级环节'),
        t('位置'),
        t('是否核心环节'),
        n('目标企业数'),
        t('链长'),
        t('产业链简介'),
        t('集群颜色'),
      ],
    });
  }
  if (want('enterprises')) {
    const mapped = new Map<number, { confirmed: string[]; uncertain: string[] }>();
    const sorted = [...data.mappings].sort(
      (a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.segmentId - b.segmentId,
    );
    for (const m of sorted) {
      if (m.status === 'rejected') continue;
      const entry = mapped.get(m.enterpriseId) ?? { confirmed: [], uncertain: [] };
      entry[m.status].push(paths.get(m.segmentId) ?? '');
      mapped.set(m.enterpriseId, entry);
    }
    tables.push({
      kind: 'enterprises',
      sheet: SHEET_NAMES.enterprises,
      columns: [
        t('企业名称'),
        t('统一社会信用代码'),
        t('是否本地'),
        t('省份'),
        t('城市'),
        t('国别'),
        t('所属园区'),
        t('网格'),
        t('包保人'),
        t('企业性质'),
        t('投资方国别'),
        t('是否规上'),
        t('标签'),
        n('营业收入（万元）'),
        n('员工人数'),
        n('成立年份'),
        t('主营产品'),
        t('状态'),
        t('所属环节'),
        t('待确认环节'),
      ],
      rows: data.enterprises.map((e) => [
        e.name,
        e.uscc,
        yesNo(e.isLocal),
        e.province,
        e.city,
        e.country,
        e.park,
        e.grid,
        e.responsiblePerson,
        e.ownership === null ? null : toWord(OWNERSHIP_WORDS, e.ownership),
        e.investorCountry,
        yesNo(e.isAboveScale),
        e.tags.join('、') || null,
        e.revenue,
        e.employees,
        e.founded,
        e.mainProducts,
        toWord(STATUS_WORDS, e.status),
        mapped.get(e.id)?.confirmed.join('、') ?? null,
        mapped.get(e.id)?.uncertain.join('、') || null,
      ]),
    });
  }
  if (want('links')) {
    tables.push({
      kind: 'links',
      sheet: SHEET_NAMES.links,
      columns: [
        t('供应方'),
        t('供应方信用代码'),
        t('采购方'),
        t('采购方信用代码'),
        t('产品'),
        t('所属环节'),
        n('年供货额（万元）'),
        n('占比'),
        t('来源'),
        n('起始年份'),
        n('截止年份'),
      ],
      rows: data.links.map((l) => [
        firm.get(l.supplierId)?.name ?? '',
        firm.get(l.supplierId)?.uscc ?? null,
        firm.get(l.buyerId)?.name ?? '',
        firm.get(l.buyerId)?.uscc ?? null,
        l.product,
        l.segmentId === null ? null : (paths.get(l.segmentId) ?? null),
        l.amount,
        l.share,
        toWord(LINK_SOURCE_WORDS, l.source),
        l.yearFrom,
        l.yearTo,
      ]),
    });
  }
  if (want('leads')) {
    tables.push({
      kind: 'leads',
      sheet: SHEET_NAMES.leads,
      columns: [
        t('目标企业'),
        t('目标企业信用代码'),
        t('拟补环节'),
        t('阶段'),
        t('负责人'),
        t('下一步'),
        t('下次日期'),
        t('备注'),
      ],
      rows: data.leads.map((l) => [
        l.targetName,
        l.enterpriseId === null ? null : (firm.get(l.enterpriseId)?.uscc ?? null),
        l.segmentId === null ? null : (paths.get(l.segmentId) ?? null),
        toWord(LEAD_STAGE_WORDS, l.stage),
        l.owner,
        l.nextStep,
        l.nextDate,
        l.notes,
      ]),
    });
  }
  return tables;
}
