// Opens a workspace file with the settings every connection needs, checks it is healthy and ours, and
// migrates it. The one place connections are made: writable, read-only, or read-only as a fallback.
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

import Database from 'better-sqlite3';

import {
  APPLICATION_ID,
  latestVersion,
  loadMigrations,
  migrate,
  NewerWorkspaceError,
} from './migrate.js';
import { openForReading, sealReadOnly } from './read-connection.js';
import { registerSqlFunctions } from './sql-functions.js';
import { acquireWorkspaceLock } from './workspace-lock.js';
import { assertWriteLockFree, canWriteWorkspace } from './write-access.js';
import { asWorkspaceError, workspaceError } from './workspace-errors.js';

export { WorkspaceOpenError } from './workspace-errors.js';

/** How long a connection waits for another program's write lock before giving up. */
export const BUSY_TIMEOUT_MS = 5000;

export type OpenOptions = {
  /** Only read: never creates, migrates or leaves `-wal`/`-shm` files beside the workspace. */
  readonly?: boolean;
  /** When the file or its folder is not writable, open it read-only instead of refusing. */
  fallbackToReadOnly?: boolean;
  /** Path of an Electron build of the addon; unset under Node. */
  nativeBinding?: string;
  /**
   * The program opening it to write (桌面版, 浏览器模式, 命令行): holds the workspace lock while open,
   * so a second ChainAtlas is refused (one writer per workspace). Read-only opens never lock.
   */
  exclusive?: string;
};

type Mode = 'write' | 'snapshot' | 'shared';

const readOnlyConnections = new WeakSet<Database.Database>();

/** True when the workspace was opened for reading only (asked for, or its file is not writable). */
export const isReadOnly = (db: Database.Database): boolean => readOnlyConnections.has(db);

const damagedConnections = new WeakSet<Database.Database>();

/**
 * A query on this connection met damaged pages (SQLITE_CORRUPT after a clean open: the damage is
 * where quick_check does not look, or happened since). The app then treats it as a damaged file.
 */
export const markDamaged = (db: Database.Database): void => {
  damagedConnections.add(db);
};
export const isMarkedDamaged = (db: Database.Database): boolean => damagedConnections.has(db);

/**
 * A file SQLite does not recognise at all is damaged rather than foreign when it is named as a
 * workspace or has backups of one beside it (its header was overwritten, or a copy stopped short).
 */
function looksLikeWorkspace(file: string): boolean {
  if (extname(file) === '.chainatlas') return true;
  const stem = `${basename(file, extname(file))}.`;
  try {
    return readdirSync(join(dirname(file), 'backups')).some(
      (n) => n.startsWith(stem) && n.endsWith('.sqlite'),
    );
  } catch {
    return false;
  }
}

/** The error a failed open answers with: a workspace whose header is gone is called damaged. */
function openError(e: unknown, file: string): Error {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_NOTADB' && looksLikeWorkspace(file))
    return workspaceError.headerDamaged(file);
  return asWorkspaceError(e, file) ?? workspaceError.openFailed(file, (e as Error).message);
}

export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  const wantsWrite = options.readonly !== true;
  if (wantsWrite && !canWriteWorkspace(file)) {
    // A new file cannot be created there at all, so there is nothing to fall back to.
    if (options.fallbackToReadOnly !== true || !existsSync(file))
      throw workspaceError.readOnly(file);
    return openReadOnly(file, options);
  }
  if (!wantsWrite) return openReadOnly(file, options);
  if (options.exclusive === undefined) return openWritable(file, options);
  const release = acquireWorkspaceLock(file, options.exclusive);
  try {
    const db = openWritable(file, options);
    lockReleases.set(db, release);
    return db;
  } catch (e) {
    release();
    throw e;
  }
}

const lockReleases = new WeakMap<Database.Database, () => void>();

function openWritable(file: string, options: OpenOptions): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(file, {
      timeout: BUSY_TIMEOUT_MS,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (e) {
    throw openError(e, file);
  }
  return prepare(db, file, 'write');
}

function openReadOnly(file: string, options: OpenOptions): Database.Database {
  let conn;
  try {
    conn = openForReading(file, {
      timeout: BUSY_TIMEOUT_MS,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (e) {
    const err = e as Error & { code?: string };
    if (err.code === 'ENOENT') throw workspaceError.openFailed(file, '文件不存在 / file not found');
    throw openError(e, file);
  }
  return prepare(conn.db, file, conn.kind);
}

function prepare(db: Database.Database, file: string, mode: Mode): Database.Database {
  try {
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${String(BUSY_TIMEOUT_MS)}`);
    db.pragma('trusted_schema = OFF');
    // Before anything is written: another program's write lock means "in use", not a half-done open.
    if (mode === 'write') assertWriteLockFree(db, file);
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw workspaceError.corrupt(file, check);
    // Refuse foreign or newer files before anything is written (switching to WAL rewrites the header).
    assertOurs(db, file, mode === 'write');
    if (mode === 'write') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    // A private copy of an older file is brought up to date in memory, so reads see today's schema.
    if (mode !== 'shared') migrate(db);
    // Before sealing: a private copy missing search keys gets them (a restore copies it whole).
    registerSqlFunctions(db);
    if (mode === 'snapshot') sealReadOnly(db);
    if (mode !== 'write') readOnlyConnections.add(db);
    return db;
  } catch (e) {
    db.close();
    if (e instanceof NewerWorkspaceError) {
      throw workspaceError.tooNew(file, e.fileVersion, e.appVersion);
    }
    throw openError(e, file);
  }
}

/**
 * Another program's SQLite file must be refused, not migrated into (which would write our tables
 * into it); only a writable open of an empty file may make it a new workspace.
 */
function assertOurs(db: Database.Database, file: string, mayAdopt: boolean): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (appId === APPLICATION_ID) {
    const latest = latestVersion(loadMigrations());
    if (version > latest) throw new NewerWorkspaceError(version, latest);
    return;
  }
  const objects = (db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n;
  if (!mayAdopt || objects > 0 || version !== 0) throw workspaceError.notAWorkspace(file);
}

/** Flushes the WAL into the main file so a copied workspace is whole; call before quitting. */
export function closeDatabase(db: Database.Database): void {
  if (!db.open) return;
  try {
    if (!db.readonly && !isReadOnly(db)) {
      try {
        db.pragma('wal_checkpoint(TRUNCATE)');
      } catch (e) {
        // Busy or read-only underneath: the WAL stays and is replayed on the next open; still close.
        if (asWorkspaceError(e, '') === undefined) throw e;
      }
    }
    db.close();
  } finally {
    // The lock goes even when closing failed: this program no longer writes the file.
    lockReleases.get(db)?.();
  }
}
