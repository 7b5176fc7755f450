// Restores a backup into the open workspace: the backup is checked first (a damaged or too-new copy
// is refused, nothing changes), the current state is backed up (reason before-restore), then SQLite's
// online backup copies the checked copy over the workspace in one write transaction, so the open
// connection sees the restored rows and a failure half-way leaves the workspace as it was.
import { basename } from 'node:path';

import { AppError } from '../../../shared/ipc/result.js';
import { openDatabase } from '../db/open-database.js';
import { asWorkspaceError } from '../db/workspace-errors.js';
import type { Workspace } from '../services/workspace.js';
import { findBackup } from './backup-list.js';
import { assertWritable, startBackup } from './workspace-backup.js';

export type RestoreResult = {
  /** The backup restored. */
  restored: string;
  /** The backup of the state before the restore (undo by restoring it). */
  before: string | null;
};

function damaged(id: string, e: unknown): AppError {
  const err = asWorkspaceError(e, id);
  const zh = err?.zh ?? (e as Error).message;
  const en = err?.en ?? (e as Error).message;
  return new AppError(
    err?.code === 'WORKSPACE_TOO_NEW' ? 'WORKSPACE_TOO_NEW' : 'CORRUPT',
    `备份“${id}”无法恢复，工作区未做任何修改：${zh}`,
    undefined,
    `Backup "${id}" cannot be restored; the workspace was not changed: ${en}`,
  );
}

export async function restoreBackup(ws: Workspace, id: string): Promise<RestoreResult> {
  const backup = findBackup(ws, id);
  assertWritable(ws);
  let source;
  try {
    // A private in-memory copy, quick_check-ed, ours, not newer, migrated to today's schema.
    source = openDatabase(backup.file, { readonly: true });
    const check = source.pragma('integrity_check(1)', { simple: true }) as string;
    if (check !== 'ok') throw new Error(`integrity_check: ${check}`);
  } catch (e) {
    source?.close();
    throw damaged(id, e);
  }
  try {
    const pending = await startBackup(ws, 'before-restore');
    try {
      await source.backup(ws.file);
    } catch (e) {
      pending.discard();
      throw asWorkspaceError(e, ws.file) ?? e;
    }
    const kept = pending.keep();
    return { restored: id, before: kept === null ? null : basename(kept) };
  } finally {
    source.close();
  }
}
