// Opens a workspace for reading without leaving anything beside it. SQLite's read-only connection to a
// WAL file creates `-wal` and `-shm` files it cannot remove again (this build has no `immutable=1`
// URIs), so when no other program has the file open we read a private in-memory copy instead.
import { existsSync, readFileSync, statSync } from 'node:fs';

import Database from 'better-sqlite3';

export type ReadConnection = {
  db: Database.Database;
  /**
   * 'snapshot': a private in-memory copy (writes fail with SQLITE_READONLY once `sealReadOnly` ran);
   * 'shared': a read-only connection to the live file, because another program is writing it.
   */
  kind: 'snapshot' | 'shared';
};

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** A non-empty `-wal` means a connection is open (or crashed) with changes not yet in the main file. */
export function walInUse(file: string): boolean {
  const wal = `${file}-wal`;
  return existsSync(wal) && statSync(wal).size > 0;
}

export function openForReading(
  file: string,
  settings: { timeout: number; nativeBinding?: string },
): ReadConnection {
  const native = settings.nativeBinding ? { nativeBinding: settings.nativeBinding } : {};
  if (walInUse(file)) {
    // The newest rows live in the other program's WAL: read through it (its -shm already exists).
    const db = new Database(file, {
      readonly: true,
      fileMustExist: true,
      timeout: settings.timeout,
      ...native,
    });
    return { db, kind: 'shared' };
  }
  const bytes = readFileSync(file);
  // An in-memory database cannot use WAL; bytes 18/19 say "WAL" in a WAL file's header. The copy is
  // ours alone, so marking it as a rollback-journal file changes nothing on disk.
  if (bytes.length >= 100 && bytes.toString('latin1', 0, 16) === SQLITE_MAGIC) {
    if (bytes[18] === 2) bytes[18] = 1;
    if (bytes[19] === 2) bytes[19] = 1;
  }
  return { db: new Database(bytes, native), kind: 'snapshot' };
}

/** After an in-memory copy is checked and brought to the current schema, refuse every write. */
export function sealReadOnly(db: Database.Database): void {
  db.pragma('query_only = ON');
}
