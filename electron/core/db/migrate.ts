// Applies the numbered, append-only migrations in ./migrations in one transaction each run,
// tracked by PRAGMA user_version; refuses a workspace written by a newer app version.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type Database from 'better-sqlite3';

import { migrationsDir } from './paths.js';

export type Migration = { version: number; name: string; sql: string };

/** Our files carry this application_id so a foreign SQLite file is recognised as such. */
export const APPLICATION_ID = 0x43_41_54_4c; // 'CATL'

export class NewerWorkspaceError extends Error {
  readonly code = 'WORKSPACE_TOO_NEW';
  constructor(
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `此工作区由更新版本的 ChainAtlas 创建（数据版本 ${String(fileVersion)}，本程序支持到 ${String(appVersion)}），请升级程序后再打开。` +
        ` / This workspace was written by a newer ChainAtlas (schema ${String(fileVersion)} > ${String(appVersion)}); please update the app.`,
    );
  }
}

export function loadMigrations(dir = migrationsDir()): Migration[] {
  const files = readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
  return files.map((name) => ({
    version: Number(name.slice(0, 4)),
    name,
    sql: readFileSync(join(dir, name), 'utf8'),
  }));
}

export function latestVersion(migrations: Migration[]): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

/** Brings the database to the newest schema. Returns the versions applied. */
export function migrate(db: Database.Database, migrations = loadMigrations()): number[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = latestVersion(migrations);
  if (current > latest) throw new NewerWorkspaceError(current, latest);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return [];
  // One transaction for all pending steps: a failure leaves the file exactly as it was.
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      db.pragma(`user_version = ${String(m.version)}`);
    }
    db.pragma(`application_id = ${String(APPLICATION_ID)}`);
  })();
  return pending.map((m) => m.version);
}
