// Workspace files at a chosen schema version, for the per-migration tests: each test writes rows
// into a real file at version N-1 with plain SQL (the repositories speak only today's schema),
// applies migration N, reopens the file and checks the rows and the schema it finds.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';

import { loadMigrations, migrate } from '../../../../../../electron/core/db/migrate.js';

export type MigrationFile = {
  file: string;
  /** Applies every migration up to and including `version`; returns the versions applied. */
  upTo: (version: number) => number[];
  db: () => Database.Database;
  /** Closes and opens the file again, as the next start of the app would. */
  reopen: () => Database.Database;
  dispose: () => void;
};

const ALL = loadMigrations();

/** The version just before `version` among the migration files (0 for the first). */
export function previousVersion(version: number): number {
  const earlier = ALL.filter((m) => m.version < version).map((m) => m.version);
  return earlier.length === 0 ? 0 : Math.max(...earlier);
}

export function migrationFile(): MigrationFile {
  const dir = mkdtempSync(join(tmpdir(), 'chainatlas-migration-'));
  const file = join(dir, 'workspace.chainatlas');
  let db = new Database(file);
  db.pragma('foreign_keys = ON');
  return {
    file,
    upTo: (version) =>
      migrate(
        db,
        ALL.filter((m) => m.version <= version),
      ),
    db: () => db,
    reopen: () => {
      db.close();
      db = new Database(file);
      db.pragma('foreign_keys = ON');
      return db;
    },
    dispose: () => {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const tableNames = (db: Database.Database): string[] =>
  (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);

export const indexNames = (db: Database.Database, table: string): string[] =>
  (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name",
      )
      .all(table) as { name: string }[]
  ).map((r) => r.name);

export const columnNames = (db: Database.Database, table: string): string[] =>
  (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map(
    (r) => r.name,
  );

export const userVersion = (db: Database.Database): number =>
  db.pragma('user_version', { simple: true }) as number;

/** A cluster → chain → segment and two firms, written as 0010 defines them. */
export function seedV10(db: Database.Database): { segment: number; a: number; b: number } {
  db.exec(`INSERT INTO cluster (id, name, color, sort_order) VALUES (1, '高端装备', '#1677ff', 0);
    INSERT INTO chain (id, cluster_id, name, sort_order) VALUES (1, 1, '工程机械', 0);
    INSERT INTO segment (id, chain_id, name, stage, sort_order) VALUES (1, 1, '液压件', 'upstream', 0);
    INSERT INTO enterprise (id, name, uscc, is_local, tags) VALUES
      (1, '小松（山东）工程机械有限公司', NULL, 1, '["外资"]'),
      (2, '江苏恒立液压股份有限公司', NULL, 0, '["上市"]');`);
  return { segment: 1, a: 1, b: 2 };
}
