// Export table → CSV that Excel opens correctly: UTF-8 with BOM, CRLF, every field quoted, text that
// could run as a formula prefixed with ' (OWASP CSV injection); numbers are written as numbers.
import { neutraliseText } from '../../../shared/spreadsheet/sanitize-cell.js';
import type { ExportTable } from '../../../shared/spreadsheet/export-tables.js';
import type { CellValue } from '../../../shared/spreadsheet/types.js';

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

function field(v: CellValue | undefined, numeric: boolean): string {
  if (v === null || v === undefined) return '';
  if (numeric && typeof v === 'number') return String(v);
  return quote(neutraliseText(String(v)));
}

export function writeCsv(table: ExportTable): Buffer {
  const lines = [
    table.columns.map((c) => quote(c.header)).join(','),
    ...table.rows.map((row) =>
      table.columns.map((c, i) => field(row[i], c.type === 'number')).join(','),
    ),
  ];
  return Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8'),
  ]);
}
