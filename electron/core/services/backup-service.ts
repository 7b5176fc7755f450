// Backup use-cases for the 备份与恢复 screen and the CLI: the list, a backup taken now, a restore
// (after backing up the current state), and the daily backup a shell takes when it opens a workspace.
import { statSync } from 'node:fs';
import { basename } from 'node:path';

import { AppError } from '../../../shared/ipc/result.js';
import { backupEntries, type BackupEntry } from '../backup/backup-list.js';
import { dailyBackup } from '../backup/daily-backup.js';
import { restoreBackup, type RestoreResult } from '../backup/restore.js';
import {
  assertWritable,
  backupBytesLimit,
  KEEP_BACKUPS,
  startBackup,
  type WorkspaceFile,
} from '../backup/workspace-backup.js';
import { undoStopsHere } from './undo-service.js';
import type { Workspace } from './workspace.js';

export type { BackupEntry, RestoreResult };

/** Needs only the file's path: the list also answers for a damaged file that cannot be opened. */
export const backupList = (
  ws: WorkspaceFile,
): { keep: number; maxBytes: number; backups: BackupEntry[] } => ({
  keep: KEEP_BACKUPS,
  maxBytes: backupBytesLimit(fileSize(ws.file)),
  backups: backupEntries(ws),
});

const fileSize = (file: string): number => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

/** A backup the user asked for (reason manual); answers its id. */
export async function backupNow(ws: Workspace): Promise<string> {
  if (ws.file === ':memory:' || ws.file === '')
    throw new AppError(
      'UNSUPPORTED',
      '内存中的工作区不能备份',
      undefined,
      'An in-memory workspace cannot be backed up',
    );
  assertWritable(ws);
  const file = (await startBackup(ws, 'manual')).keep();
  return basename(file ?? '');
}

/** Undo stops at a restore: the edits before it belong to the state the restore replaced. */
export async function backupRestore(ws: Workspace, id: string): Promise<RestoreResult> {
  const result = await restoreBackup(ws, id);
  undoStopsHere(ws, 'restore');
  return result;
}

/** The first open of the day keeps a copy; never throws (see daily-backup.ts). */
export const backupOnOpen = (ws: Workspace, now?: Date): Promise<string | null> =>
  dailyBackup(ws, now);
