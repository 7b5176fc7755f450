// Opening a workspace that is read-only, locked by another program, or only read: a clear error code
// with zh/en text before anything is written, and no -wal/-shm files left beside a file only read.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  BUSY_TIMEOUT_MS,
  closeDatabase,
  isReadOnly,
  openDatabase,
  WorkspaceOpenError,
} from '../../../../../electron/core/db/open-database.js';
import { asWorkspaceError } from '../../../../../electron/core/db/workspace-errors.js';
import { holdWriteLock } from '../../../../support/hold-write-lock.js';
import { makeReadOnly, type Undo } from '../../../../support/read-only-fs.js';

let dir: string;
let undo: Undo[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chainatlas-open-'));
});
afterEach(() => {
  for (const u of undo.reverse()) u();
  undo = [];
  rmSync(dir, { recursive: true, force: true });
});

/** A closed workspace in WAL mode holding one cluster, as the app leaves it after quitting. */
function makeWorkspace(name = 'ws.chainatlas'): string {
  const file = join(dir, name);
  const db = openDatabase(file);
  db.prepare("INSERT INTO cluster (name) VALUES ('高端装备')").run();
  closeDatabase(db);
  return file;
}

const clusters = (db: Database.Database): string[] =>
  (db.prepare('SELECT name FROM cluster ORDER BY id').all() as { name: string }[]).map(
    (r) => r.name,
  );

function openError(fn: () => unknown): WorkspaceOpenError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(WorkspaceOpenError);
    return e as WorkspaceOpenError;
  }
  throw new Error('expected the open to fail');
}

function readOnly(path: string): boolean {
  const r = makeReadOnly(path);
  if (typeof r === 'string') {
    console.warn(`skipped: ${r}`);
    return false;
  }
  undo.push(r);
  return true;
}

describe('read-only opens leave nothing beside the file', () => {
  it('reads a WAL workspace without creating -wal or -shm, and refuses writes', () => {
    const file = makeWorkspace();
    expect(readFileSync(file)[18]).toBe(2); // the header says WAL
    const before = readdirSync(dir).sort();
    const bytes = readFileSync(file);
    const db = openDatabase(file, { readonly: true });
    expect(clusters(db)).toEqual(['高端装备']);
    expect(isReadOnly(db)).toBe(true);
    let writeError: unknown;
    try {
      db.prepare("INSERT INTO cluster (name) VALUES ('x')").run();
    } catch (e) {
      writeError = e;
    }
    expect(asWorkspaceError(writeError, file)?.code).toBe('READ_ONLY');
    closeDatabase(db);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('sees rows another program committed that are still only in its WAL', () => {
    const file = makeWorkspace();
    const other = new Database(file);
    other.pragma('wal_autocheckpoint = 0');
    other.prepare("INSERT INTO cluster (name) VALUES ('新能源')").run();
    const db = openDatabase(file, { readonly: true });
    expect(clusters(db)).toEqual(['高端装备', '新能源']);
    closeDatabase(db);
    other.close();
  });
});

describe('a workspace that is not writable', () => {
  it('is refused for writing with READ_ONLY and left byte for byte as it was', () => {
    const file = makeWorkspace();
    const bytes = readFileSync(file);
    if (!readOnly(file)) return;
    const err = openError(() => openDatabase(file));
    expect(err.code).toBe('READ_ONLY');
    expect(err.zh).toContain('只读');
    expect(err.en).toContain('read-only');
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(readdirSync(dir)).toEqual(['ws.chainatlas']);
  });

  it('opens for reading where the shell allows it, and answers a write with READ_ONLY', () => {
    const file = makeWorkspace();
    if (!readOnly(file)) return;
    const db = openDatabase(file, { fallbackToReadOnly: true });
    expect(isReadOnly(db)).toBe(true);
    expect(clusters(db)).toEqual(['高端装备']);
    let writeError: unknown;
    try {
      db.prepare('DELETE FROM cluster').run();
    } catch (e) {
      writeError = e;
    }
    expect(asWorkspaceError(writeError, file)?.code).toBe('READ_ONLY');
    expect(() => {
      closeDatabase(db);
    }).not.toThrow();
    expect(readdirSync(dir)).toEqual(['ws.chainatlas']);
  });

  it('treats a read-only folder the same way (WAL needs files beside the workspace)', () => {
    mkdirSync(join(dir, 'locked-folder'));
    const file = makeWorkspace('locked-folder/ws.chainatlas');
    const sub = join(dir, 'locked-folder');
    if (!readOnly(sub)) return;
    expect(openError(() => openDatabase(file)).code).toBe('READ_ONLY');
    expect(openError(() => openDatabase(join(sub, 'new.chainatlas'))).code).toBe('READ_ONLY');
    const db = openDatabase(file, { fallbackToReadOnly: true });
    expect(clusters(db)).toEqual(['高端装备']);
    closeDatabase(db);
    expect(readdirSync(sub)).toEqual(['ws.chainatlas']);
  });
});

describe('a workspace another program is writing', () => {
  it('gives WORKSPACE_BUSY within the busy timeout, before anything is written', async () => {
    const file = makeWorkspace();
    const lock = await holdWriteLock(file);
    try {
      const started = Date.now();
      const err = openError(() => openDatabase(file));
      const waited = Date.now() - started;
      expect(err.code).toBe('WORKSPACE_BUSY');
      expect(err.zh).toContain('工作区正被另一个程序使用');
      expect(err.en).toContain('in use by another program');
      expect(waited).toBeGreaterThanOrEqual(BUSY_TIMEOUT_MS - 200);
      expect(waited).toBeLessThan(BUSY_TIMEOUT_MS + 3000);
      // Reading is not blocked by a writer in WAL mode.
      const db = openDatabase(file, { readonly: true });
      expect(clusters(db)).toEqual(['高端装备']);
      closeDatabase(db);
    } finally {
      await lock.release();
    }
    // Once released, the same open succeeds.
    closeDatabase(openDatabase(file));
    expect(existsSync(file)).toBe(true);
  }, 20_000);
});
