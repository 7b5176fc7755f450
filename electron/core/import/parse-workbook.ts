// xlsx/xls/ods/et bytes → plain sheets, through SheetJS CE 0.20.3 (@e965/xlsx) with the hardened
// options: dense rows, a row cap, nodim (a too-small <dimension> must not hide data, and a declared
// full grid costs nothing), no HTML or styles. Formulas are parsed only to flag the cell; the
// cached value is what is imported and the formula text is dropped here.
import * as XLSX from '@e965/xlsx';

import type { CellValue, SheetData } from '../../../shared/spreadsheet/types.js';
import { reject } from './file-rejected.js';
import type { Limits } from './limits.js';

const pad = (n: number): string => String(n).padStart(2, '0');

function cellValue(cell: XLSX.CellObject | undefined): CellValue {
  if (!cell) return null;
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
      return cell.w ?? '#ERROR';
    default:
      return null;
  }
}

export function parseWorkbook(bytes: Uint8Array, limits: Limits): SheetData[] {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, {
      type: 'buffer',
      dense: true,
      sheetRows: limits.maxRows + 1,
      cellFormula: true,
      cellHTML: false,
      cellStyles: false,
      cellDates: true,
      cellNF: false,
      bookVBA: false,
      nodim: true,
    });
  } catch (e) {
    const msg = (e as Error).message;
    if (/encrypt|password/i.test(msg)) {
      throw reject(
        'ENCRYPTED',
        '文件已加密，请先在 Excel/WPS 中取消密码后再导入',
        'the file is password-protected; remove the password first',
      );
    }
    throw reject(
      'CORRUPT',
      `文件已损坏或格式错误，无法读取（${msg}）`,
      `the file is damaged or not a valid spreadsheet (${msg})`,
    );
  }
  return wb.SheetNames.map((name) => {
    const ws = wb.Sheets[name];
    const data = (ws?.['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
    const rows: CellValue[][] = [];
    const formulaCells: string[] = [];
    let tooWide = false;
    const rowCount = Math.min(data.length, limits.maxRows + 1);
    for (let r = 0; r < rowCount; r++) {
      const src = data[r];
      const row: CellValue[] = [];
      if (src) {
        const width = src.length;
        for (let c = 0; c < width; c++) {
          const cell = src[c];
          if (!cell) continue;
          if (c >= limits.maxColumns) {
            if (cell.v !== undefined && cell.v !== '') tooWide = true;
            continue;
          }
          row[c] = cellValue(cell);
          if (cell.f !== undefined) formulaCells.push(XLSX.utils.encode_cell({ r, c }));
        }
        for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
      }
      rows.push(row);
    }
    const truncated = rows.length > limits.maxRows ? 'rows' : tooWide ? 'columns' : null;
    return { name, rows: rows.slice(0, limits.maxRows), formulaCells, truncated };
  });
}
