// CSV text → one sheet of text cells (papaparse, no type coercion: "=1+1", an 18-digit USCC and
// "001234" arrive exactly as written). A `sep=;` first line (Excel's hint) sets the delimiter.
import Papa from 'papaparse';

import type { SheetData } from '../../../shared/spreadsheet/types.js';
import { cellTooLong, reject } from './file-rejected.js';
import type { Limits } from './limits.js';

const GUESS = [',', '\t', ';', '|'];

export function parseCsv(text: string, sheetName: string, limits: Limits): SheetData {
  let body = text;
  let delimiter = '';
  const sep = /^sep=(.)\r?\n/i.exec(body);
  if (sep?.[1]) {
    delimiter = sep[1];
    body = body.slice(sep[0].length);
  }
  if (delimiter === '') {
    // Papaparse's guess is thrown off by the empty row a final newline makes in tiny files.
    const sample = Papa.parse<string[]>(body.slice(0, 64 * 1024).replace(/[\r\n]+$/, ''), {
      preview: 20,
      delimitersToGuess: GUESS,
    });
    delimiter = sample.meta.delimiter;
  }
  const result = Papa.parse<string[]>(body, {
    delimiter,
    dynamicTyping: false,
    skipEmptyLines: false,
    preview: limits.maxRows + 1,
  });
  const quote = result.errors.find((e) => e.type === 'Quotes');
  if (quote) {
    const row = (quote.row ?? 0) + 1;
    throw reject(
      'CSV_SYNTAX',
      `第 ${row} 行引号不匹配，文件可能被截断或格式有误`,
      `unbalanced quote at row ${row}; the file may be truncated or malformed`,
    );
  }
  const rows = result.data;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const length = row[c]?.length ?? 0;
      if (length > limits.maxCellChars)
        throw cellTooLong(sheetName, r, c, length, limits.maxCellChars);
    }
  }
  // Papaparse yields [''] for an empty line; keep the line (row numbers must match the file).
  const truncated =
    rows.length > limits.maxRows
      ? 'rows'
      : rows.some((r) => r.length > limits.maxColumns)
        ? 'columns'
        : null;
  return { name: sheetName, rows: rows.slice(0, limits.maxRows), formulaCells: [], truncated };
}
