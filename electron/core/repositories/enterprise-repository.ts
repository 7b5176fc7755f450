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
