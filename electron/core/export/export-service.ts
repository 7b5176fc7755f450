// Export use-case: workspace → .xlsx (one sheet per entity) or CSV (one file per entity), as named
// byte buffers; the shell decides where they go (a save dialog, a download, or the CLI's --out).
import { exportTables } from '../../../shared/spreadsheet/export-tables.js';
import { templateTables } from '../../../shared/spreadsheet/template-tables.js';
import type { EntityKind } from '../../../shared/spreadsheet/types.js';
import { loadWorkspaceData } from '../services/analysis-service.js';
import type { Workspace } from '../services/workspace.js';
import { writeCsv } from './write-csv.js';
import { writeXlsx } from './write-xlsx.js';

export type ExportFormat = 'xlsx' | 'csv';
export type ExportWhat = EntityKind | 'all';
/** `suffix` is '' for the single xlsx; for CSV it names the entity (".enterprises"). */
export type ExportedFile = { suffix: string; kind: EntityKind | 'all'; bytes: Buffer };

export async function exportWorkspace(
  ws: Workspace,
  format: ExportFormat,
  what: ExportWhat = 'all',
): Promise<ExportedFile[]> {
  const tables = exportTables(loadWorkspaceData(ws), what);
  if (format === 'xlsx') return [{ suffix: '', kind: what, bytes: await writeXlsx(tables) }];
  if (tables.length === 1 && tables[0])
    return [{ suffix: '', kind: tables[0].kind, bytes: writeCsv(tables[0]) }];
  return tables.map((t) => ({ suffix: `.${t.kind}`, kind: t.kind, bytes: writeCsv(t) }));
}

/** The import template (.xlsx): Chinese headers, one example row per sheet, and a 填写说明 sheet. */
export const importTemplate = (): Promise<Buffer> => writeXlsx(templateTables());
