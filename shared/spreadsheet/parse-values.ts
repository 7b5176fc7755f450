// Parsing typed values out of messy cells: numbers stored as text, thousands separators, amounts
// with units (元/万元/亿元 → 万元), percentages, years, yes/no words, multi-value lists.
import { cellText, toHalfWidth } from './normalize-cell.js';
import type { CellValue } from './types.js';

/** Why a cell was refused, when "cannot read" alone would not tell the user what to change. */
export type Why = { zh: string; en: string };
export type Parsed<T> = { ok: true; value: T | null } | { ok: false; text: string; why?: Why };

const EMPTY_MARKS = new Set(['', '-', '—', '——', '–', '/', '无', 'n/a', 'na', '—-', '--', '暂无']);

/** Cell text, half-width; null when the cell only says "nothing" (blank, —, /, 无 …). */
function meaningful(value: CellValue | undefined): string | null {
  const text = toHalfWidth(cellText(value)).trim();
  return EMPTY_MARKS.has(text.toLowerCase()) ? null : text;
}

const NUMBER_RE = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[+-]?\.\d+$/;

/** A plain number: 1234, '1,234.5', ' 12 '. */
export function parseNumber(value: CellValue | undefined): Parsed<number> {
  if (typeof value === 'number')
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, text: String(value) };
  const text = meaningful(value);
  if (text === null) return { ok: true, value: null };
  const compact = text.replace(/\s+/g, '');
  if (!NUMBER_RE.test(compact)) return { ok: false, text };
  return { ok: true, value: Number(compact.replace(/,/g, '')) };
}

// Multipliers to 万元 (the unit the workspace stores amounts in).
const UNIT_TO_WAN: [RegExp, number][] = [
  [/亿元$|亿$/, 10_000],
  [/千万元$|千万$/, 1_000],
  [/百万元$|百万$/, 100],
  [/万元$|万$/, 1],
  [/千元$/, 0.1],
  [/元$/, 0.0001],
];

/**
 * An amount in 万元. `columnUnitWan` is the multiplier a header declares ("年供货额(亿元)" → 10000);
 * a unit written in the cell wins over the header's.
 */
export function parseAmountWan(value: CellValue | undefined, columnUnitWan = 1): Parsed<number> {
  if (typeof value === 'number') return { ok: true, value: round(value * columnUnitWan) };
  const text = meaningful(value);
  if (text === null) return { ok: true, value: null };
  const compact = text.replace(/\s+/g, '').replace(/^(人民币|rmb|cny|¥|￥)/i, '');
  for (const [re, factor] of UNIT_TO_WAN) {
    if (re.test(compact)) {
      const n = parseNumber(compact.replace(re, ''));
      return n.ok && n.value !== null
        ? { ok: true, value: round(n.value * factor) }
        : { ok: false, text };
    }
  }
  const n = parseNumber(compact);
  return n.ok && n.value !== null
    ? { ok: true, value: round(n.value * columnUnitWan) }
    : n.ok
      ? n
      : { ok: false, text };
}

/** Float noise from unit conversion (1.2 × 10000) removed; amounts keep 6 decimals at most. */
const round = (n: number): number => Math.round(n * 1e6) / 1e6;

/** The 万元 multiplier a header's unit declares: "(亿元)" → 10000, "(元)" → 0.0001, none → 1. */
export function headerUnitWan(header: string): number {
  const unit = /[(（]\s*([^)）]*)\s*[)）]/.exec(header)?.[1]?.trim() ?? '';
  for (const [re, factor] of UNIT_TO_WAN) if (re.test(unit)) return factor;
  return 1;
}

/** A share 0..1: '35%', '35', '0.35' (a number above 1 is read as a percentage). */
export function parseShare(value: CellValue | undefined): Parsed<number> {
  if (typeof value === 'number') {
    const v = value > 1 ? value / 100 : value;
    return v >= 0 && v <= 1 ? { ok: true, value: round(v) } : { ok: false, text: String(value) };
  }
  const text = meaningful(value);
  if (text === null) return { ok: true, value: null };
  const pct = text.endsWith('%');
  const n = parseNumber(pct ? text.slice(0, -1) : text);
  if (!n.ok || n.value === null) return { ok: false, text };
  const v = pct || n.value > 1 ? n.value / 100 : n.value;
  return v >= 0 && v <= 1 ? { ok: true, value: round(v) } : { ok: false, text };
}

/** A whole number (employees, target counts). */
export function parseInteger(value: CellValue | undefined): Parsed<number> {
  const n = parseNumber(value);
  if (!n.ok || n.value === null) return n;
  return Number.isInteger(n.value) ? n : { ok: false, text: cellText(value) };
}

/** The earliest year read as a year: the oldest firms in a register (老字号) date from the 1800s. */
export const EARLIEST_YEAR = 1800;
/** The latest year in general (a supply link may be agreed to run for decades). */
export const LATEST_YEAR = 2100;
/** The latest 成立年份: next year (a firm registered for the coming year), never later. */
export const latestFoundedYear = (now = new Date()): number => now.getFullYear() + 1;

// Excel serial 10000 is 1927-05-18. A smaller number is taken as a (mistyped) year, never as a date:
// read as serials, typos such as 999 or 1750 would silently become years 1902 or 1904.
const FIRST_YEAR_SERIAL = 10_000;

const outOfRange = (latest: number, asDate?: string): Why => ({
  zh: `${asDate ? `按 Excel 日期序号读作 ${asDate}；` : ''}年份应在 ${EARLIEST_YEAR}–${latest} 之间`,
  en: `${asDate ? `read as an Excel date serial this is ${asDate}; ` : ''}a year must be between ${EARLIEST_YEAR} and ${latest}`,
});

/**
 * A year EARLIEST_YEAR..`latest`: 2019, '2019年', '2019-05-01', '2019/5', or an Excel date serial
 * (a date cell that lost its date style, ≥ 1927-05-18) read as the year of its date.
 */
export function parseYear(value: CellValue | undefined, latest = LATEST_YEAR): Parsed<number> {
  const inRange = (year: number, text: string, asDate?: string): Parsed<number> =>
    year >= EARLIEST_YEAR && year <= latest
      ? { ok: true, value: year }
      : { ok: false, text, why: outOfRange(latest, asDate) };
  if (typeof value === 'number') {
    const text = String(value);
    if (value < FIRST_YEAR_SERIAL) {
      return Number.isInteger(value)
        ? inRange(value, text)
        : { ok: false, text, why: { zh: '年份应为整数', en: 'a year must be a whole number' } };
    }
    const date = parseDate(value);
    return date.ok && date.value
      ? inRange(Number(date.value.slice(0, 4)), text, date.value)
      : { ok: false, text, why: outOfRange(latest) };
  }
  const text = meaningful(value);
  if (text === null) return { ok: true, value: null };
  const m = /^(\d{4})(?:年|[-/.]\d{1,2}(?:[-/.]\d{1,2})?|年\d{1,2}月(?:\d{1,2}日)?)?$/.exec(
    text.replace(/\s+/g, ''),
  );
  return m?.[1] ? inRange(Number(m[1]), text) : { ok: false, text };
}

const TRUE_WORDS = new Set([
  '是',
  '有',
  '对',
  'y',
  'yes',
  'true',
  '1',
  '√',
  '✓',
  '本地',
  '区内',
  '园区内',
  '规上',
  '核心',
  '是的',
]);
const FALSE_WORDS = new Set([
  '否',
  '无',
  '不是',
  'n',
  'no',
  'false',
  '0',
  '×',
  '✗',
  '外地',
  '区外',
  '非本地',
  '规下',
  '非核心',
]);

/** Yes/no words in Chinese and English (是/否, Y/N, 本地/外地, √/×); blank → null. */
export function parseBoolean(value: CellValue | undefined): Parsed<boolean> {
  if (typeof value === 'boolean') return { ok: true, value };
  const text = toHalfWidth(cellText(value)).toLowerCase();
  if (text === '' || text === '-' || text === '—') return { ok: true, value: null };
  if (TRUE_WORDS.has(text)) return { ok: true, value: true };
  if (FALSE_WORDS.has(text)) return { ok: true, value: false };
  return { ok: false, text: cellText(value) };
}

/** Splits "油缸、回转支承；驾驶室 | 油箱" on 、，,;；| and newlines; trims, drops blanks and repeats. */
export function splitMulti(value: CellValue | undefined): string[] {
  // Split before cleaning: cleaning turns a line break inside a cell (an Alt+Enter list) into a space.
  const parts = (typeof value === 'string' ? value : cellText(value)).split(/[、，,;；|｜\r\n]+/);
  const out: string[] = [];
  for (const p of parts) {
    const t = cellText(p);
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

const FEB_29_1900: Why = {
  zh: 'Excel 日期序号 60 是 1900-02-29，这一天并不存在',
  en: 'Excel date serial 60 is 1900-02-29, a day that never existed',
};

/** A date as YYYY-MM-DD: Excel serials (1900 system), '2024/1/2', '2024年1月2日', '2024-01-02'. */
export function parseDate(value: CellValue | undefined): Parsed<string> {
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (typeof value === 'number') {
    // 1 is 1900-01-01, 2958465 is 9999-12-31; a time of day is the fraction and stays in its day.
    if (!(value >= 1 && value < 2_958_466)) return { ok: false, text: String(value) };
    const serial = Math.floor(value);
    if (serial === 60) return { ok: false, text: String(value), why: FEB_29_1900 };
    // Excel counts a 1900-02-29 that never was: serials before it are one day short of the count.
    const days = serial < 60 ? serial + 1 : serial;
    const d = new Date(Date.UTC(1899, 11, 30) + days * 86_400_000);
    return {
      ok: true,
      value: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    };
  }
  const text = meaningful(value);
  if (text === null) return { ok: true, value: null };
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (!m) return { ok: false, text };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return { ok: false, text };
  return { ok: true, value: `${y}-${pad(mo)}-${pad(d)}` };
}
