// The one error a file can be refused with, carrying a code and a Chinese and an English message.
export type RejectCode =
  | 'EMPTY'
  | 'NOT_A_FILE'
  | 'UNREADABLE'
  | 'CHANGED'
  | 'TOO_LARGE'
  | 'UNKNOWN_FORMAT'
  | 'ENCRYPTED'
  | 'CORRUPT'
  | 'UNREADABLE_SHEET'
  | 'CELL_TOO_LONG'
  | 'ZIP_LIMIT'
  | 'ENCODING'
  | 'CSV_SYNTAX'
  | 'PARSER_CRASHED'
  | 'PARSER_TIMEOUT'
  | 'CANCELLED';

export class FileRejectedError extends Error {
  constructor(
    readonly code: RejectCode,
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(`${messageZh} / ${messageEn}`);
  }
}

export const reject = (code: RejectCode, zh: string, en: string): FileRejectedError =>
  new FileRejectedError(code, zh, en);

/** Column letters as Excel shows them (0 → A, 26 → AA). */
export function columnName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A cell longer than Excel itself allows is not a register: refused before any matching sees it. */
export function cellTooLong(
  sheet: string,
  r: number,
  c: number,
  length: number,
  limit: number,
): FileRejectedError {
  const at = `${columnName(c)}${r + 1}`;
  const n = (x: number): string => x.toLocaleString('en');
  return reject(
    'CELL_TOO_LONG',
    `工作表“${sheet}”第 ${r + 1} 行 ${columnName(c)} 列（${at}）单元格内容过长：${n(length)} 个字符，超过 Excel 的上限 ${n(limit)}；这不是正常的表格内容，文件不予导入`,
    `sheet "${sheet}", cell ${at} (row ${r + 1}) is too long: ${n(length)} characters, Excel's limit is ${n(limit)}; not normal spreadsheet content, nothing imported`,
  );
}
