// Handlers for the import and export channels (shared/ipc/import-contract.ts), spread into the
// handler table in ./handlers.ts. They map calls onto the import service and the held previews.
import { AppError } from '../../../shared/ipc/result.js';
import type { importContract } from '../../../shared/ipc/import-contract.js';
import { exportWorkspace, importTemplate } from '../export/export-service.js';
import {
  commitImport,
  ImportRejectedError,
  prepareImport,
  previewConsequences,
  previewRows,
  type PreparedImport,
} from '../import/import-service.js';
import { rejectedFileName } from '../import/rejected-rows.js';
import {
  abortReading,
  clearProgress,
  doneReading,
  dropImport,
  holdImport,
  latestProgress,
  peekImport,
  startReading,
  takeImport,
  trackProgress,
} from '../import/pending-imports.js';
import { listImportRuns } from '../repositories/import-repository.js';
import { workspaceName } from '../services/workspace.js';
import type { Handlers } from './handler-types.js';
import { requireWorkspace, type ShellContext } from './shell-context.js';

type ImportChannel = keyof typeof importContract;

const expired = (): AppError =>
  new AppError(
    'NOT_FOUND',
    '导入预览已失效，请重新选择文件 / the import preview has expired; choose the files again',
  );

/** The held preview for this workspace, left held (the rows and consequences views read it). */
function held(
  ctx: ShellContext,
  id: string,
): { prepared: PreparedImport; ws: ReturnType<typeof requireWorkspace> } {
  const ws = requireWorkspace(ctx);
  const prepared = peekImport(id, ws.file);
  if (!prepared) throw expired();
  return { prepared, ws };
}

export const importHandlers: Pick<Handlers, ImportChannel> = {
  'import:preview': async (ctx, input) => {
    const ws = requireWorkspace(ctx);
    const sources = input.files.map((f) => ({
      name: f.name,
      bytes: Buffer.from(f.base64, 'base64'),
      ...(f.encoding ? { encoding: f.encoding } : {}),
    }));
    const reading = startReading(input.requestId);
    try {
      const prepared = await prepareImport(ws, sources, {
        ...(input.mappings ? { mappings: input.mappings } : {}),
        ...(input.decisions ? { decisions: input.decisions } : {}),
        ...(input.acceptNames ? { acceptNames: input.acceptNames } : {}),
        ...(input.replace ? { replace: input.replace } : {}),
        signal: reading.signal,
        onProgress: trackProgress(input.requestId),
        ...(ctx.parseTransport ? { transport: ctx.parseTransport } : {}),
      });
      return { id: holdImport(ws.file, prepared), preview: prepared.preview };
    } finally {
      doneReading(input.requestId);
      clearProgress(input.requestId);
    }
  },
  'import:commit': async (ctx, input) => {
    const ws = requireWorkspace(ctx);
    const prepared = takeImport(input.id, ws.file);
    if (!prepared) throw expired();
    try {
      const result = await commitImport(ws, prepared, {
        acceptWarnings: input.acceptWarnings,
        skipInvalid: input.skipInvalid,
        onProgress: trackProgress(input.requestId),
      });
      const first = prepared.preview.files[0]?.name ?? 'import';
      return {
        runId: result.runId,
        preview: result.preview,
        skipped: result.skipped.length,
        rejectedFile: result.rejectedXlsx
          ? { fileName: rejectedFileName(first), base64: result.rejectedXlsx.toString('base64') }
          : null,
      };
    } catch (e) {
      if (e instanceof ImportRejectedError) throw new AppError('REJECTED', e.message, e.preview);
      throw e;
    } finally {
      clearProgress(input.requestId);
    }
  },
  'import:rows': (ctx, input) => {
    const { prepared } = held(ctx, input.id);
    return previewRows(prepared, input);
  },
  'import:consequences': (ctx, input) => {
    const { prepared, ws } = held(ctx, input.id);
    return previewConsequences(ws, prepared);
  },
  'import:cancel': (_ctx, input) => ({ cancelled: abortReading(input.id) || dropImport(input.id) }),
  'import:progress': (_ctx, input) => latestProgress(input.requestId),
  'import:runs': (ctx) => listImportRuns(requireWorkspace(ctx).db),
  'import:template': async () => ({
    fileName: '导入模板.xlsx',
    base64: (await importTemplate()).toString('base64'),
  }),
  'export:file': async (ctx, input) => {
    const ws = requireWorkspace(ctx);
    const files = await exportWorkspace(ws, input.format, input.what);
    const stem = workspaceName(ws).replace(/\.[^.]+$/, '');
    return {
      files: files.map((f) => ({
        fileName: `${stem}${f.suffix}.${input.format}`,
        base64: f.bytes.toString('base64'),
      })),
    };
  },
};
