// Export of exactly the register's filtered list (企业 page → 导出): the same firms in the same order
// as on screen, in the importer's columns (so the file re-imports unchanged), as .xlsx or CSV.
import { exportTables } from '../../../shared/spreadsheet/export-tables.js';
import type { EnterpriseFilter, EnterpriseSort } from '../../../shared/ipc/enterprise-filter.js';
import { writeCsv } from '../export/write-csv.js';
import { writeXlsx } from '../export/write-xlsx.js';
import { workspaceData } from './analysis-service.js';
import { registerIds } from './enterprise-register.js';
import { workspaceName, type Workspace } from './workspace.js';

export type RegisterFile = { fileName: string; base64: string; count: number };

export async function exportEnterpriseList(
  ws: Workspace,
  filter: EnterpriseFilter,
  sort: EnterpriseSort | undefined,
  format: 'xlsx' | 'csv',
): Promise<RegisterFile> {
  const ids = registerIds(ws, filter, sort);
  const { data } = workspaceData(ws);
  const byId = new Map(data.enterprises.map((e) => [e.id, e]));
  const enterprises = ids.flatMap((id) => {
    const e = byId.get(id);
    return e ? [e] : [];
  });
  const [table] = exportTables({ ...data, enterprises }, 'enterprises');
  if (table === undefined) throw new Error('exportTables gave no enterprise table');
  const bytes = format === 'xlsx' ? await writeXlsx([table]) : writeCsv(table);
  const stem = workspaceName(ws).replace(/\.[^.]+$/, '');
  return {
    fileName: `${stem}-企业名录-筛选.${format}`,
    base64: bytes.toString('base64'),
    count: enterprises.length,
  };
}
