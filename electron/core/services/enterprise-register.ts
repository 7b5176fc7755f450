// The register (企业) at 20,000 firms: one page at a time with the total count, every filter, and a
// search that ranks exact and prefix name matches first. Matching, ranking, 拼音 order and paging run
// in SQL on each firm's stored search keys, so a first page costs the same after a restart or a write.
import type Database from 'better-sqlite3';

import type { EnterpriseListInput, EnterpriseRow } from '../../../shared/ipc/contract.js';
import type {
  EnterpriseFacets,
  EnterpriseFilter,
  EnterpriseSort,
} from '../../../shared/ipc/enterprise-filter.js';
import { nameKeys } from '../../../shared/text/search-keys.js';
import {
  registerFacets,
  registerPage,
  registerRows,
  type RegisterFilter,
  type RegisterOrder,
} from '../repositories/register-repository.js';
import { runAnalysis } from './analysis-service.js';
import { isUncommittedRevision, workspaceRevision } from './revision.js';
import type { Workspace } from './workspace.js';

const facetCache = new WeakMap<Database.Database, { revision: string; facets: EnterpriseFacets }>();

/** The parks, tags and investor countries in 拼音 order, read again only after a write. */
function facetsOf(db: Database.Database): EnterpriseFacets {
  const revision = workspaceRevision(db);
  const cached = facetCache.get(db);
  if (cached?.revision === revision) return cached.facets;
  const f = registerFacets(db);
  const facets = {
    parks: byPinyin(f.parks),
    tags: byPinyin(f.tags),
    investorCountries: byPinyin(f.investorCountries),
  };
  if (!isUncommittedRevision(revision)) facetCache.set(db, { revision, facets });
  return facets;
}

const byPinyin = (values: string[]): string[] =>
  values
    .map((v) => ({ v, k: nameKeys(v).sortKey }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map((x) => x.v);

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

// Relevance decides only when no column sort is chosen: a chosen sort is plain and predictable.
const orderOf = (sort: EnterpriseSort | undefined): RegisterOrder => ({
  field: sort?.field ?? 'name',
  descending: sort?.direction === 'desc',
  byRelevance: sort === undefined,
});

/** Ids of every firm that matches, in the register's order (the filtered export writes these). */
export function registerIds(ws: Workspace, f: EnterpriseFilter, sort?: EnterpriseSort): number[] {
  return registerPage(ws.db, toSqlFilter(ws, f), orderOf(sort)).ids;
}

/** One page of the register, the total count, and (when asked) the values the filters offer. */
export function enterpriseList(
  ws: Workspace,
  input: EnterpriseListInput,
): { total: number; rows: EnterpriseRow[]; facets?: EnterpriseFacets } {
  const { sort, offset = 0, limit = 200, facets, ...filter } = input;
  const page = registerPage(ws.db, toSqlFilter(ws, filter), orderOf(sort), { offset, limit });
  return {
    total: page.total,
    rows: registerRows(ws.db, page.ids),
    ...(facets === true ? { facets: facetsOf(ws.db) } : {}),
  };
}
