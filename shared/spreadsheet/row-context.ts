// One data row seen through its sheet's column mapping: typed getters that record an issue (with
// file, sheet, 1-based row and lettered column) when a cell cannot be read.
import { validateUscc } from '../domain/uscc.js';
import type { ColumnMap, SheetMapping } from './headers.js';
import { cellText } from './normalize-cell.js';
import {
  parseAmountWan,
  parseBoolean,
  parseDate,
  parseInteger,
  parseShare,
  parseYear,
  splitMulti,
  type Parsed,
} from './parse-values.js';
import type { CellValue, ImportIssue, IssueCode, RowOrigin, Severity } from './types.js';
import { choices, fromWord } from './vocab.js';

/** Excel's own cell limit; anything longer did not come from a normal sheet. */
export const MAX_CELL_CHARS = 32_767;

/** Cells that say "nothing here" in Chinese registers. */
const NOTHING = new Set(['—', '——', '-', '--', '/', '无', '暂无', 'N/A', 'n/a', '－']);

export type RowContext = {
  origin: RowOrigin;
  issues: ImportIssue[];
  has(field: string): boolean;
  raw(field: string): CellValue | undefined;
  text(field: string): string | null;
  list(field: string): string[];
  bool(field: string): boolean | null;
  /** `skip`: an unreadable cell is a warning and the field is left out (the stored value stays). */
  amount(field: string, skip?: boolean): number | null;
  share(field: string, skip?: boolean): number | null;
  integer(field: string, skip?: boolean): number | null;
  /** `latest`: the latest year accepted (default: the parser's general limit). */
  year(field: string, skip?: boolean, latest?: number): number | null;
  date(field: string): string | null;
  word<T extends string>(field: string, vocab: Record<T, readonly string[]>): T | null;
  uscc(field: string): string | null;
  issue(severity: Severity, code: IssueCode, field: string, zh: string, en: string): void;
  /** True when an error was recorded for this row. */
  rejected(): boolean;
  /** The row's non-blank mapped cells as text, keyed by header. */
  cells(): Record<string, string>;
  /** Points the reader at the next row (fresh issues list). */
  load(row: readonly CellValue[], origin: RowOrigin, formulaCols: ReadonlySet<number>): RowContext;
};

// Most rows have no issue: they share this empty list until their first issue gives them their own
// (frozen, so nothing can add to it by mistake).
const NO_ISSUES = Object.freeze([]) as unknown as ImportIssue[];

/** One reader per sheet, re-loaded for each row (no per-row closures: imports run to 100,000 rows). */
export function createRowReader(mapping: SheetMapping): RowContext {
  const byField = new Map<string, ColumnMap>(mapping.columns.map((c) => [c.field, c]));
  let row: readonly CellValue[] = [];
  // Each cell's text once per row: text() and cells() both ask for it.
  const texts: (string | undefined)[] = [];
  const textAt = (i: number): string => (texts[i] ??= cellText(row[i]));
  const issue: RowContext['issue'] = (severity, code, field, zh, en) => {
    if (ctx.issues === NO_ISSUES) ctx.issues = [];
    ctx.issues.push({
      ...ctx.origin,
      column: byField.get(field)?.label ?? '',
      severity,
      code,
      messageZh: zh,
      messageEn: en,
    });
  };
  const load: RowContext['load'] = (next, origin, formulaCols) => {
    row = next;
    texts.length = 0;
    ctx.origin = origin;
    ctx.issues = NO_ISSUES;
    const formulas = formulaCols.size > 0;
    for (const c of mapping.columns) {
      const v = row[c.index];
      if (typeof v === 'string' && v.length > MAX_CELL_CHARS) {
        issue(
          'error',
          'CELL_TOO_LONG',
          c.field,
          `单元格内容过长（${v.length} 字符，上限 ${MAX_CELL_CHARS}）`,
          `cell too long (${v.length} characters, limit ${MAX_CELL_CHARS})`,
        );
      }
      if (formulas && formulaCols.has(c.index)) {
        issue(
          'warning',
          'FORMULA_CELL',
          c.field,
          '公式单元格：仅导入其显示值，公式不会执行',
          'formula cell: only its displayed value is imported, never the formula',
        );
      }
    }
    return ctx;
  };
  const raw = (field: string): CellValue | undefined => {
    const c = byField.get(field);
    if (!c) return undefined;
    const v = row[c.index];
    return typeof v === 'string' && v.length > MAX_CELL_CHARS ? null : v;
  };
  const parsed = <T>(
    field: string,
    p: Parsed<T>,
    code: IssueCode,
    what: [string, string],
    skip = false,
  ): T | null => {
    if (p.ok) return p.value;
    const zh = `无法识别的${what[0]}：“${p.text}”${p.why ? `（${p.why.zh}）` : ''}`;
    const en = `cannot read ${what[1]}: '${p.text}'${p.why ? ` (${p.why.en})` : ''}`;
    if (skip) {
      issue(
        'warning',
        code,
        field,
        `${zh}，本行此项不导入（保留原值），其余各项照常导入`,
        `${en}; this field is skipped for this row (the stored value stays), the rest of the row is imported`,
      );
      return null;
    }
    issue('error', code, field, zh, en);
    return null;
  };
  // A bare number under a header without a unit is read as 万元; said once per column, at its first row.
  const unitWarned = new Set<string>();
  const amount = (field: string, skip = false): number | null => {
    const col = byField.get(field);
    if (!col) return null;
    const v = raw(field);
    const value = parsed(
      field,
      parseAmountWan(v, col.unitWan),
      'BAD_NUMBER',
      ['金额', 'amount'],
      skip,
    );
    if (
      value !== null &&
      !/元/.test(col.header) &&
      /[\u4e00-\u9fff]/.test(col.header) &&
      !unitWarned.has(field)
    ) {
      const bare = typeof v === 'number' || /^[\s\d.,+-]+$/.test(cellText(v));
      if (bare) {
        unitWarned.add(field);
        issue(
          'warning',
          'UNIT_ASSUMED',
          field,
          `“${col.header}”列的数字没有写单位，按万元计（本列其他没有单位的数字同样按万元计）；如不是万元，请在表头写明单位，如“${col.header}（元）”`,
          `numbers in column '${col.header}' have no unit and are read as 万元 (10,000 yuan), here and in the rest of the column; if that is wrong, put the unit in the header, e.g. '${col.header}（元）'`,
        );
      }
    }
    return value;
  };
  const text = (field: string): string | null => {
    const c = byField.get(field);
    if (!c) return null;
    const v = row[c.index];
    if (typeof v === 'string' && v.length > MAX_CELL_CHARS) return null;
    const t = textAt(c.index);
    return t === '' || NOTHING.has(t) ? null : t;
  };
  const ctx: RowContext = {
    origin: { file: '', sheet: '', row: 0 },
    issues: NO_ISSUES,
    load,
    has: (field) => byField.has(field),
    raw,
    text,
    list: (field) => splitMulti(raw(field)),
    // An unmapped field reads as blank: skip the parser (most sheets map few of the fields asked for).
    bool: (field) =>
      byField.has(field)
        ? parsed(field, parseBoolean(raw(field)), 'BAD_VALUE', ['是/否', 'yes/no'])
        : null,
    amount,
    share: (field, skip) =>
      byField.has(field)
        ? parsed(field, parseShare(raw(field)), 'BAD_NUMBER', ['占比', 'share'], skip)
        : null,
    integer: (field, skip) =>
      byField.has(field)
        ? parsed(field, parseInteger(raw(field)), 'BAD_NUMBER', ['整数', 'whole number'], skip)
        : null,
    year: (field, skip, latest) =>
      byField.has(field)
        ? parsed(field, parseYear(raw(field), latest), 'BAD_YEAR', ['年份', 'year'], skip)
        : null,
    date: (field) =>
      byField.has(field)
        ? parsed(field, parseDate(raw(field)), 'BAD_VALUE', ['日期', 'date'])
        : null,
    word: (field, vocab) => {
      const t = text(field);
      if (t === null) return null;
      const v = fromWord(vocab, t);
      if (v !== undefined) return v;
      issue(
        'error',
        'BAD_VALUE',
        field,
        `无法识别“${t}”，应为 ${choices(vocab)}`,
        `unknown value '${t}', expected ${choices(vocab)}`,
      );
      return null;
    },
    uscc: (field) => {
      const v = raw(field);
      if (typeof v === 'number') {
        issue(
          'error',
          'USCC_NUMBER',
          field,
          `统一社会信用代码被存成了数字（${String(v)}），已丢失位数；请把该列设为文本后重新填写`,
          `the USCC was stored as a number (${String(v)}) and has lost digits; format the column as text and re-enter it`,
        );
        return null;
      }
      const t = text(field);
      if (t === null) return null;
      const r = validateUscc(t);
      if (r.ok) return r.value;
      const [zh, en] = splitMessage(r.message);
      if (r.kind === 'checksum') {
        issue('warning', 'USCC_CHECKSUM', field, zh, en);
        return r.value ?? null;
      }
      issue('error', 'USCC_INVALID', field, zh, en);
      return null;
    },
    issue,
    rejected: () => ctx.issues.some((i) => i.severity === 'error'),
    cells: () => {
      const out: Record<string, string> = {};
      for (const c of mapping.columns) {
        const t = textAt(c.index);
        if (t !== '') out[c.header] = t.length > 500 ? `${t.slice(0, 500)}…` : t;
      }
      return out;
    },
  };
  return ctx;
}

export const rowContext = (
  mapping: SheetMapping,
  row: readonly CellValue[],
  origin: RowOrigin,
  formulaCols: ReadonlySet<number>,
): RowContext => createRowReader(mapping).load(row, origin, formulaCols);

/** uscc.ts writes "中文 / English"; issues carry the two apart. */
function splitMessage(message: string): [string, string] {
  const at = message.indexOf(' / ');
  return at < 0 ? [message, message] : [message.slice(0, at), message.slice(at + 3)];
}
