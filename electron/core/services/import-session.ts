// The import wizard's use-cases over the contract: read files into a held preview, page its rows and
// consequences, commit it (the import service owns the write and its transaction), cancel, progress,
// history. The preview stays in this process by id, so the renderer never uploads the files twice.
import type { ChannelOutput, ChannelParsedInput } from '../../../shared/ipc/contract.js';
import { AppError } from '../../../shared/ipc/result.js';
import {
  commitImport,
  ImportRejectedError,
  prepareImport,
  previewConsequences,
  previewRows,
  type PreparedImport,
} from '../import/import-service.js';
import type { ParseTransport } from '../import/parse-transport.js';
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
import { rejectedFileName } from '../import/rejected-rows.js';
import { listImportRuns } from '../repositories/import-repository.js';
import type { Workspace } from './workspace.js';

type Input<C extends 'import:preview' | 'import:commit' | 'import:rows'> = ChannelParsedInput<C>;
type Output<C extends 'import:preview' | 'import:commit' | 'import:runs'> = ChannelOutput<C>;

const expired = (): AppError =>
  new AppError(
    'NOT_FOUND',
    '导入预览已失效，请重新选择文件',
    undefined,
    'The import preview has expired; choose the files again',
  );

/** The held preview of this workspace, left held (its rows and consequences are read page by page). */
function held(ws: Workspace, id: string): PreparedImport {
  const prepared = peekImport(id, ws.file);
  if (!prepared) throw expired();
  return prepared;
}

export async function previewImport(
  ws: Workspace,
  input: Input<'import:preview'>,
  transport?: ParseTransport,
): Promise<Output<'import:preview'>> {
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
      ...(transport ? { transport } : {}),
    });
    return { id: holdImport(ws.file, prepared), preview: prepared.preview };
  } finally {
    doneReading(input.requestId);
    clearProgress(input.requestId);
  }
}

export async function commitHeldImport(
  ws: Workspace,
  input: Input<'import:commit'>,
): Promise<Output<'import:commit'>> {
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
    if (e instanceof ImportRejectedError)
      throw new AppError('REJECTED', e.message, e.preview, e.en);
    throw e;
  } finally {
    clearProgress(input.requestId);
  }
}

export const heldRows = (
  ws: Workspace,
  input: Input<'import:rows'>,
): ReturnType<typeof previewRows> => previewRows(held(ws, input.id), input);

export const heldConsequences = (
  ws: Workspace,
  id: string,
): ReturnType<typeof previewConsequences> => previewConsequences(ws, held(ws, id));

/** Stops a preview still reading, or forgets a held one; false when there was neither. */
export const cancelImport = (id: string): { cancelled: boolean } => ({
  cancelled: abortReading(id) || dropImport(id),
});

export const importProgress = latestProgress;

export const importRuns = (ws: Workspace): Output<'import:runs'> => listImportRuns(ws.db);
