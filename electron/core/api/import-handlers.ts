// Handlers for the import and export channels (shared/ipc/import-contract.ts), spread into the
// handler table in ./handlers.ts. Each maps its call onto the import session or export services.
import type { importContract } from '../../../shared/ipc/import-contract.js';
import { prepareReader } from '../import/import-service.js';
import {
  cancelImport,
  commitHeldImport,
  heldConsequences,
  heldRows,
  importProgress,
  importRuns,
  previewImport,
} from '../services/import-session.js';
import { exportEnterpriseList } from '../services/register-export.js';
import { exportFiles, templateFile } from '../services/workspace-export.js';
import type { Handlers } from './handler-types.js';
import { requireWorkspace } from './shell-context.js';

type ImportChannel = keyof typeof importContract;

export const importHandlers: Pick<Handlers, ImportChannel> = {
  'import:ready': (ctx) => {
    // Not awaited: the page goes on while the reader starts; a failure only costs that head start.
    prepareReader(ctx.parseTransport).catch(() => undefined);
    return {};
  },
  'import:preview': (ctx, input) => previewImport(requireWorkspace(ctx), input, ctx.parseTransport),
  'import:commit': (ctx, input) => commitHeldImport(requireWorkspace(ctx), input),
  'import:rows': (ctx, input) => heldRows(requireWorkspace(ctx), input),
  'import:consequences': (ctx, input) => heldConsequences(requireWorkspace(ctx), input.id),
  'import:cancel': (_ctx, input) => cancelImport(input.id),
  'import:progress': (_ctx, input) => importProgress(input.requestId),
  'import:runs': (ctx) => importRuns(requireWorkspace(ctx)),
  'import:template': () => templateFile(),
  'export:file': async (ctx, input) => {
    const ws = requireWorkspace(ctx);
    // The register's 导出: exactly the filtered list, in its order.
    if (input.filter === undefined) return exportFiles(ws, input.format, input.what);
    const file = await exportEnterpriseList(ws, input.filter, input.sort, input.format);
    return { files: [{ fileName: file.fileName, base64: file.base64 }] };
  },
};
