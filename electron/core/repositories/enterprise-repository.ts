// SQL for enterprises and their 挂链 mappings: one firm, several by id, inserts. The register's
// paged search and filters are in register-repository.ts.
import type Database from 'better-sqlite3';

import type { Enterprise, EnterpriseSegment } from '../../../shared/domain/schemas.js';
import {
  enterpriseColumns,
  enterpriseParams,
  mappingColumns,
  toEnterprise,
  toMapping,
  type EnterpriseTuple,
  type MappingTuple,
} from './row-mappers.js';

export function getEnterprise(db: Database.Database, id: number): Enterprise | undefined {
  const row = db
    .prepare(`SELECT ${enterpriseColumns()} FROM enterprise WHERE id = ?`)
    .raw(true)
    .get(id) as EnterpriseTuple | undefined;
  return row && toEnterprise(row);
}

/** Every firm (the analysis loads them all), or the given ones, by id. */
export function listEnterprises(db: Database.Database, ids?: readonly number[]): Enterprise[] {
  if (ids?.length === 0) return [];
  const where = ids === undefined ? '' : 'WHERE id IN (SELECT value FROM json_each(?))';
  const stmt = db
    .prepare(`SELECT ${enterpriseColumns()} FROM enterprise ${where} ORDER BY id`)
    .raw(true);
  const rows = (
    ids === undefined ? stmt.all() : stmt.all(JSON.stringify(ids))
  ) as EnterpriseTuple[];
  return rows.map(toEnterprise);
}

export function insertEnterprise(db: Database.Database, e: Omit<Enterprise, 'id'>): number {
  return Number(
    db
      .prepare(
        `INSERT INTO enterprise (name, uscc, is_local, province, city, country, park, grid, responsible_person,
           ownership, investor_country, is_above_scale, tags, revenue, employees, founded, main_products, status, is_demo)
         VALUES (@name, @uscc, @isLocal, @province, @city, @country, @park, @grid, @responsiblePerson,
           @ownership, @investorCountry, @isAboveScale, @tags, @revenue, @employees, @founded, @mainProducts, @status, @isDemo)`,
      )
      .run(enterpriseParams(e)).lastInsertRowid,
  );
}

/** 挂链 of one chain or one firm, or every one; the segment join only when a chain is asked for. */
export function listMappings(
  db: Database.Database,
  filter: { chainId?: number; enterpriseId?: number } = {},
): EnterpriseSegment[] {
  const byChain = filter.chainId !== undefined;
  const rows = db
    .prepare(
      `SELECT ${mappingColumns('es')} FROM enterprise_segment es
        ${byChain ? 'JOIN segment s ON s.id = es.segment_id AND s.chain_id = @chainId' : ''}
        WHERE @enterpriseId IS NULL OR es.enterprise_id = @enterpriseId
        ORDER BY es.segment_id, es.enterprise_id`,
    )
    .raw(true)
    .all({
      ...(byChain ? { chainId: filter.chainId } : {}),
      enterpriseId: filter.enterpriseId ?? null,
    });
  return (rows as MappingTuple[]).map(toMapping);
}

export function insertMapping(db: Database.Database, m: EnterpriseSegment): void {
  db.prepare(
    `INSERT INTO enterprise_segment (enterprise_id, segment_id, is_primary, status, evidence)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(m.enterpriseId, m.segmentId, m.isPrimary ? 1 : 0, m.status, m.evidence);
}

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

/** Replaces every field of a firm (the demo flag stays as it is). */
export function updateEnterprise(
  db: Database.Database,
  id: number,
  e: Omit<Enterprise, 'id' | 'isDemo'>,
): void {
  db.prepare(
    `UPDATE enterprise SET name = @name, uscc = @uscc, is_local = @isLocal, province = @province, city = @city,
       country = @country, park = @park, grid = @grid, responsible_person = @responsiblePerson,
       ownership = @ownership, investor_country = @investorCountry, is_above_scale = @isAboveScale,
       tags = @tags, revenue = @revenue, employees = @employees, founded = @founded,
       main_products = @mainProducts, status = @status, updated_at = ${NOW}
     WHERE id = @id`,
  ).run({ ...enterpriseParams(e), id });
}

/** Deletes a firm; the schema cascades its links, 挂链 and aliases and unlinks its leads. */
export function deleteEnterprise(db: Database.Database, id: number): void {
  db.prepare('DELETE FROM enterprise WHERE id = ?').run(id);
}

export function listAliases(db: Database.Database, id: number): string[] {
  return db
    .prepare('SELECT alias FROM enterprise_alias WHERE enterprise_id = ? ORDER BY rowid')
    .pluck()
    .all(id) as string[];
}

export function replaceAliases(
  db: Database.Database,
  id: number,
  aliases: readonly string[],
): void {
  db.prepare('DELETE FROM enterprise_alias WHERE enterprise_id = ?').run(id);
  for (const a of aliases) addAlias(db, id, a);
}

/** Adds a name the firm is known by; true when it was not there yet. */
export function addAlias(db: Database.Database, id: number, alias: string): boolean {
  return (
    db
      .prepare(
        'INSERT INTO enterprise_alias (enterprise_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING',
      )
      .run(id, alias).changes > 0
  );
}

/** Rows that name the firm: its supply links (either end), 挂链, leads and former names. */
export function enterpriseImpact(
  db: Database.Database,
  id: number,
): { links: number; mappings: number; leads: number; aliases: number } {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM supply_link WHERE supplier_id = @id OR buyer_id = @id) AS links,
              (SELECT count(*) FROM enterprise_segment WHERE enterprise_id = @id) AS mappings,
              (SELECT count(*) FROM lead WHERE enterprise_id = @id) AS leads,
              (SELECT count(*) FROM enterprise_alias WHERE enterprise_id = @id) AS aliases`,
    )
    .get({ id }) as { links: number; mappings: number; leads: number; aliases: number };
}

/** id, name and USCC of every firm, and every former name: what a duplicate check compares. */
export function listFirmNames(db: Database.Database): {
  firms: { id: number; name: string; uscc: string | null }[];
  aliases: { id: number; alias: string }[];
} {
  return {
    firms: db.prepare('SELECT id, name, uscc FROM enterprise').all() as {
      id: number;
      name: string;
      uscc: string | null;
    }[],
    aliases: db.prepare('SELECT enterprise_id AS id, alias FROM enterprise_alias').all() as {
      id: number;
      alias: string;
    }[],
  };
}

/** Adds a 挂链 or replaces its flag, status and evidence. */
export function upsertMapping(db: Database.Database, m: EnterpriseSegment): void {
  db.prepare(
    `INSERT INTO enterprise_segment (enterprise_id, segment_id, is_primary, status, evidence)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (enterprise_id, segment_id) DO UPDATE SET is_primary = excluded.is_primary,
       status = excluded.status, evidence = excluded.evidence`,
  ).run(m.enterpriseId, m.segmentId, m.isPrimary ? 1 : 0, m.status, m.evidence);
}

export function deleteMapping(
  db: Database.Database,
  enterpriseId: number,
  segmentId: number,
): boolean {
  return (
    db
      .prepare('DELETE FROM enterprise_segment WHERE enterprise_id = ? AND segment_id = ?')
      .run(enterpriseId, segmentId).changes > 0
  );
}

/** Clears the primary flag of the firm's other 挂链 (a firm has one primary segment). */
export function clearPrimary(db: Database.Database, enterpriseId: number, except: number): void {
  db.prepare(
    'UPDATE enterprise_segment SET is_primary = 0 WHERE enterprise_id = ? AND segment_id <> ?',
  ).run(enterpriseId, except);
}
