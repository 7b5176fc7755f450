// SQL for enterprises and their 挂链 mappings: paged/sorted search, detail, inserts.
import type Database from 'better-sqlite3';

import type { Enterprise, EnterpriseSegment } from '../../../shared/domain/schemas.js';
import { isPinyinQuery } from '../../../shared/text/pinyin.js';
import type { EnterpriseRow } from '../../../shared/ipc/contract.js';
import {
  enterpriseColumns,
  enterpriseParams,
  ENTERPRISE_WIDTH,
  mappingColumns,
  toEnterprise,
  toMapping,
  type EnterpriseTuple,
  type MappingTuple,
} from './row-mappers.js';

export type EnterpriseQuery = {
  query?: string | undefined;
  clusterId?: number | undefined;
  chainId?: number | undefined;
  segmentId?: number | undefined;
  isLocal?: boolean | undefined;
  tag?: string | undefined;
  sort?: { field: SortField; direction: 'asc' | 'desc' } | undefined;
  offset: number;
  limit: number;
};
type SortField =
  | 'name'
  | 'isLocal'
  | 'park'
  | 'revenue'
  | 'employees'
  | 'founded'
  | 'segmentCount'
  | 'supplierCount'
  | 'buyerCount';

// Whitelisted ORDER BY expressions: sort fields never reach SQL as text from the caller.
const ORDER: Record<SortField, string> = {
  // 拼音 order, as Chinese staff expect (SQLite alone orders by code point).
  name: 'pinyin_key(e.name)',
  isLocal: 'e.is_local',
  park: 'pinyin_key(e.park)',
  revenue: 'e.revenue',
  employees: 'e.employees',
  founded: 'e.founded',
  segmentCount: 'segment_count',
  supplierCount: 'supplier_count',
  buyerCount: 'buyer_count',
};

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
const likePattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function searchEnterprises(
  db: Database.Database,
  q: EnterpriseQuery,
): { total: number; rows: EnterpriseRow[] } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const text = q.query?.trim();
  if (text) {
    where.push(
      `(e.name LIKE @q ESCAPE '\\' OR e.uscc LIKE @q ESCAPE '\\' OR e.main_products LIKE @q ESCAPE '\\' OR e.park LIKE @q ESCAPE '\\' OR EXISTS (SELECT 1 FROM json_each(e.tags) t WHERE t.value LIKE @q ESCAPE '\\') OR EXISTS (SELECT 1 FROM enterprise_alias a WHERE a.enterprise_id = e.id AND a.alias LIKE @q ESCAPE '\\')${
        isPinyinQuery(text) ? ' OR pinyin_match(e.name, @pinyin) = 1' : ''
      })`,
    );
    params['q'] = likePattern(text);
    if (isPinyinQuery(text)) params['pinyin'] = text.toLowerCase();
  }
  if (q.isLocal !== undefined) {
    where.push('e.is_local = @isLocal');
    params['isLocal'] = q.isLocal ? 1 : 0;
  }
  if (q.tag) {
    where.push('EXISTS (SELECT 1 FROM json_each(e.tags) WHERE value = @tag)');
    params['tag'] = q.tag;
  }
  if (q.segmentId !== undefined || q.chainId !== undefined || q.clusterId !== undefined) {
    where.push(`EXISTS (SELECT 1 FROM enterprise_segment es JOIN segment s ON s.id = es.segment_id
      JOIN chain ch ON ch.id = s.chain_id WHERE es.enterprise_id = e.id AND es.status <> 'rejected'
      AND (@segmentId IS NULL OR s.id = @segmentId) AND (@chainId IS NULL OR ch.id = @chainId)
      AND (@clusterId IS NULL OR ch.cluster_id = @clusterId))`);
    params['segmentId'] = q.segmentId ?? null;
    params['chainId'] = q.chainId ?? null;
    params['clusterId'] = q.clusterId ?? null;
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (
    db.prepare(`SELECT count(*) AS n FROM enterprise e ${whereSql}`).get(params) as { n: number }
  ).n;
  const sort = q.sort ?? { field: 'name', direction: 'asc' };
  // Without a column sort, a search lists firms whose name holds the text before firms found by
  // product, park or tag (typing 小松 should show 小松 first, not a firm that sells its machines).
  const nameMiss =
    text && isPinyinQuery(text)
      ? "(e.name NOT LIKE @q ESCAPE '\\' AND pinyin_match(e.name, @pinyin) = 0)"
      : "e.name NOT LIKE @q ESCAPE '\\'";
  const relevance = text && !q.sort ? `${nameMiss}, ` : '';
  const dir = sort.direction === 'desc' ? 'DESC' : 'ASC';
  const rows = db
    .prepare(
      `SELECT ${enterpriseColumns('e')},
          (SELECT count(*) FROM enterprise_segment es WHERE es.enterprise_id = e.id AND es.status <> 'rejected') AS segment_count,
          (SELECT count(*) FROM supply_link l WHERE l.buyer_id = e.id) AS supplier_count,
          (SELECT count(*) FROM supply_link l WHERE l.supplier_id = e.id) AS buyer_count,
          (SELECT json_group_array(DISTINCT ch.name) FROM enterprise_segment es JOIN segment s ON s.id = es.segment_id
             JOIN chain ch ON ch.id = s.chain_id WHERE es.enterprise_id = e.id AND es.status <> 'rejected') AS chain_names
         FROM enterprise e ${whereSql}
        ORDER BY ${relevance}${ORDER[sort.field]} IS NULL, ${ORDER[sort.field]} ${dir}, e.id
        LIMIT @limit OFFSET @offset`,
    )
    .raw(true)
    .all({ ...params, limit: q.limit, offset: q.offset }) as [
    ...EnterpriseTuple,
    number,
    number,
    number,
    string,
  ][];
  const at = ENTERPRISE_WIDTH;
  return {
    total,
    rows: rows.map((r) => ({
      ...toEnterprise(r as unknown as EnterpriseTuple),
      segmentCount: r[at],
      supplierCount: r[at + 1] as number,
      buyerCount: r[at + 2] as number,
      chains: JSON.parse(r[at + 3] as string) as string[],
    })),
  };
}

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
