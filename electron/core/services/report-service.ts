// Writes the gap report (.xlsx: 汇总, 缺口, 招商目标) with write-excel-file: Chinese headers in bold,
// frozen header row, column widths. Text cells are already neutralised by shared/analysis/report-sheets.
import writeXlsxFile, { type Row } from 'write-excel-file/node';

import { reportSheets, type ReportCell } from '../../../shared/analysis/report-sheets.js';
import type { WorkspaceAnalysis } from '../../../shared/analysis/schemas.js';

const toCell = (c: ReportCell): Row[number] => {
  if (c === null) return null;
  if (typeof c === 'string') return { value: c, type: String, wrap: c.includes('\n') };
  if (typeof c === 'number') return { value: c, type: Number };
  return { value: c.value, type: Number, format: c.format };
};

function workbook(analysis: WorkspaceAnalysis) {
  const sheets = reportSheets(analysis).map((s) => ({
    sheet: s.name,
    columns: s.columns.map((c) => ({ width: c.width })),
    stickyRowsCount: 1,
    data: [
      s.columns.map((c) => ({ value: c.header, type: String, fontWeight: 'bold' as const })),
      ...s.rows.map((r) => r.map(toCell)),
    ],
  }));
  return writeXlsxFile(sheets, { fontFamily: 'Microsoft YaHei' });
}

export async function writeReport(analysis: WorkspaceAnalysis, file: string): Promise<void> {
  await workbook(analysis).toFile(file);
}

/** The report as bytes, for shells that hand it to the user themselves (download, save dialog). */
export async function reportBytes(analysis: WorkspaceAnalysis): Promise<Buffer> {
  return workbook(analysis).toBuffer();
}
