// Neutralises text that a spreadsheet program would run as a formula (CSV/formula injection,
// OWASP / ASVS V1.2.10 / CWE-1236, research/reliability.md §3.2): a text cell starting with
// = + - @ (or their full-width forms, possibly after spaces), tab, CR, LF or NUL gets a leading '.
// Numbers are never touched: -5 in a number column stays -5. Use it for every exported text cell.

const LEADING_CONTROL = /^[\t\r\n\0]/;
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

export const needsNeutralising = (text: string): boolean =>
  LEADING_CONTROL.test(text) || FORMULA_START.test(text);

/** '=1+2' → "'=1+2"; '小松' → '小松'. */
export const neutraliseText = (text: string): string =>
  needsNeutralising(text) ? `'${text}` : text;

/** Any cell value: strings are neutralised, everything else is returned as is. */
export function sanitizeCell<T>(value: T): T | string {
  return typeof value === 'string' ? neutraliseText(value) : value;
}
