// Across the migrations: each one has its own before/after test in this folder, a file at any
// version is brought to the latest in one go with its rows kept, and a file from a newer app is
// refused by the app without a byte of it changed.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  latestVersion,
  loadMigrations,
  NewerWorkspaceError,
} from '../../../../../../electron/core/db/migrate.js';
import {
  openDatabase,
  WorkspaceOpenError,
} from '../../../../../../electron/core/db/open-database.js';
import { migrationFile, seedV10, userVersion, type MigrationFile } from './migration-files.js';

const MIGRATIONS = loadMigrations();
const LATEST = latestVersion(MIGRATIONS);

let f: MigrationFile;
beforeEach(() => {
  f = migrationFile();
});
afterEach(() => {
  f.dispose();
});

describe('every migration', () => {
  it('has a test named after it in this folder', () => {
    const here = readdirSync(dirname(fileURLToPath(import.meta.url)));
    const missing = MIGRATIONS.map((m) => m.name.replace(/\.sql$/, '.test.ts')).filter(
      (t) => !here.includes(t),
    );
    expect(missing, 'write a before/after test for each new migration').toEqual([]);
  });

  it('a version-10 file with firms reaches the latest version in one open, rows kept', () => {
    f.upTo(10);
    seedV10(f.db());
    const firms = f.db().prepare('SELECT id, name, uscc, tags FROM enterprise ORDER BY id').all();
    f.db().close();
    const db = openDatabase(f.file);
    try {
      expect(userVersion(db)).toBe(LATEST);
      expect(db.prepare('SELECT id, name, uscc, tags FROM enterprise ORDER BY id').all()).toEqual(
        firms,
      );
    } finally {
      db.close();
    }
  });

  it('a file one version past this app is refused with WORKSPACE_TOO_NEW and left unchanged', () => {
    f.upTo(LATEST);
    seedV10(f.db());
    f.db().pragma(`user_version = ${String(LATEST + 1)}`);
    f.db().close();
    const bytes = readFileSync(f.file);
    let error: unknown;
    try {
      openDatabase(f.file).close();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkspaceOpenError);
    expect((error as WorkspaceOpenError).code).toBe('WORKSPACE_TOO_NEW');
    expect((error as WorkspaceOpenError).en).toContain(`schema ${String(LATEST + 1)}`);
    expect(readFileSync(f.file).equals(bytes)).toBe(true);
    // The migration runner refuses on its own too, whoever calls it.
    const db = f.reopen();
    expect(() => f.upTo(LATEST)).toThrow(NewerWorkspaceError);
    expect(userVersion(db)).toBe(LATEST + 1);
  });
});
