// Parsing typed values out of messy cells: numbers stored as text, thousands separators, amounts
// with units (元/万元/亿元 → 万元), percentages, years, yes/no words, multi-value lists.
import { cellText, toHalfWidth } from './normalize-cell.js';
import type { CellValue } from './types.js';

export type Parsed<T> = { ok: true; value: T | null } | { ok: false; text: string };

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

/** A year 1800–2100: 2019, '2019年', '2019-05-01', '2019/5'. */
export function parseYear(value: CellValue | undefined): Parsed<number> {
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 1800 && value <= 2100) return { ok: true, value };
    // A date cell without a date style arrives as an Excel serial (e.g. 36892 = 2001-01-01).
    const asDate = value >= 657 && value <= 73_051 ? parseDate(value) : undefined;
    return asDate?.ok && asDate.value
      ? { ok: true, value: Number(asDate.value.slice(0, 4)) }
      : { ok: false, text: String(value) };
  }
  const text = meaningful(value);
  if (text === null) return { ok: true, value: null };
  const m = /^(\d{4})(?:年|[-/.]\d{1,2}(?:[-/.]\d{1,2})?|年\d{1,2}月(?:\d{1,2}日)?)?$/.exec(
    text.replace(/\s+/g, ''),
  );
  const year = m?.[1] ? Number(m[1]) : NaN;
  return year >= 1800 && year <= 2100 ? { ok: true, value: year } : { ok: false, text };
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

/** A date as YYYY-MM-DD: Excel serials (1900 system), '2024/1/2', '2024年1月2日', '2024-01-02'. */
export function parseDate(value: CellValue | undefined): Parsed<string> {
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (typeof value === 'number') {
    if (value < 1 || value > 2_958_465) return { ok: false, text: String(value) };
    const d = new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86_400_000);
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
