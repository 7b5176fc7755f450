// The register (企业) at 20,000 firms: one page at a time with the total count, every filter, and a
// search that ranks exact and prefix name matches first. Search keys (name, short name, aliases, their
// pinyin) and the 拼音 order are kept in memory per workspace revision; unchanged names are not redone.
import type Database from 'better-sqlite3';

import type { EnterpriseListInput, EnterpriseRow } from '../../../shared/ipc/contract.js';
import type {
  EnterpriseFacets,
  EnterpriseFilter,
  EnterpriseSort,
} from '../../../shared/ipc/enterprise-filter.js';
import { isPinyinQuery } from '../../../shared/text/pinyin.js';
import {
  foldQuery,
  matchRank,
  nameKeys,
  searchKeys,
  type SearchKeys,
} from '../../../shared/text/search-keys.js';
import {
  registerCandidates,
  registerFacets,
  registerNames,
  registerRows,
  type Candidate,
  type RegisterFilter,
} from '../repositories/register-repository.js';
import { runAnalysis } from './analysis-service.js';
import { isUncommittedRevision, workspaceRevision } from './revision.js';
import type { Workspace } from './workspace.js';

type RegisterIndex = {
  revision: string;
  keys: Map<number, SearchKeys>;
  /** Firm ids in 拼音 order of their names (ties by id). */
  order: number[];
  /** Position of each firm in that order. */
  nameRank: Map<number, number>;
  facets: EnterpriseFacets;
};

const indexes = new WeakMap<Database.Database, RegisterIndex>();

function registerIndex(db: Database.Database): RegisterIndex {
  const revision = workspaceRevision(db);
  const cached = indexes.get(db);
  if (cached?.revision === revision) return cached;
  const { firms, aliases } = registerNames(db);
  const aliasesOf = new Map<number, string[]>();
  for (const [id, alias] of aliases) aliasesOf.set(id, [...(aliasesOf.get(id) ?? []), alias]);
  const keys = new Map<number, SearchKeys>();
  const order = firms.map(([id, name]) => {
    keys.set(id, searchKeys(name, aliasesOf.get(id)));
    return { id, key: nameKeys(name).sortKey };
  });
  order.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id - b.id));
  const index: RegisterIndex = {
    revision,
    keys,
    order: order.map((o) => o.id),
    nameRank: new Map(order.map((o, i) => [o.id, i])),
    facets: sortFacets(registerFacets(db)),
  };
  if (!isUncommittedRevision(revision)) indexes.set(db, index);
  return index;
}

const byPinyin = (values: string[]): string[] =>
  values
    .map((v) => ({ v, k: nameKeys(v).sortKey }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map((x) => x.v);

const sortFacets = (f: EnterpriseFacets): EnterpriseFacets => ({
  parks: byPinyin(f.parks),
  tags: byPinyin(f.tags),
  investorCountries: byPinyin(f.investorCountries),
});

/** Segment ids in the asked state; the analysis is only run when that filter is used. */
function toSqlFilter(ws: Workspace, f: EnterpriseFilter): RegisterFilter {
  const { query, segmentState, ...rest } = f;
  const text = query?.trim();
  const segmentIds =
    segmentState === undefined
      ? undefined
      : runAnalysis(ws, {}, { centrality: false })
          .chains.flatMap((c) => c.segments)
          .filter((s) => s.state === segmentState)
          .map((s) => s.segmentId);
  return { ...rest, ...(text ? { text } : {}), ...(segmentIds ? { segmentIds } : {}) };
}

type Ranked = Candidate & { relevance: number };

/** Ids of every firm that matches, in the register's order. */
export function registerIds(ws: Workspace, f: EnterpriseFilter, sort?: EnterpriseSort): number[] {
  const index = registerIndex(ws.db);
  const field = sort?.field ?? 'name';
  const sqlFilter = toSqlFilter(ws, f);
  let found: Ranked[] = registerCandidates(ws.db, sqlFilter, field).map((c) => ({
    ...c,
    relevance: 0,
  }));
  if (sqlFilter.text !== undefined) {
    const q = foldQuery(sqlFilter.text);
    const latin = isPinyinQuery(sqlFilter.text);
    found = found.flatMap((c) => {
      const keys = index.keys.get(c.id);
      const rank = keys && matchRank(keys, q, latin);
      // A firm found only by USCC, product, park or tag comes after every name match.
      const relevance = rank ?? (c.otherHit ? 4 : undefined);
      return relevance === undefined ? [] : [{ ...c, relevance }];
    });
  }
  const dir = sort?.direction === 'desc' ? -1 : 1;
  // Relevance decides only when no column sort is chosen: a chosen sort is plain and predictable.
  const useRelevance = sort === undefined && sqlFilter.text !== undefined;
  if (field === 'name') return inNameOrder(index, found, dir, useRelevance);
  const rankOf = (id: number) => index.nameRank.get(id) ?? Number.MAX_SAFE_INTEGER;
  const keyed = found.map((c) => ({
    id: c.id,
    relevance: c.relevance,
    value: field === 'park' && typeof c.value === 'string' ? nameKeys(c.value).sortKey : c.value,
    rank: rankOf(c.id),
  }));
  keyed.sort((a, b) => {
    if (useRelevance && a.relevance !== b.relevance) return a.relevance - b.relevance;
    // Blanks last in either direction; ties in 拼音 order of the name.
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
    } else if (a.value !== b.value) return (a.value < b.value ? -1 : 1) * dir;
    return a.rank - b.rank;
  });
  return keyed.map((c) => c.id);
}

/** 拼音 order without sorting: one walk over the precomputed order, bucketed by relevance. */
function inNameOrder(
  index: RegisterIndex,
  found: readonly Ranked[],
  dir: number,
  useRelevance: boolean,
): number[] {
  const relevance = new Map(found.map((c) => [c.id, useRelevance ? c.relevance : 0]));
  const buckets: number[][] = [[], [], [], [], []];
  const { order } = index;
  for (let i = 0; i < order.length; i++) {
    const id = order[dir === 1 ? i : order.length - 1 - i] ?? 0;
    const r = relevance.get(id);
    if (r !== undefined) buckets[r]?.push(id);
  }
  return buckets.flat();
}

/** One page of the register, the total count, and (when asked) the values the filters offer. */
export function enterpriseList(
  ws: Workspace,
  input: EnterpriseListInput,
): { total: number; rows: EnterpriseRow[]; facets?: EnterpriseFacets } {
  const { sort, offset = 0, limit = 200, facets, ...filter } = input;
  const ids = registerIds(ws, filter, sort);
  const rows = registerRows(ws.db, ids.slice(offset, offset + limit));
  return {
    total: ids.length,
    rows,
    ...(facets === true ? { facets: registerIndex(ws.db).facets } : {}),
  };
}
