// Can this process write the workspace, and is another program writing it right now? Answered before
// anything is written (migration, WAL switch, backup), so a refused open leaves the file untouched.
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';

import type Database from 'better-sqlite3';

import { workspaceError } from './workspace-errors.js';

const writableNow = (path: string): boolean => {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * The file (when it exists) and its folder must both be writable: WAL keeps `-wal` and `-shm` beside
 * the file, and backups go in the folder. `access` also reports immutable files and read-only mounts
 * for root, for whom permission bits alone never refuse a write.
 */
export function canWriteWorkspace(file: string): boolean {
  const dir = dirname(file);
  if (!existsSync(dir) || !writableNow(dir)) return false;
  return !existsSync(file) || writableNow(file);
}

/**
 * Takes and releases the write lock once. Another connection holding a write transaction (or an
 * exclusive lock) makes this wait up to the busy timeout, then fail with WORKSPACE_BUSY.
 */
export function assertWriteLockFree(db: Database.Database, file: string): void {
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) throw workspaceError.busy(file);
    throw e;
  }
  db.exec('ROLLBACK');
}
