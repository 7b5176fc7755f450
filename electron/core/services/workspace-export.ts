// Export use-cases over the contract: the workspace as Excel or CSV files named after it, and the
// blank import template, as bytes the shell hands to the user (download or save dialog).
import type { ChannelOutput } from '../../../shared/ipc/contract.js';
import { exportWorkspace, importTemplate } from '../export/export-service.js';
import { workspaceName, type Workspace } from './workspace.js';

export async function exportFiles(
  ws: Workspace,
  format: 'xlsx' | 'csv',
  what: Parameters<typeof exportWorkspace>[2],
): Promise<ChannelOutput<'export:file'>> {
  const files = await exportWorkspace(ws, format, what);
  const stem = workspaceName(ws).replace(/\.[^.]+$/, '');
  return {
    files: files.map((f) => ({
      fileName: `${stem}${f.suffix}.${format}`,
      base64: f.bytes.toString('base64'),
    })),
  };
}

export const templateFile = async (): Promise<ChannelOutput<'import:template'>> => ({
  fileName: '导入模板.xlsx',
  base64: (await importTemplate()).toString('base64'),
});
