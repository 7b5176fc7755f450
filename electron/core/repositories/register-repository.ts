// SQL for the register (企业) page at 20,000 firms: which firms pass the filters (ids with the value
// they are sorted by), one page of rows with their counts, the names and aliases search keys are
// built from, and the values the filters offer. Paging, ranking and 拼音 order happen in the service.
import type Database from 'better-sqlite3';

import type { EnterpriseRow } from '../../../shared/ipc/contract.js';
import type {
  EnterpriseFacets,
  EnterpriseFilter,
  EnterpriseSortField,
} from '../../../shared/ipc/enterprise-filter.js';
import { listEnterprises } from './enterprise-repository.js';

/** The filters as SQL sees them: the segment state already resolved to segment ids. */
export type RegisterFilter = Omit<EnterpriseFilter, 'query' | 'segmentState'> & {
  segmentIds?: readonly number[] | undefined;
  /** Text matched against USCC, products, park and tags (names are matched in memory). */
  text?: string | undefined;
};

export type Candidate = { id: number; value: number | string | null; otherHit: boolean };

const SEGMENT_COUNT = `(SELECT count(*) FROM enterprise_segment es WHERE es.enterprise_id = e.id AND es.status <> 'rejected')`;
const SUPPLIER_COUNT = '(SELECT count(*) FROM supply_link l WHERE l.buyer_id = e.id)';
const BUYER_COUNT = '(SELECT count(*) FROM supply_link l WHERE l.supplier_id = e.id)';

// Whitelisted sort values: sort fields never reach SQL as text from the caller. Names are ordered by
// their precomputed pinyin keys in memory, so SQL need not return anything for them.
const SORT_VALUE: Record<EnterpriseSortField, string> = {
  name: 'NULL',
  isLocal: 'e.is_local',
  isAboveScale: 'e.is_above_scale',
  park: 'e.park',
  revenue: 'e.revenue',
  employees: 'e.employees',
  founded: 'e.founded',
  segmentCount: SEGMENT_COUNT,
  supplierCount: SUPPLIER_COUNT,
  buyerCount: BUYER_COUNT,
};

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
const likePattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function whereOf(f: RegisterFilter): { sql: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const eq = (column: string, name: string, value: unknown) => {
    where.push(`${column} = @${name}`);
    params[name] = value;
  };
  if (f.isLocal !== undefined) eq('e.is_local', 'isLocal', f.isLocal ? 1 : 0);
  if (f.isAboveScale !== undefined) eq('e.is_above_scale', 'isAboveScale', f.isAboveScale ? 1 : 0);
  if (f.park !== undefined) eq('e.park', 'park', f.park);
  if (f.ownership !== undefined) eq('e.ownership', 'ownership', f.ownership);
  if (f.investorCountry !== undefined)
    eq('e.investor_country', 'investorCountry', f.investorCountry);
  if (f.tag !== undefined) {
    where.push('EXISTS (SELECT 1 FROM json_each(e.tags) WHERE value = @tag)');
    params['tag'] = f.tag;
  }
  const bySegment =
    f.segmentId !== undefined ||
    f.chainId !== undefined ||
    f.clusterId !== undefined ||
    f.segmentIds !== undefined;
  if (bySegment) {
    // One 挂链 must satisfy every segment condition at once (a 缺链 segment OF the chosen chain).
    where.push(`EXISTS (SELECT 1 FROM enterprise_segment es JOIN segment s ON s.id = es.segment_id
      JOIN chain ch ON ch.id = s.chain_id WHERE es.enterprise_id = e.id AND es.status <> 'rejected'
      AND (@segmentId IS NULL OR s.id = @segmentId) AND (@chainId IS NULL OR ch.id = @chainId)
      AND (@clusterId IS NULL OR ch.cluster_id = @clusterId)
      AND (@segmentIds IS NULL OR s.id IN (SELECT value FROM json_each(@segmentIds))))`);
    params['segmentId'] = f.segmentId ?? null;
    params['chainId'] = f.chainId ?? null;
    params['clusterId'] = f.clusterId ?? null;
    params['segmentIds'] = f.segmentIds === undefined ? null : JSON.stringify(f.segmentIds);
  }
  return { sql: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** Every firm passing the filters, with its sort value and whether the text hits a non-name field. */
export function registerCandidates(
  db: Database.Database,
  f: RegisterFilter,
  sortField: EnterpriseSortField,
): Candidate[] {
  const { sql, params } = whereOf(f);
  const text = f.text?.trim();
  // Tags: the stored JSON text holding the query is a cheap first test; json_each then checks that
  // a tag itself holds it (not the JSON's brackets and quotes).
  const other = text
    ? `(e.uscc LIKE @q ESCAPE '\\' OR e.main_products LIKE @q ESCAPE '\\' OR e.park LIKE @q ESCAPE '\\'
        OR (e.tags LIKE @q ESCAPE '\\'
          AND EXISTS (SELECT 1 FROM json_each(e.tags) t WHERE t.value LIKE @q ESCAPE '\\')))`
    : '0';
  if (text) params['q'] = likePattern(text);
  const rows = db
    .prepare(`SELECT e.id, ${SORT_VALUE[sortField]}, ${other} FROM enterprise e ${sql}`)
    .raw(true)
    .all(params) as [number, number | string | null, number][];
  return rows.map(([id, value, hit]) => ({ id, value, otherHit: hit === 1 }));
}

/** The rows of one page, in the order of `ids`, with their 挂链 and link counts and chain names. */
export function registerRows(db: Database.Database, ids: readonly number[]): EnterpriseRow[] {
  if (ids.length === 0) return [];
  const firms = new Map(listEnterprises(db, ids).map((e) => [e.id, e]));
  const extras = db
    .prepare(
      `SELECT e.id, ${SEGMENT_COUNT}, ${SUPPLIER_COUNT}, ${BUYER_COUNT},
          (SELECT json_group_array(DISTINCT ch.name) FROM enterprise_segment es JOIN segment s ON s.id = es.segment_id
             JOIN chain ch ON ch.id = s.chain_id WHERE es.enterprise_id = e.id AND es.status <> 'rejected')
         FROM enterprise e WHERE e.id IN (SELECT value FROM json_each(?))`,
    )
    .raw(true)
    .all(JSON.stringify(ids)) as [number, number, number, number, string][];
  const extra = new Map(extras.map((r) => [r[0], r]));
  return ids.flatMap((id) => {
    const firm = firms.get(id);
    const x = extra.get(id);
    if (!firm || !x) return [];
    return [
      {
        ...firm,
        segmentCount: x[1],
        supplierCount: x[2],
        buyerCount: x[3],
        chains: JSON.parse(x[4]) as string[],
      },
    ];
  });
}

/** Ids and names of every firm, and every alias, for the in-memory search keys. */
export function registerNames(db: Database.Database): {
  firms: [number, string][];
  aliases: [number, string][];
} {
  return {
    firms: db.prepare('SELECT id, name FROM enterprise').raw(true).all() as [number, string][],
    aliases: db.prepare('SELECT enterprise_id, alias FROM enterprise_alias').raw(true).all() as [
      number,
      string,
    ][],
  };
}

export function registerFacets(db: Database.Database): EnterpriseFacets {
  const texts = (sql: string) => db.prepare(sql).pluck().all() as string[];
  return {
    parks: texts(`SELECT DISTINCT park FROM enterprise WHERE park IS NOT NULL AND park <> ''`),
    tags: texts(`SELECT DISTINCT t.value FROM enterprise e, json_each(e.tags) t`),
    investorCountries: texts(
      `SELECT DISTINCT investor_country FROM enterprise WHERE investor_country IS NOT NULL AND investor_country <> ''`,
    ),
  };
}
