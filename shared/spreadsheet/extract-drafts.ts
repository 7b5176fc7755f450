// Whole-workbook step of the pure import: recognise each sheet, walk its data rows (skipping blank
// and 合计/备注 rows) and collect drafts plus every issue. Workspace-independent; see plan-import.ts.
import { emptyDrafts, type Drafts } from './drafts.js';
import {
  headerSignature,
  isFooterText,
  recogniseSheet,
  type MappingOverride,
  type SheetMapping,
} from './headers.js';
import { mapChainRow, mapEnterpriseRow, mapLeadRow, mapLinkRow } from './map-rows.js';
import { cellText } from './normalize-cell.js';
import { createRowReader, type RowContext } from './row-context.js';
import type { CellValue, EntityKind, ImportIssue, SheetData, WorkbookData } from './types.js';

export type SheetSummary = {
  file: string;
  sheet: string;
  mapping: SheetMapping | null;
  /** Folded header texts; the key a confirmed mapping is remembered under. */
  signature: string | null;
  dataRows: number;
  /** Data rows with an error (they yield no draft). */
  rejectedRows: number;
  /** The top rows as short text, so the mapping step can show the sheet and let the user pick its header. */
  topRows: string[][];
};

const topRows = (sheet: SheetData, headerRow: number): string[][] =>
  sheet.rows
    .slice(0, Math.min(31, Math.max(headerRow + 2, 6)))
    .map((r) => r.slice(0, 40).map((c) => cellText(c).slice(0, 60)));

export type Extracted = { drafts: Drafts; issues: ImportIssue[]; sheets: SheetSummary[] };

/** Overrides by `${file}\u0000${sheet}`, or by header signature (remembered mappings). */
export type Overrides = {
  bySheet?: Record<string, MappingOverride>;
  bySignature?: Record<string, MappingOverride>;
};

export const sheetKey = (file: string, sheet: string): string => `${file}\u0000${sheet}`;

/** Column indexes of formula cells per row index, from addresses like "C7". */
function formulaIndex(sheet: SheetData): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const addr of sheet.formulaCells) {
    const m = /^([A-Z]+)(\d+)$/.exec(addr);
    if (!m?.[1] || !m[2]) continue;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    const row = Number(m[2]) - 1;
    const set = out.get(row) ?? new Set<number>();
    set.add(col - 1);
    out.set(row, set);
  }
  return out;
}

const SIGNATURE_SCAN_ROWS = 30;

/** The first non-blank cell's text ('' for a blank row), read once for both the blank and the footer test. */
function firstText(row: readonly CellValue[]): string {
  for (const c of row) {
    const t = cellText(c);
    if (t !== '') return t;
  }
  return '';
}

/** How the row preview names a row: the firm, the link, the segment or the lead's target. */
function rowLabel(kind: EntityKind, ctx: RowContext): string {
  const t = (f: string): string => ctx.text(f) ?? '';
  switch (kind) {
    case 'enterprises':
      return t('name') || t('externalId');
    case 'links':
      return `${t('supplier') || t('supplierUscc')} → ${t('buyer') || t('buyerUscc')}`;
    case 'chains':
      return [t('chain'), t('parent'), t('segment')].filter((x) => x !== '').join('/');
    case 'leads':
      return t('target');
  }
}

/**
 * The mapping to use instead of the guess: the user's for this sheet, else one remembered for the
 * sheet's header set (searched in the top rows, since a sheet we cannot guess has no known header row).
 */
function chooseOverride(
  sheet: SheetData,
  guess: SheetMapping | undefined,
  mine: MappingOverride | undefined,
  remembered: Record<string, MappingOverride> | undefined,
): { override: MappingOverride | undefined; signature: string | null } {
  const sig = (row: number): string => headerSignature(sheet.rows[row] ?? []);
  if (mine)
    return { override: mine, signature: sig(mine.headerRow ?? guess?.headerRow ?? 0) || null };
  if (guess) {
    const signature = sig(guess.headerRow);
    return { override: remembered?.[signature], signature };
  }
  for (let r = 0; remembered && r < Math.min(sheet.rows.length, SIGNATURE_SCAN_ROWS); r++) {
    const signature = sig(r);
    const found = signature ? remembered[signature] : undefined;
    if (found) return { override: { ...found, headerRow: r }, signature };
  }
  return { override: undefined, signature: null };
}

export function extractDrafts(
  workbooks: readonly WorkbookData[],
  overrides: Overrides = {},
): Extracted {
  const drafts = emptyDrafts();
  const issues: ImportIssue[] = [];
  const sheets: SheetSummary[] = [];
  for (const wb of workbooks) {
    let recognised = 0;
    for (const sheet of wb.sheets) {
      const base = { file: wb.file, sheet: sheet.name };
      const guess = recogniseSheet(sheet.rows, sheet.name);
      const { override, signature } = chooseOverride(
        sheet,
        guess,
        overrides.bySheet?.[sheetKey(wb.file, sheet.name)],
        overrides.bySignature,
      );
      const mapping = override ? recogniseSheet(sheet.rows, sheet.name, override) : guess;
      if (!mapping) {
        sheets.push({
          ...base,
          mapping: null,
          signature: null,
          dataRows: 0,
          rejectedRows: 0,
          topRows: topRows(sheet, 0),
        });
        continue;
      }
      recognised++;
      const summary: SheetSummary = {
        ...base,
        mapping,
        signature,
        dataRows: 0,
        rejectedRows: 0,
        topRows: topRows(sheet, mapping.headerRow),
      };
      sheets.push(summary);
      if (sheet.truncated === 'rows') {
        issues.push({
          ...base,
          row: 0,
          column: '',
          severity: 'error',
          code: 'SHEET_TRUNCATED',
          messageZh: `工作表行数超过上限（${sheet.rows.length} 行），请拆分后再导入`,
          messageEn: `the sheet has more rows than the limit (${sheet.rows.length}); split it and import the parts`,
        });
        continue;
      }
      if (sheet.truncated === 'columns') {
        issues.push({
          ...base,
          row: 0,
          column: '',
          severity: 'error',
          code: 'SHEET_TRUNCATED',
          messageZh: '工作表列数超过上限，请删除多余的列后再导入',
          messageEn:
            'the sheet has more columns than the limit; remove the extra columns and try again',
        });
        continue;
      }
      if (mapping.duplicates.length > 0) {
        for (const d of mapping.duplicates) {
          issues.push({
            ...base,
            row: mapping.headerRow + 1,
            column: d.labels.join('、'),
            severity: 'error',
            code: 'DUPLICATE_HEADER',
            messageZh: `多列对应同一字段：${d.labels.join('、')}`,
            messageEn: `several columns map to one field: ${d.labels.join(', ')}`,
          });
        }
        continue;
      }
      const formulas = formulaIndex(sheet);
      const none = new Set<number>();
      const reader = createRowReader(mapping);
      for (let r = mapping.headerRow + 1; r < sheet.rows.length; r++) {
        const row = sheet.rows[r] ?? [];
        const lead = firstText(row);
        if (lead === '' || isFooterText(lead)) continue;
        summary.dataRows++;
        const origin = { file: wb.file, sheet: sheet.name, row: r + 1 };
        const ctx = reader.load(row, origin, formulas.get(r) ?? none);
        let drafted = false;
        let label: string | null = null;
        switch (mapping.kind) {
          case 'enterprises': {
            const d = mapEnterpriseRow(ctx);
            if (d) drafts.enterprises.push(d);
            drafted = d !== undefined;
            label = d?.name ?? null;
            break;
          }
          case 'links': {
            const d = mapLinkRow(ctx);
            if (d) drafts.links.push(d);
            drafted = d !== undefined;
            // Links are most of a large import: label from the draft instead of re-reading cells.
            if (d)
              label = `${d.supplier.text ?? d.supplier.uscc ?? ''} → ${d.buyer.text ?? d.buyer.uscc ?? ''}`;
            break;
          }
          case 'chains': {
            const d = mapChainRow(ctx);
            if (d) drafts.chains.push(d);
            drafted = d !== undefined;
            break;
          }
          case 'leads': {
            const d = mapLeadRow(ctx);
            if (d) drafts.leads.push(d);
            drafted = d !== undefined;
            break;
          }
        }
        drafts.rows.push({
          kind: mapping.kind,
          origin: ctx.origin,
          label: label ?? rowLabel(mapping.kind, ctx),
          uscc: mapping.kind === 'enterprises' ? ctx.text('uscc') : null,
          values: ctx.cells(),
          issues: ctx.issues,
          drafted,
        });
        if (ctx.rejected()) summary.rejectedRows++;
        for (const i of ctx.issues) issues.push(i);
      }
    }
    if (recognised === 0) {
      issues.push({
        file: wb.file,
        sheet: '',
        row: 0,
        column: '',
        severity: 'error',
        code: 'NO_RECOGNISED_SHEET',
        messageZh:
          '文件中没有可识别的工作表：请检查表头（如“企业名称”“供应方/采购方”“产业链/环节”）',
        messageEn:
          'no sheet in this file has recognisable headers (e.g. 企业名称, 供应方/采购方, 产业链/环节)',
      });
    }
  }
  return { drafts, issues, sheets };
}
