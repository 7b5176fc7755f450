// The 备份与恢复 list: this workspace's kept backups, newest first, with when and why each was taken
// and what it holds. Each copy is opened for reading only (a private in-memory copy, checked and
// brought to today's schema), so a damaged or too-new backup is found here, before anyone restores it.
import { statSync } from 'node:fs';
import { join } from 'node:path';

import type { WorkspaceStats } from '../../../shared/domain/schemas.js';
import { AppError } from '../../../shared/ipc/result.js';
import { openDatabase } from '../db/open-database.js';
import { asWorkspaceError } from '../db/workspace-errors.js';
import { workspaceStats } from '../repositories/stats-repository.js';
import type { Workspace } from '../services/workspace.js';
import { backupDir, listBackups, type WorkspaceFile } from './workspace-backup.js';

export type BackupEntry = {
  /** The backup's file name: the id the list, the restore and the CLI use. */
  id: string;
  /** ISO time the backup was taken. */
  time: string;
  /** import, before-restore, daily, manual (or another word an older version wrote). */
  reason: string;
  bytes: number;
  counts: WorkspaceStats | null;
  /** Why it cannot be restored (damaged, from a newer version …), in Chinese and English. */
  problem: { zh: string; en: string } | null;
};

/** 2026-11-30T10-41-26-123Z → 2026-11-30T10:41:26.123Z */
export const stampTime = (stamp: string): string =>
  stamp.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z');

// Reading a backup copies it into memory: remembered per file by size and modification time.
const checked = new Map<
  string,
  { key: string; counts: WorkspaceStats | null; problem: BackupEntry['problem'] }
>();

/** Opens a backup for reading only and counts it; throws the open's own WorkspaceOpenError. */
export function readBackup<T>(file: string, use: (ws: Workspace) => T): T {
  const db = openDatabase(file, { readonly: true });
  try {
    return use({ db, file });
  } finally {
    db.close();
  }
}

function inspect(file: string): { counts: WorkspaceStats | null; problem: BackupEntry['problem'] } {
  try {
    return { counts: readBackup(file, (b) => workspaceStats(b.db)), problem: null };
  } catch (e) {
    const err = asWorkspaceError(e, file);
    const detail = err
      ? { zh: err.zh, en: err.en }
      : { zh: (e as Error).message, en: (e as Error).message };
    return { counts: null, problem: detail };
  }
}

export function backupEntries(ws: WorkspaceFile): BackupEntry[] {
  const dir = backupDir(ws);
  const out: BackupEntry[] = [];
  for (const b of listBackups(ws)) {
    const file = join(dir, b.name);
    let size = 0;
    let key = '';
    try {
      const st = statSync(file);
      size = st.size;
      key = `${String(st.size)}:${String(st.mtimeMs)}`;
    } catch {
      continue; // pruned between the listing and now
    }
    let seen = checked.get(file);
    if (seen?.key !== key) {
      seen = { key, ...inspect(file) };
      checked.set(file, seen);
    }
    out.push({
      id: b.name,
      time: stampTime(b.stamp),
      reason: b.reason,
      bytes: size,
      counts: seen.counts,
      problem: seen.problem,
    });
  }
  return out.reverse();
}

/** The kept backup of this workspace with that id; anything else (a path, another file) is refused. */
export function findBackup(
  ws: WorkspaceFile,
  id: string,
): { name: string; file: string; stamp: string; reason: string } {
  const found = listBackups(ws).find((b) => b.name === id);
  if (!found)
    throw new AppError(
      'NOT_FOUND',
      `没有这个备份：${id}（可能已被清理；请刷新备份列表）`,
      undefined,
      `No such backup: ${id} (it may have been pruned; refresh the list)`,
    );
  return { ...found, file: join(backupDir(ws), found.name) };
}
