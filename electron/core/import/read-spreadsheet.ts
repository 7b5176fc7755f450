// The whole untrusted-file read: gate (size, magic bytes, zip directory) then parse. Runs inside
// the parser child process (parse-worker.ts); pure in → plain data out.
import type { WorkbookData } from '../../../shared/spreadsheet/types.js';
import { truncatedPart } from './check-parts.js';
import { decodeText } from './decode-text.js';
import { reject } from './file-rejected.js';
import { LIMITS, type Limits } from './limits.js';
import { parseCsv } from './parse-csv.js';
import { parseWorkbook } from './parse-workbook.js';
import { sniffFormat } from './sniff-format.js';
import { checkZip } from './zip-gate.js';

export type ReadRequest = {
  name: string;
  bytes: Uint8Array;
  encoding?: string;
  limits?: Partial<Limits>;
};

export async function readSpreadsheet(req: ReadRequest): Promise<WorkbookData> {
  const limits: Limits = { ...LIMITS, ...req.limits };
  const kind = sniffFormat(req.name, req.bytes, limits.maxFileBytes);
  if (kind === 'csv') {
    const decoded = decodeText(req.bytes, req.encoding);
    const sheetName = req.name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || 'CSV';
    return {
      file: req.name,
      format: 'csv',
      sheets: [parseCsv(decoded.text, sheetName, limits)],
      encoding: { name: decoded.encoding, confident: decoded.confident },
    };
  }
  let format: WorkbookData['format'] = 'xls';
  if (kind === 'zip') {
    const zip = await checkZip(req.bytes, limits);
    format = zip.entries.includes('content.xml') ? 'ods' : 'xlsx';
    const isOffice = zip.entries.some(
      (e) => e === '[Content_Types].xml' || e === 'mimetype' || e === 'content.xml',
    );
    if (!isOffice) {
      throw reject(
        'UNKNOWN_FORMAT',
        '压缩包中不是表格文件（不是有效的 Excel/ODS 文件）',
        'the archive is not a spreadsheet (not a valid Excel/ODS file)',
      );
    }
    const cut = truncatedPart(zip);
    if (cut) throw cut;
  }
  return { file: req.name, format, sheets: parseWorkbook(req.bytes, limits) };
}
