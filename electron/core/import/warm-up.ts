// A reader process started ahead of time (when the import page opens) parses a made-up register
// once before any real file arrives, so the user's own file meets compiled parser code instead
// of paying V8's first-call compilation on top of Node's start. Runs in the parser child only.
import * as XLSX from '@e965/xlsx';

import { readSpreadsheet } from './read-spreadsheet.js';
import { sampleRegister } from './sample-register.js';

/** The sample as Excel writes it (shared strings, compressed). */
function sampleWorkbook(): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const s of sampleRegister())
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(s.rows), s.name);
  return XLSX.write(wb, {
    type: 'buffer',
    bookType: 'xlsx',
    compression: true,
    bookSST: true,
  }) as Uint8Array;
}

/** Reads the sample through the same gate and parser as a user's file; the result is dropped. */
export async function warmUp(): Promise<void> {
  await readSpreadsheet({ name: 'warm-up.xlsx', bytes: sampleWorkbook() });
}
