// Recovering a damaged workspace file from its latest good backup: the damaged file (and its -wal /
// -shm) is renamed aside in the same folder, never deleted, and the backup's checked copy is written
// in its place. Works on a file that cannot be opened at all; the caller opens the result.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

import { AppError } from '../../../shared/ipc/result.js';
import { openDatabase } from '../db/open-database.js';
import { asWorkspaceError } from '../db/workspace-errors.js';
import { backupEntries, findBackup, type BackupEntry } from './backup-list.js';

export type Recovery = {
  /** The backup restored (its id, time, reason and counts). */
  restored: BackupEntry;
  /** The file name the damaged file was kept under, beside the restored one. */
  aside: string;
};

/** The newest backup of `file` that opens, passes the check and is not from a newer version. */
export const latestGoodBackup = (file: string): BackupEntry | null =>
  backupEntries({ file }).find((b) => b.problem === null) ?? null;

const SIDE_FILES = ['', '-wal', '-shm', '-journal'];

/** `ws.chainatlas` → `ws.damaged-2026-11-30T10-41-26-123Z.chainatlas` (unique, sorts by time). */
export function asideName(file: string, now = new Date()): string {
  const ext = extname(file);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return join(dirname(file), `${basename(file, ext)}.damaged-${stamp}${ext}`);
}

/** Restores backup `id` over the damaged `file`, keeping the damaged file aside. */
export async function recoverFromBackup(file: string, id: string): Promise<Recovery> {
  const found = findBackup({ file }, id);
  const entry = backupEntries({ file }).find((b) => b.id === found.name);
  let source;
  try {
    // A private in-memory copy: checked, ours, not newer, brought to today's schema.
    source = openDatabase(found.file, { readonly: true });
    const check = source.pragma('integrity_check(1)', { simple: true }) as string;
    if (check !== 'ok') throw new Error(`integrity_check: ${check}`);
  } catch (e) {
    source?.close();
    const err = asWorkspaceError(e, found.file);
    throw new AppError(
      'CORRUPT',
      `备份“${id}”也无法使用，未做任何修改：${err?.zh ?? (e as Error).message}`,
      undefined,
      `Backup "${id}" cannot be used either; nothing was changed: ${err?.en ?? (e as Error).message}`,
    );
  }
  const aside = asideName(file);
  const moved: string[] = [];
  let writing = false;
  try {
    for (const suffix of SIDE_FILES) {
      if (!existsSync(`${file}${suffix}`)) continue;
      renameSync(`${file}${suffix}`, `${aside}${suffix}`);
      moved.push(suffix);
    }
    writing = true;
    await source.backup(file);
  } catch (e) {
    // Put everything back as it was: the damaged file stays where the user left it. Only files the
    // copy itself made are removed, and only once every rename had succeeded.
    if (writing) for (const suffix of SIDE_FILES) rmSync(`${file}${suffix}`, { force: true });
    for (const suffix of moved) renameSync(`${aside}${suffix}`, `${file}${suffix}`);
    throw asWorkspaceError(e, file) ?? e;
  } finally {
    source.close();
  }
  return {
    restored: entry ?? {
      id,
      time: '',
      reason: found.reason,
      bytes: 0,
      counts: null,
      problem: null,
    },
    aside: basename(aside),
  };
}
