// Opening and migrating workspace files on real temp files: versions, refusal of newer or foreign
// files without touching them, rollback of a failing migration, and the connection settings.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  APPLICATION_ID,
  latestVersion,
  loadMigrations,
  migrate,
  NewerWorkspaceError,
  type Migration,
} from '../../../../../electron/core/db/migrate.js';
import {
  closeDatabase,
  openDatabase,
  WorkspaceOpenError,
} from '../../../../../electron/core/db/open-database.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chainatlas-migrate-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const LATEST = latestVersion(loadMigrations());
const tables = (db: Database.Database): string[] =>
  (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);

function openError(fn: () => unknown): WorkspaceOpenError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(WorkspaceOpenError);
    return e as WorkspaceOpenError;
  }
  throw new Error('expected the open to fail');
}

/** A real workspace file, left in rollback-journal mode so the main file holds every byte. */
function makeWorkspace(file: string, userVersion?: number): void {
  const db = openDatabase(file);
  db.prepare("INSERT INTO cluster (name) VALUES ('高端装备')").run();
  if (userVersion !== undefined) db.pragma(`user_version = ${String(userVersion)}`);
  db.pragma('journal_mode = DELETE');
  db.close();
}

describe('migrations', () => {
  it('brings a fresh file to the latest version with our application_id', () => {
    expect(LATEST).toBeGreaterThan(0);
    const db = openDatabase(join(dir, 'new.db'));
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'chain',
        'cluster',
        'enterprise',
        'enterprise_segment',
        'import_run',
        'layout',
        'lead',
        'park',
        'segment',
        'setting',
        'supply_link',
      ]),
    );
    closeDatabase(db);
  });

  it('re-opening is a no-op that keeps the data', () => {
    const file = join(dir, 'ws.db');
    makeWorkspace(file);
    const db = openDatabase(file);
    expect(migrate(db)).toEqual([]);
    expect(db.prepare('SELECT name FROM cluster').pluck().all()).toEqual(['高端装备']);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
    closeDatabase(db);
  });

  it('refuses a file from a newer app version and leaves it byte-for-byte unchanged', () => {
    const file = join(dir, 'newer.db');
    makeWorkspace(file, LATEST + 5);
    const before = readFileSync(file);
    const err = openError(() => openDatabase(file));
    expect(err.code).toBe('WORKSPACE_TOO_NEW');
    expect(err.message).toContain('更新版本');
    expect(err.message).toContain(String(LATEST + 5));
    expect(readFileSync(file).equals(before)).toBe(true);
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST + 5);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('delete');
    raw.close();
  });

  it('migrate() itself refuses a newer database', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${String(LATEST + 1)}`);
    expect(() => migrate(db)).toThrow(NewerWorkspaceError);
    db.close();
  });

  it('rolls back every step when one migration fails', () => {
    const db = new Database(join(dir, 'broken.db'));
    const broken: Migration[] = [
      {
        version: 10,
        name: '0010_a.sql',
        sql: 'CREATE TABLE a (x INTEGER); INSERT INTO a VALUES (1);',
      },
      { version: 20, name: '0020_b.sql', sql: 'CREATE TABLE b (y INTEGER);' },
      {
        version: 30,
        name: '0030_bad.sql',
        sql: 'CREATE TABLE c (z INTEGER); INSERT INTO nowhere VALUES (1);',
      },
    ];
    expect(() => migrate(db, broken)).toThrow(/nowhere/);
    expect(tables(db)).toEqual([]);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.pragma('application_id', { simple: true })).toBe(0);
    // The same list without the bad step applies cleanly afterwards.
    expect(migrate(db, broken.slice(0, 2))).toEqual([10, 20]);
    expect(tables(db)).toEqual(['a', 'b']);
    db.close();
  });

  it('reports a non-database file (an xlsx renamed) as NOT_A_WORKSPACE and leaves it alone', () => {
    const file = join(dir, 'report.db');
    // A zip header followed by noise, like an .xlsx saved under a .db name.
    const bytes = Buffer.concat([
      Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'),
      Buffer.alloc(4096, 7),
    ]);
    writeFileSync(file, bytes);
    expect(openError(() => openDatabase(file)).code).toBe('NOT_A_WORKSPACE');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('reports random bytes as NOT_A_WORKSPACE', () => {
    const file = join(dir, 'noise.db');
    const bytes = Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 256));
    writeFileSync(file, bytes);
    expect(openError(() => openDatabase(file)).code).toBe('NOT_A_WORKSPACE');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('reports a damaged workspace as CORRUPT', () => {
    const file = join(dir, 'damaged.db');
    const db = openDatabase(file);
    const insert = db.prepare('INSERT INTO enterprise (name, main_products) VALUES (?, ?)');
    db.transaction(() => {
      for (let i = 0; i < 2000; i += 1) insert.run(`企业${String(i)}`, '液压件'.repeat(20));
    })();
    db.pragma('journal_mode = DELETE');
    db.close();
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // Overwrite a few pages in the middle of the table with garbage, keeping the header intact.
    bytes.fill(0xa5, pageSize * 20, pageSize * 24);
    writeFileSync(file, bytes);
    expect(openError(() => openDatabase(file)).code).toBe('CORRUPT');
  });

  it("refuses another program's SQLite file instead of migrating into it", () => {
    const file = join(dir, 'other.sqlite');
    const other = new Database(file);
    other.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me');");
    other.close();
    const err = openError(() => openDatabase(file));
    expect(err.code).toBe('NOT_A_WORKSPACE');
    const raw = new Database(file, { readonly: true });
    expect(tables(raw)).toEqual(['notes']);
    raw.close();
  });

  it('opens read-only without creating a missing file', () => {
    const file = join(dir, 'missing.db');
    expect(openError(() => openDatabase(file, { readonly: true })).code).toBe('OPEN_FAILED');
    expect(() => readFileSync(file)).toThrow();
  });
});

describe('connection settings', () => {
  it.each(['fresh', 'reopened'])('sets WAL, FULL, foreign keys and busy timeout (%s)', (when) => {
    const file = join(dir, 'settings.db');
    if (when === 'reopened') closeDatabase(openDatabase(file));
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    closeDatabase(db);
  });
});
