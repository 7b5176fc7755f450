// SQL for analysis settings (rows of the `setting` table under 'analysis.*') and analysis snapshots.
import type Database from 'better-sqlite3';

import {
  AnalysisSettingsSchema,
  SETTING_KEYS,
  type AnalysisSettings,
} from '../../../shared/analysis/input.js';

export function readAnalysisSettings(db: Database.Database): AnalysisSettings {
  const rows = db.prepare(`SELECT key, value FROM setting WHERE key LIKE 'analysis.%'`).all() as {
    key: string;
    value: string;
  }[];
  const byKey = new Map(rows.map((r) => [r.key, r.value]));
  const raw: Record<string, unknown> = {};
  for (const [field, key] of Object.entries(SETTING_KEYS)) {
    const v = byKey.get(key);
    if (v !== undefined) raw[field] = JSON.parse(v) as unknown;
  }
  // A hand-edited bad value falls back to the default for that field rather than breaking analysis.
  const parsed = AnalysisSettingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const clean: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(raw)) {
    if (AnalysisSettingsSchema.safeParse({ [field]: value }).success) clean[field] = value;
  }
  return AnalysisSettingsSchema.parse(clean);
}

/** Stores the given fields; runs inside the caller's transaction. */
export function writeAnalysisSettings(db: Database.Database, s: Partial<AnalysisSettings>): void {
  const put = db.prepare(
    `INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
  );
  for (const [field, key] of Object.entries(SETTING_KEYS)) {
    const v = s[field as keyof AnalysisSettings];
    if (v !== undefined) put.run(key, JSON.stringify(v));
  }
}

export type SnapshotRow = { id: number; name: string; takenAt: string };

export function insertSnapshot(db: Database.Database, name: string, payload: unknown): SnapshotRow {
  const id = Number(
    db
      .prepare('INSERT INTO analysis_snapshot (name, payload) VALUES (?, ?)')
      .run(name, JSON.stringify(payload)).lastInsertRowid,
  );
  return db
    .prepare('SELECT id, name, taken_at AS takenAt FROM analysis_snapshot WHERE id = ?')
    .get(id) as SnapshotRow;
}

export function listSnapshots(db: Database.Database): SnapshotRow[] {
  return db
    .prepare(
      'SELECT id, name, taken_at AS takenAt FROM analysis_snapshot ORDER BY taken_at DESC, id DESC',
    )
    .all() as SnapshotRow[];
}

export function snapshotPayload(db: Database.Database, id: number): unknown {
  const row = db.prepare('SELECT payload FROM analysis_snapshot WHERE id = ?').get(id) as
    { payload: string } | undefined;
  return row === undefined ? undefined : (JSON.parse(row.payload) as unknown);
}
