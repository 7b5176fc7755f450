// Cell text clean-up shared by header recognition and value parsing: full-width → half-width,
// stray spaces (incl. U+3000, NBSP, zero-width) trimmed, control and bidi characters removed.
import type { CellValue } from './types.js';

const WIDE = /[\uFF01-\uFF5E\u3000]/;

/** Full-width ASCII (U+FF01–FF5E) to half-width, U+3000 to a space. */
export function toHalfWidth(text: string): string {
  // Most text has no full-width character: test once rather than allocate two copies.
  if (!WIDE.test(text)) return text;
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

// C0/C1 controls except tab/newline, U+FFFE/FFFF, bidi overrides and isolates (name spoofing).
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const SPACES = /[\s\u00A0\u3000]+/g;

/**
 * Our export writes "'=…" for text that would otherwise be a formula (sanitize-cell.ts); reading it
 * back drops that one quote so a round trip gives the same text.
 */
const NEUTRALISED = /^'(?=[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r\n\0])/;

// Most cells are plain ASCII/CJK with nothing to clean: skip the regex chain for them (imports of
// 100,000 rows call this several times per cell).
const PLAIN =
  /^[\x21-\x26\x28-\x7e\u4e00-\u9fff\uff01-\uff5e](?:[\x21-\x7e\u4e00-\u9fff\uff01-\uff5e\u3001\u3002]| (?! |$))*$/;

/** Text as the user meant it: invisible characters gone, ends trimmed, inner runs of spaces → one. */
export function cleanText(text: string): string {
  if (PLAIN.test(text)) return text;
  return text
    .replace(NEUTRALISED, '')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(ZERO_WIDTH, '')
    .replace(SPACES, ' ')
    .trim();
}

/** The cell as trimmed text; numbers in plain decimal form (never 1e+21 for an integer). */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (Number.isInteger(value) && Math.abs(value) >= 1e21) return BigInt(value).toString();
    return String(value);
  }
  if (typeof value === 'boolean') return value ? '是' : '否';
  return cleanText(value);
}

/** Text for comparing labels: half-width, no spaces at all, lower case. */
export function foldKey(text: string): string {
  return toHalfWidth(cleanText(text)).replace(/\s+/g, '').toLowerCase();
}

/** True for a cell with nothing a person would see. */
export const isBlank = (value: CellValue | undefined): boolean => cellText(value) === '';

/** Spreadsheet column letters for a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
