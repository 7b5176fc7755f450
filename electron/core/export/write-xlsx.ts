// Export tables → styled .xlsx via write-excel-file: bold header row, frozen, sensible widths, one
// sheet per entity. Text goes out as string cells (inert in Excel) and is also neutralised.
import writeExcelFile from 'write-excel-file/node';

import { neutraliseText } from '../../../shared/spreadsheet/sanitize-cell.js';
import type { ExportTable } from '../../../shared/spreadsheet/export-tables.js';
import type { CellValue } from '../../../shared/spreadsheet/types.js';

const WIDE =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

/** Display width in "characters": CJK and full-width count double. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

export function columnWidths(table: ExportTable): number[] {
  return table.columns.map((c, i) => {
    let w = displayWidth(c.header);
    for (let r = 0; r < Math.min(table.rows.length, 500); r++) {
      const v = table.rows[r]?.[i];
      if (v !== null && v !== undefined) w = Math.max(w, displayWidth(String(v)));
    }
    return Math.min(50, Math.max(8, w + 2));
  });
}

type Cell = {
  value: string | number;
  type: StringConstructor | NumberConstructor;
  fontWeight?: 'bold';
  backgroundColor?: string;
  format?: string;
} | null;

function cell(v: CellValue | undefined, numeric: boolean): Cell {
  if (v === null || v === undefined || v === '') return null;
  if (numeric && typeof v === 'number') return { value: v, type: Number };
  return { value: neutraliseText(String(v)), type: String, format: '@' };
}

export async function writeXlsx(tables: readonly ExportTable[]): Promise<Buffer> {
  const sheets = tables.map((t) => ({
    sheet: t.sheet,
    stickyRowsCount: 1,
    columns: columnWidths(t).map((width) => ({ width })),
    data: [
      t.columns.map((c): Cell => ({
        value: c.header,
        type: String,
        fontWeight: 'bold',
        backgroundColor: '#E6F0FF',
      })),
      ...t.rows.map((row) => t.columns.map((c, i) => cell(row[i], c.type === 'number'))),
    ],
  }));
  // write-excel-file's typings describe cells more narrowly than its runtime accepts (null = empty).
  return await writeExcelFile(sheets as Parameters<typeof writeExcelFile>[0]).toBuffer();
}
