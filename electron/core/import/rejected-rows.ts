// The rows a partial import skipped, as an .xlsx the user can fix and import again: per source sheet
// its title rows and header row and the skipped rows' cells as read, plus a 问题 column saying where
// and what.
// The 问题 header is not an import field, so the fixed file re-imports without removing it.
import type { ExportTable } from '../../../shared/spreadsheet/export-tables.js';
import type { SheetSummary } from '../../../shared/spreadsheet/extract-drafts.js';
import type { CellValue, ImportIssue, WorkbookData } from '../../../shared/spreadsheet/types.js';
import { writeXlsx } from '../export/write-xlsx.js';
import type { SkippedRow } from './partial-plan.js';

export const PROBLEM_HEADER = '问题';

const where = (i: ImportIssue): string =>
  [i.file, `「${i.sheet}」`, `第 ${String(i.row)} 行`, i.column].filter(Boolean).join(' ');

/** "企业.xlsx 「企业名录」 第 7 行 营业收入: …；…" — every issue of the row, errors first. */
export const problemText = (issues: readonly ImportIssue[]): string =>
  [...issues]
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
    .map((i) => `${where(i)}：${i.messageZh}`)
    .join('；');

/** Excel's sheet-name rules: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base.slice(0, 28)}(${String(n)})`;
  taken.add(name);
  return name;
}

export function rejectedTables(
  skipped: readonly SkippedRow[],
  workbooks: readonly WorkbookData[],
  sheets: readonly SheetSummary[],
): ExportTable[] {
  const tables: ExportTable[] = [];
  const taken = new Set<string>();
  const groups = new Map<string, SkippedRow[]>();
  for (const s of skipped) {
    const k = `${s.origin.file}\u0000${s.origin.sheet}`;
    groups.set(k, [...(groups.get(k) ?? []), s]);
  }
  for (const rows of groups.values()) {
    const first = rows[0];
    if (!first) continue;
    const { file, sheet } = first.origin;
    const data = workbooks.find((w) => w.file === file)?.sheets.find((s) => s.name === sheet);
    const summary = sheets.find((s) => s.file === file && s.sheet === sheet);
    const headerRow = summary?.mapping?.headerRow ?? 0;
    // The rows above the header (a title, a 填报单位 line) stay above it, as the user wrote them:
    // the file then looks like the one they sent, and re-imports the same way.
    const top = (data?.rows ?? []).slice(0, headerRow + 1);
    const text = (c: CellValue | undefined): string =>
      c === null || c === undefined ? '' : String(c);
    const width = Math.max(
      ...top.map((r) => r.length),
      ...rows.map((r) => data?.rows[r.origin.row - 1]?.length ?? 0),
    );
    const cellsOf = (cells: readonly CellValue[]) =>
      Array.from({ length: width }, (_, i) => cells[i] ?? null);
    const [titleRow = [], ...below] = top;
    // The 问题 header sits on the real header row; title rows leave its cell empty.
    const problemAt = (rowIndex: number): string => (rowIndex === headerRow ? PROBLEM_HEADER : '');
    tables.push({
      kind: summary?.mapping?.kind ?? 'enterprises',
      sheet: sheetName(groups.size > 1 && workbooks.length > 1 ? `${file}-${sheet}` : sheet, taken),
      columns: [
        ...cellsOf(titleRow).map((c) => ({ header: text(c), type: 'text' as const })),
        { header: problemAt(0), type: 'text' },
      ],
      rows: [
        ...below.map((r, i) => [
          ...cellsOf(r).map((c) => (c === null ? null : text(c))),
          problemAt(i + 1),
        ]),
        ...rows.map((r) => [...cellsOf(data?.rows[r.origin.row - 1] ?? []), problemText(r.issues)]),
      ],
    });
  }
  return tables;
}

/** The .xlsx, or null when nothing was skipped. */
export async function rejectedWorkbook(
  skipped: readonly SkippedRow[],
  workbooks: readonly WorkbookData[],
  sheets: readonly SheetSummary[],
): Promise<Buffer | null> {
  if (skipped.length === 0) return null;
  return await writeXlsx(rejectedTables(skipped, workbooks, sheets));
}

/** "企业名录-问题行.xlsx" beside the first input's name. */
export const rejectedFileName = (firstInput: string): string =>
  `${firstInput.replace(/\.[^.]+$/, '')}-问题行.xlsx`;
