// Writes the report a leader receives (.xlsx: 汇总, 缺口, 招商目标, 招商线索, 目标企业 per chain) with
// write-excel-file: a bold title row over bold Chinese headers, both frozen and repeated on every
// printed page (A4 landscape, scaled to the page's width), column widths, number formats. Text cells
// are already neutralised by shared/analysis/report-sheets.
import type { Blob } from 'node:buffer';
import { basename, extname } from 'node:path';
import type { Stream } from 'node:stream';

import writeXlsxFile, { type Feature, type Row } from 'write-excel-file/node';

import {
  reportSheets,
  type ReportCell,
  type ReportSheet,
} from '../../../shared/analysis/report-sheets.js';
import type { AnalysisScope } from '../../../shared/analysis/run-analysis.js';
import { runAnalysis } from './analysis-service.js';
import { listLeadRows } from './lead-service.js';
import type { Workspace } from './workspace.js';

/** What write-excel-file/node writes to (its features are typed over it). */
type FileContent = Stream | Buffer | Blob;

const toCell = (c: ReportCell): Row[number] => {
  if (c === null) return null;
  if (typeof c === 'string') return { value: c, type: String, wrap: c.includes('\n') };
  if (typeof c === 'number') return { value: c, type: Number };
  return { value: c.value, type: Number, format: c.format };
};

/** Title and header rows: frozen on screen, repeated at the top of every printed page. */
const HEAD_ROWS = 2;
/** Columns (in Excel character widths) that fit across A4 landscape at 100 %, margins included. */
const A4_LANDSCAPE_WIDTH = 135;

/** The print scale (10–100 %) that fits a sheet's columns across one landscape page. */
export const printScale = (s: ReportSheet): number =>
  Math.max(
    10,
    Math.min(
      100,
      Math.floor((A4_LANDSCAPE_WIDTH / s.columns.reduce((n, c) => n + c.width, 0)) * 100),
    ),
  );

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;
const xmlText = (v: string) =>
  v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * write-excel-file sets paper and orientation but has no print titles or scale: the workbook's
 * _xlnm.Print_Titles names repeat the head rows on every page, and each sheet's pageSetup gets its
 * scale.
 */
function printLayout(sheets: readonly ReportSheet[]): Feature<FileContent> {
  const names = sheets
    .map(
      (s, i) =>
        `<definedName name="_xlnm.Print_Titles" localSheetId="${String(i)}">${xmlText(
          `${quoteSheet(s.name)}!$1:$${String(HEAD_ROWS)}`,
        )}</definedName>`,
    )
    .join('');
  return {
    files: {
      transform: {
        'xl/workbook.xml': {
          transform: (xml) =>
            xml.includes('<definedNames/>')
              ? xml.replace('<definedNames/>', `<definedNames>${names}</definedNames>`)
              : xml.replace('<calcPr', `<definedNames>${names}</definedNames><calcPr`),
        },
        'xl/worksheets/sheet{id}.xml': {
          transformElementAttributes: (tag, attributes, _index, _options, { sheetIndex }) => {
            const sheet = sheets[sheetIndex];
            return tag === 'pageSetup' && sheet
              ? { ...attributes, scale: printScale(sheet) }
              : attributes;
          },
        },
      },
    },
  };
}

function workbook(sheets: ReportSheet[]) {
  const bold = (v: string) => ({ value: v, type: String, fontWeight: 'bold' as const });
  return writeXlsxFile(
    sheets.map((s) => ({
      sheet: s.name,
      columns: s.columns.map((c) => ({ width: c.width })),
      orientation: 'landscape' as const,
      stickyRowsCount: HEAD_ROWS,
      data: [
        [{ ...bold(s.title), fontSize: 13, columnSpan: s.columns.length }],
        s.columns.map((c) => bold(c.header)),
        ...s.rows.map((r) => r.map(toCell)),
      ],
    })),
    { fontFamily: 'Microsoft YaHei', features: [printLayout(sheets)] },
  );
}

const today = (): string => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** The report's sheets for a workspace and scope (a cluster, or everything). */
export function workspaceReportSheets(ws: Workspace, scope: AnalysisScope = {}): ReportSheet[] {
  const analysis = runAnalysis(ws, scope, { centrality: false });
  return reportSheets(analysis, {
    workspace: basename(ws.file, extname(ws.file)),
    date: today(),
    leads: listLeadRows(ws),
  });
}

export async function writeReport(sheets: ReportSheet[], file: string): Promise<void> {
  await workbook(sheets).toFile(file);
}

/** The report as bytes with its file name, for shells that hand it to the user (download, dialog). */
export async function reportFile(
  ws: Workspace,
  scope: AnalysisScope = {},
): Promise<{ fileName: string; bytes: Buffer }> {
  const bytes = await workbook(workspaceReportSheets(ws, scope)).toBuffer();
  return { fileName: `招商分析报告-${today()}.xlsx`, bytes };
}
