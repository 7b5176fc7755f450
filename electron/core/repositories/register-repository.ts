// SQL for the register (企业) page at 20,000 firms: which firms pass the filters and match the search,
// ranked and ordered (拼音 order from the stored search keys) one page at a time with the total, the
// rows of a page with their counts, and the values the filters offer.
import type Database from 'better-sqlite3';

import type { EnterpriseRow } from '../../../shared/ipc/contract.js';
import type {
  EnterpriseFacets,
  EnterpriseFilter,
  EnterpriseSortField,
} from '../../../shared/ipc/enterprise-filter.js';
import { isPinyinQuery } from '../../../shared/text/pinyin.js';
import { foldQuery } from '../../../shared/text/search-keys.js';
import { listEnterprises } from './enterprise-repository.js';
import { keyColumns, type KeyColumns } from './search-key-repository.js';

/** The filters as SQL sees them: the segment state already resolved to segment ids. */
export type RegisterFilter = Omit<EnterpriseFilter, 'query' | 'segmentState'> & {
  segmentIds?: readonly number[] | undefined;
  /** The typed search: names and aliases through their keys; USCC, products, park, tags by LIKE. */
  text?: string | undefined;
};

const SEGMENT_COUNT = `(SELECT count(*) FROM enterprise_segment es WHERE es.enterprise_id = e.id AND es.status <> 'rejected')`;
const SUPPLIER_COUNT = '(SELECT count(*) FROM supply_link l WHERE l.buyer_id = e.id)';
const BUYER_COUNT = '(SELECT count(*) FROM supply_link l WHERE l.supplier_id = e.id)';

// Whitelisted sort values: sort fields never reach SQL as text from the caller. Names and parks are
// ordered by their pinyin keys (see registerPage).
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

/** How the matching firms are ordered. */
export type RegisterOrder = {
  field: EnterpriseSortField;
  descending: boolean;
  /** Name matches first (exact, prefix, contained, pinyin, then other fields): only unsorted. */
  byRelevance: boolean;
};

/**
 * 0 exact, 1 prefix, 2 contained in a spelling, 3 contained in a pinyin form, 4 found by USCC,
 * product, park or tag; NULL no match. Pinyin forms count only for latin queries (@latin).
 */
function relevanceOf(keys: KeyColumns, text: string | undefined): string {
  if (!text) return '0';
  // Tags: the stored JSON text holding the query is a cheap first test; json_each then checks that
  // a tag itself holds it (not the JSON's brackets and quotes).
  const other = `e.uscc LIKE @like ESCAPE '\\' OR e.main_products LIKE @like ESCAPE '\\'
    OR e.park LIKE @like ESCAPE '\\' OR (e.tags LIKE @like ESCAPE '\\'
      AND EXISTS (SELECT 1 FROM json_each(e.tags) t WHERE t.value LIKE @like ESCAPE '\\'))`;
  const { texts: t, pinyin: p } = keys;
  return `CASE WHEN @q = '' THEN (CASE WHEN ${other} THEN 4 END)
    WHEN instr(${t}, @exact) OR (@latin AND instr(${p}, @exact)) THEN 0
    WHEN instr(${t}, @prefix) OR (@latin AND instr(${p}, @prefix)) THEN 1
    WHEN instr(${t}, @q) THEN 2
    WHEN @latin AND instr(${p}, @q) THEN 3
    WHEN ${other} THEN 4 END`;
}

/**
 * The ids of one page (every match when `page` is absent) and how many firms match. Names are in
 * 拼音 order (ties by id); a column sort puts blanks last either way, ties in 拼音 order of the name.
 */
export function registerPage(
  db: Database.Database,
  f: RegisterFilter,
  order: RegisterOrder,
  page?: { offset: number; limit: number },
): { total: number; ids: number[] } {
  const keys = keyColumns(db);
  const { sql: where, params } = whereOf(f);
  const text = f.text?.trim();
  if (text) {
    const q = foldQuery(text);
    Object.assign(params, {
      like: likePattern(text),
      q,
      exact: `\n${q}\n`,
      prefix: `\n${q}`,
      latin: isPinyinQuery(text) ? 1 : 0,
    });
  }
  const value = order.field === 'park' ? 'pinyin_sort_key(e.park)' : SORT_VALUE[order.field];
  const matches = `SELECT ${keys.id} AS id, ${relevanceOf(keys, text)} AS relevance,
      ${keys.sortKey} AS name_key, ${value} AS value
    FROM enterprise e ${keys.join} ${where}`;
  const dir = order.descending ? 'DESC' : 'ASC';
  const byName = order.field === 'name' ? `name_key ${dir}, id ${dir}` : 'name_key, id';
  const orderBy = [
    ...(order.byRelevance && text ? ['relevance'] : []),
    ...(order.field === 'name' ? [] : ['value IS NULL', `value ${dir}`]),
    byName,
  ].join(', ');
  const select = (paged: boolean): number[] =>
    db
      .prepare(
        `SELECT id FROM (${matches}) WHERE relevance IS NOT NULL ORDER BY ${orderBy}
          ${paged ? 'LIMIT @limit OFFSET @offset' : ''}`,
      )
      .pluck()
      .all({ ...params, ...page }) as number[];
  // A search tests every firm's keys: one pass for the page and the count is cheaper than two.
  if (page === undefined || text) {
    const all = select(false);
    return page === undefined
      ? { total: all.length, ids: all }
      : { total: all.length, ids: all.slice(page.offset, page.offset + page.limit) };
  }
  const total = db
    .prepare(`SELECT count(*) FROM (${matches}) WHERE relevance IS NOT NULL`)
    .pluck()
    .get(params) as number;
  const ids = select(true);
  return { total, ids };
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
