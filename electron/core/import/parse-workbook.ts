// xlsx/xls/ods/et bytes → plain sheets, through SheetJS CE 0.20.3 (@e965/xlsx) with the hardened
// options: dense rows, a row cap, nodim (a too-small <dimension> must not hide data, and a declared
// full grid costs nothing), no HTML, styles or display text. Formulas are parsed only to flag the
// cell; the cached value is what is imported and the formula text is dropped here.
import * as XLSX from '@e965/xlsx';

import type { CellValue, SheetData } from '../../../shared/spreadsheet/types.js';
import { cellTooLong, reject } from './file-rejected.js';
import type { Limits } from './limits.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/** Excel's error codes (cellText is off, so SheetJS leaves only the number in .v). */
const ERRORS: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

function cellValue(cell: XLSX.CellObject): CellValue {
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'n':
      return typeof cell.v === 'number' ? cell.v : null;
    case 'b':
      return cell.v === true;
    case 'd': {
      const d = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      return Number.isNaN(d.getTime())
        ? null
        : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    }
    case 'e':
      return cell.w ?? (typeof cell.v === 'number' ? ERRORS[cell.v] : undefined) ?? '#ERROR';
    default:
      return null;
  }
}

// SheetJS reports a damaged file with its own internal messages ("Cannot read properties of
// undefined", "Unsupported value type"): they mean nothing to a user, so they are not shown.
const damaged = () =>
  reject(
    'CORRUPT',
    '文件已损坏或格式错误，无法读取；请在 Excel/WPS 中打开并另存为 .xlsx 后再导入',
    'the file is damaged or not a valid spreadsheet; open it in Excel/WPS and save it as .xlsx again',
  );

/**
 * SheetJS (0.20.3) throws a plain Error for a password-protected file, with no code or class to tell
 * it from a damaged one, so its message is the only sign: "File is password-protected" (.xls, and an
 * .xlsx held in an encrypted container), "Unsupported ODS Encryption", "Unsupported ZIP encryption".
 * Some of its parsers throw bare strings, hence String(e).
 */
export const isEncryptionError = (e: unknown): boolean =>
  /encrypt|password/i.test(e instanceof Error ? e.message : String(e));

function readBook(bytes: Uint8Array, limits: Limits): XLSX.WorkBook {
  try {
    return XLSX.read(bytes, {
      type: 'buffer',
      dense: true,
      sheetRows: limits.maxRows + 1,
      cellFormula: true,
      cellHTML: false,
      cellStyles: false,
      cellText: false,
      cellDates: true,
      cellNF: false,
      bookVBA: false,
      nodim: true,
    });
  } catch (e) {
    if (isEncryptionError(e)) {
      throw reject(
        'ENCRYPTED',
        '文件已加密，请先在 Excel/WPS 中取消密码后再导入',
        'the file is password-protected; remove the password first',
      );
    }
    throw damaged();
  }
}

function sheetRows(name: string, ws: XLSX.WorkSheet, limits: Limits): SheetData {
  const data = (ws['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
  const rows: CellValue[][] = [];
  const formulaCells: string[] = [];
  let tooWide = false;
  const rowCount = Math.min(data.length, limits.maxRows + 1);
  for (let r = 0; r < rowCount; r++) {
    const src = data[r];
    const row: CellValue[] = [];
    if (src) {
      const width = Math.min(src.length, limits.maxColumns);
      for (let c = 0; c < width; c++) {
        const cell = src[c];
        if (!cell) {
          row.push(null);
          continue;
        }
        const v = cellValue(cell);
        if (typeof v === 'string' && v.length > limits.maxCellChars)
          throw cellTooLong(name, r, c, v.length, limits.maxCellChars);
        row.push(v);
        if (cell.f !== undefined) formulaCells.push(XLSX.utils.encode_cell({ r, c }));
      }
      for (let c = width; c < src.length; c++) {
        const v = src[c]?.v;
        if (v !== undefined && v !== '') tooWide = true;
      }
      // Trailing empty cells carry nothing; rows end at their last cell as SheetJS gave them.
      while (row.length > 0 && row[row.length - 1] === null && src[row.length - 1] === undefined)
        row.pop();
    }
    rows.push(row);
  }
  const truncated = rows.length > limits.maxRows ? 'rows' : tooWide ? 'columns' : null;
  return { name, rows: rows.slice(0, limits.maxRows), formulaCells, truncated };
}

export function parseWorkbook(bytes: Uint8Array, limits: Limits): SheetData[] {
  const wb = readBook(bytes, limits);
  // Every spreadsheet program saves at least one sheet; none means the workbook stream is damaged.
  if (wb.SheetNames.length === 0) throw damaged();
  return wb.SheetNames.map((name) => {
    const ws = wb.Sheets[name];
    // SheetJS skips a sheet it cannot parse (a shared-string index past the table, a bad cell
    // record) and carries on with the others; importing the rest would lose that sheet silently.
    if (!ws) {
      throw reject(
        'UNREADABLE_SHEET',
        `工作表“${name}”无法读取（内容已损坏），整个文件不予导入；请在 Excel/WPS 中打开该表检查后另存再导入`,
        `sheet "${name}" cannot be read (its content is damaged), so nothing from this file is imported; open it in Excel/WPS, check it and save again`,
      );
    }
    return sheetRows(name, ws, limits);
  });
}
