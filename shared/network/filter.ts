// The network filter as a predicate over firms and links, and as address parameters so a filtered
// view can be bookmarked (#/network?chain=3&local=outside …). Unknown or malformed parameters are
// dropped rather than breaking the page.
import type { Enterprise, EnterpriseSegment, Segment, SupplyLink } from '../domain/schemas.js';
import type { SegmentState } from '../analysis/schemas.js';
import { GroupBySchema, NetworkFilterSchema, type GroupBy, type NetworkFilter } from './schemas.js';

export type FilterInput = {
  chains: readonly { id: number; clusterId: number }[];
  segments: readonly Segment[];
  mappings: readonly EnterpriseSegment[];
  links: readonly SupplyLink[];
};

const TOP500 = ['世界500强', '中国500强'];
export const isTop500 = (f: Enterprise): boolean => f.tags.some((t) => TOP500.includes(t));
export const isAnchor = (f: Enterprise): boolean => f.tags.includes('链主');

/**
 * Firms that pass the filter. A chain or cluster takes its mapped firms (not rejected) and the ends
 * of links attributed to its segments, so an outside supplier known only through a link still shows.
 */
export function firmPredicate(
  input: FilterInput,
  filter: NetworkFilter,
  stateOfSegment?: ReadonlyMap<number, SegmentState>,
): (f: Enterprise) => boolean {
  let scoped: Set<number> | null = null;
  if (filter.chainId !== undefined || filter.clusterId !== undefined) {
    const chainIds = new Set(
      input.chains
        .filter((c) => filter.chainId === undefined || c.id === filter.chainId)
        .filter((c) => filter.clusterId === undefined || c.clusterId === filter.clusterId)
        .map((c) => c.id),
    );
    const segs = new Set(input.segments.filter((s) => chainIds.has(s.chainId)).map((s) => s.id));
    scoped = new Set();
    for (const m of input.mappings)
      if (m.status !== 'rejected' && segs.has(m.segmentId)) scoped.add(m.enterpriseId);
    for (const l of input.links)
      if (l.segmentId !== null && segs.has(l.segmentId)) {
        scoped.add(l.supplierId);
        scoped.add(l.buyerId);
      }
  }
  let inState: Set<number> | null = null;
  if (filter.segmentState !== undefined) {
    inState = new Set();
    for (const m of input.mappings)
      if (m.status === 'confirmed' && stateOfSegment?.get(m.segmentId) === filter.segmentState)
        inState.add(m.enterpriseId);
  }
  const tag = filter.tag;
  return (f) =>
    (scoped === null || scoped.has(f.id)) &&
    (inState === null || inState.has(f.id)) &&
    (filter.park === undefined || f.park === filter.park) &&
    (filter.ownership === undefined || f.ownership === filter.ownership) &&
    (filter.investorCountry === undefined || f.investorCountry === filter.investorCountry) &&
    (tag === undefined || f.tags.includes(tag)) &&
    (filter.aboveScale === undefined || f.isAboveScale === filter.aboveScale) &&
    (filter.locality === undefined || f.isLocal === (filter.locality === 'local'));
}

/** Address parameter names, short because they sit in a bookmark. */
const PARAM: Record<keyof NetworkFilter, string> = {
  clusterId: 'cluster',
  chainId: 'chain',
  park: 'park',
  ownership: 'own',
  investorCountry: 'country',
  tag: 'tag',
  aboveScale: 'scale',
  locality: 'local',
  segmentState: 'state',
  minAmount: 'min',
};
const NUMERIC = new Set<keyof NetworkFilter>(['clusterId', 'chainId', 'minAmount']);

export function filterToParams(filter: NetworkFilter, groupBy: GroupBy): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(PARAM) as (keyof NetworkFilter)[]) {
    const v = filter[key];
    if (v !== undefined) out[PARAM[key]] = String(v);
  }
  out.group = groupBy;
  return out;
}

export function filterFromParams(params: Record<string, string>): {
  filter: NetworkFilter;
  groupBy: GroupBy;
} {
  const filter: Record<string, unknown> = {};
  for (const key of Object.keys(PARAM) as (keyof NetworkFilter)[]) {
    const raw = params[PARAM[key]];
    if (raw === undefined || raw === '') continue;
    const value: unknown = NUMERIC.has(key)
      ? Number(raw)
      : key === 'aboveScale'
        ? raw === 'true'
          ? true
          : raw === 'false'
            ? false
            : undefined
        : raw;
    // Each field checked alone so one bad parameter does not drop the others.
    if (NetworkFilterSchema.safeParse({ [key]: value }).success) filter[key] = value;
  }
  const group = GroupBySchema.safeParse(params.group);
  return {
    filter: NetworkFilterSchema.parse(filter),
    groupBy: group.success ? group.data : 'cluster',
  };
}

/** Saved positions belong to one filter and grouping; the key is stable across field order. */
export function networkViewKey(filter: NetworkFilter, groupBy: GroupBy): string {
  const params = filterToParams(filter, groupBy);
  const parts = Object.keys(params)
    .sort()
    .map((k) => `${k}=${params[k] ?? ''}`);
  return `network?${parts.join('&')}`;
}
