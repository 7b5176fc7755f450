// Opens a workspace file with the settings every connection needs (DESIGN §5, reliability §4.1),
// checks it is healthy, and migrates it. The one place `new Database` is called.
import Database from 'better-sqlite3';

import {
  APPLICATION_ID,
  latestVersion,
  loadMigrations,
  migrate,
  NewerWorkspaceError,
} from './migrate.js';
import { registerSqlFunctions } from './sql-functions.js';

export class WorkspaceOpenError extends Error {
  constructor(
    readonly code: 'NOT_A_WORKSPACE' | 'CORRUPT' | 'WORKSPACE_TOO_NEW' | 'OPEN_FAILED',
    message: string,
  ) {
    super(message);
  }
}

export type OpenOptions = {
  readonly?: boolean;
  /** Path of an Electron build of the addon; unset under Node. */
  nativeBinding?: string;
};

export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(file, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
      timeout: 5000,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (e) {
    throw new WorkspaceOpenError(
      'OPEN_FAILED',
      `无法打开工作区文件 ${file}：${(e as Error).message}`,
    );
  }
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('trusted_schema = OFF');
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') {
      throw new WorkspaceOpenError('CORRUPT', `工作区文件已损坏（quick_check: ${check}）：${file}`);
    }
    // Refuse foreign or newer files before anything is written (switching to WAL rewrites the header).
    assertOurs(db, file, options.readonly ?? false);
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    if (!options.readonly) migrate(db);
    registerSqlFunctions(db);
    return db;
  } catch (e) {
    db.close();
    if (e instanceof WorkspaceOpenError) throw e;
    const err = e as Error & { code?: string };
    if (err.code === 'SQLITE_NOTADB') {
      throw new WorkspaceOpenError('NOT_A_WORKSPACE', `不是 ChainAtlas 工作区文件：${file}`);
    }
    if (err.code === 'WORKSPACE_TOO_NEW')
      throw new WorkspaceOpenError('WORKSPACE_TOO_NEW', err.message);
    if (err.code === 'SQLITE_CORRUPT') {
      throw new WorkspaceOpenError('CORRUPT', `工作区文件已损坏：${file}`);
    }
    throw new WorkspaceOpenError('OPEN_FAILED', `无法打开工作区文件 ${file}：${err.message}`);
  }
}

/**
 * Another program's SQLite file must be refused, not migrated into (which would write our tables
 * into it); a read-only open, which cannot migrate, also needs a schema it understands.
 */
function assertOurs(db: Database.Database, file: string, readonly: boolean): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (appId === APPLICATION_ID) {
    const latest = latestVersion(loadMigrations());
    if (version > latest) throw new NewerWorkspaceError(version, latest);
    return;
  }
  const objects = (db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n;
  if (readonly || objects > 0 || version !== 0) {
    throw new WorkspaceOpenError('NOT_A_WORKSPACE', `不是 ChainAtlas 工作区文件：${file}`);
  }
}

/** Flushes the WAL into the main file so a copied workspace is whole; call before quitting. */
export function closeDatabase(db: Database.Database): void {
  if (db.open) {
    if (!db.readonly) db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
  }
}
