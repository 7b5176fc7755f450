// SQL for analysis settings (rows of the `setting` table under 'analysis.*'), snapshots and lead edits.
import type Database from 'better-sqlite3';

import {
  AnalysisSettingsSchema,
  SETTING_KEYS,
  type AnalysisSettings,
} from '../../../shared/analysis/input.js';
import type {
  Enterprise,
  EnterpriseSegment,
  Lead,
  SupplyLink,
} from '../../../shared/domain/schemas.js';
import { toLead, type LeadRecord } from './row-mappers.js';

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

export function writeAnalysisSettings(db: Database.Database, s: Partial<AnalysisSettings>): void {
  const put = db.prepare(
    `INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
  );
  db.transaction(() => {
    for (const [field, key] of Object.entries(SETTING_KEYS)) {
      const v = s[field as keyof AnalysisSettings];
      if (v !== undefined) put.run(key, JSON.stringify(v));
    }
  })();
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

export function getLead(db: Database.Database, id: number): Lead | undefined {
  const row = db.prepare('SELECT * FROM lead WHERE id = ?').get(id) as LeadRecord | undefined;
  return row && toLead(row);
}

export type LeadPatch = Partial<
  Pick<Lead, 'stage' | 'owner' | 'nextStep' | 'nextDate' | 'notes' | 'segmentId' | 'targetName'>
>;

const LEAD_COLUMNS: Record<keyof LeadPatch, string> = {
  stage: 'stage',
  owner: 'owner',
  nextStep: 'next_step',
  nextDate: 'next_date',
  notes: 'notes',
  segmentId: 'segment_id',
  targetName: 'target_name',
};

/** Updates the given fields only; column names come from the whitelist above, never from input. */
export function updateLead(db: Database.Database, id: number, patch: LeadPatch): void {
  const fields = (Object.keys(LEAD_COLUMNS) as (keyof LeadPatch)[]).filter(
    (k) => patch[k] !== undefined,
  );
  if (fields.length === 0) return;
  const sets = fields.map((k) => `${LEAD_COLUMNS[k]} = @${k}`).join(', ');
  db.prepare(
    `UPDATE lead SET ${sets}, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = @id`,
  ).run({ ...Object.fromEntries(fields.map((k) => [k, patch[k]])), id });
}

type EnterpriseTuple = [
  number,
  string,
  string | null,
  number,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  Enterprise['ownership'],
  string | null,
  number,
  string,
  number | null,
  number | null,
  number | null,
  string | null,
  Enterprise['status'],
  number,
];

/**
 * All enterprises, read in raw (array) mode: the analysis loads every firm, and at 20,000 firms the
 * per-row object building of the general repository is a noticeable part of the run.
 */
export function loadEnterprisesFast(db: Database.Database): Enterprise[] {
  const rows = db
    .prepare(
      `SELECT id, name, uscc, is_local, province, city, country, park, grid, responsible_person, ownership,
              investor_country, is_above_scale, tags, revenue, employees, founded, main_products, status, is_demo
         FROM enterprise ORDER BY id`,
    )
    .raw(true)
    .all() as EnterpriseTuple[];
  return rows.map((r) => ({
    id: r[0],
    name: r[1],
    uscc: r[2],
    isLocal: r[3] === 1,
    province: r[4],
    city: r[5],
    country: r[6],
    park: r[7],
    grid: r[8],
    responsiblePerson: r[9],
    ownership: r[10],
    investorCountry: r[11],
    isAboveScale: r[12] === 1,
    tags: r[13] === '[]' ? [] : (JSON.parse(r[13]) as string[]),
    revenue: r[14],
    employees: r[15],
    founded: r[16],
    mainProducts: r[17],
    status: r[18],
    isDemo: r[19] === 1,
  }));
}

type LinkTuple = [
  number,
  number,
  number,
  string | null,
  number | null,
  number | null,
  number | null,
  SupplyLink['source'],
  number | null,
  number | null,
];

/** All supply links in raw mode (see loadEnterprisesFast). */
export function loadLinksFast(db: Database.Database): SupplyLink[] {
  const rows = db
    .prepare(
      `SELECT id, supplier_id, buyer_id, product, segment_id, amount, share, source, year_from, year_to
         FROM supply_link ORDER BY id`,
    )
    .raw(true)
    .all() as LinkTuple[];
  return rows.map((r) => ({
    id: r[0],
    supplierId: r[1],
    buyerId: r[2],
    product: r[3],
    segmentId: r[4],
    amount: r[5],
    share: r[6],
    source: r[7],
    yearFrom: r[8],
    yearTo: r[9],
  }));
}

/** Every 挂链 mapping in raw mode, without the join the filtered repository query needs. */
export function loadMappingsFast(db: Database.Database): EnterpriseSegment[] {
  const rows = db
    .prepare(
      'SELECT enterprise_id, segment_id, is_primary, status, evidence FROM enterprise_segment',
    )
    .raw(true)
    .all() as [number, number, number, EnterpriseSegment['status'], string | null][];
  return rows.map((r) => ({
    enterpriseId: r[0],
    segmentId: r[1],
    isPrimary: r[2] === 1,
    status: r[3],
    evidence: r[4],
  }));
}
