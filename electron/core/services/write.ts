// The one way a use-case changes a workspace: its rows change inside one write transaction, taken
// at the start (BEGIN IMMEDIATE) so a write lock held by another program is met before any work.
// Every committed write changes the workspace revision (revision.ts), which caches compare, and is
// known to undo (electron/core/undo): hand edits go through edit.ts and are recorded; a bulk write
// names itself as a barrier undo stops at.
import { AppError } from '../../../shared/ipc/result.js';
import { isReadOnly } from '../db/open-database.js';
import { workspaceError } from '../db/workspace-errors.js';
import type { BarrierKind } from '../undo/undo-journal.js';
import { journaledWrite, type WriteMode } from '../undo/undo-write.js';
import type { Workspace } from './workspace.js';

export type WriteOptions = {
  /**
   * A bulk write (an import, a restore, a chain template, the demo data): it is not recorded for
   * undo, and undo stops at it with a message naming it. Without it, a write that changes rows undo
   * records (firms, links, segments…) is a barrier too; use editWorkspace for hand edits.
   */
  barrier?: BarrierKind;
};

/** Runs `change` in a transaction: all of it is written, or nothing (it throws, the rows stay). */
export function writeWorkspace<T>(ws: Workspace, change: () => T, options: WriteOptions = {}): T {
  return runWrite(
    ws,
    change,
    options.barrier === undefined ? { kind: 'plain' } : { kind: 'bulk', barrier: options.barrier },
  );
}

/** The write itself, for edit.ts: read-only refused first, storage failures explained. */
export const runWrite = <T>(ws: Workspace, change: () => T, mode: WriteMode): T =>
  guardWrite(ws, () => journaledWrite(ws.db, change, mode));

/** Around any write (undo's too): a read-only workspace is refused, a full disk said plainly. */
export function guardWrite<T>(ws: Workspace, write: () => T): T {
  // A workspace opened for reading answers with the same message as any refused write.
  if (ws.db.readonly || isReadOnly(ws.db)) throw workspaceError.readOnly(ws.file);
  try {
    return write();
  } catch (e) {
    throw storageFailure(e, ws.file) ?? e;
  }
}

/** A disk that is full or failing, said plainly: SQLite rolled the transaction back. */
export function storageFailure(e: unknown, file: string): AppError | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (code === 'SQLITE_FULL')
    return new AppError(
      'WRITE_FAILED',
      `磁盘空间不足，修改没有保存，工作区保持原样：${file}（请释放磁盘空间后重试）`,
      undefined,
      `The disk is full: the change was not saved and the workspace is unchanged: ${file} (free some space and try again)`,
    );
  if (code.startsWith('SQLITE_IOERR'))
    return new AppError(
      'WRITE_FAILED',
      `写入工作区文件失败（${code}），修改没有保存，工作区保持原样：${file}`,
      undefined,
      `Writing the workspace file failed (${code}): the change was not saved and the workspace is unchanged: ${file}`,
    );
  return undefined;
}
