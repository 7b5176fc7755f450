// The register's filters, search and sort as address parameters (#/enterprises?chain=3&scale=1&q=xs),
// so a filtered list can be bookmarked, shared and reopened. Unknown or malformed values are dropped.
import { OwnershipSchema } from '../../../shared/domain/schemas.js';
import { SegmentStateSchema } from '../../../shared/analysis/schemas.js';
import {
  EnterpriseSortFieldSchema,
  type EnterpriseFilter,
  type EnterpriseSort,
} from '../../../shared/ipc/enterprise-filter.js';

export type RegisterView = { filter: EnterpriseFilter; sort: EnterpriseSort | undefined };

const id = (v: string | undefined): number | undefined => {
  const n = Number(v);
  return v !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
};
const flag = (v: string | undefined): boolean | undefined =>
  v === '1' ? true : v === '0' ? false : undefined;
const text = (v: string | undefined, max: number): string | undefined =>
  v !== undefined && v.trim() !== '' && v.length <= max ? v : undefined;

/** Drops the keys whose value is undefined, so inputs and addresses stay minimal. */
const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export function parseRegisterParams(p: Record<string, string>): RegisterView {
  const field = EnterpriseSortFieldSchema.safeParse(p['sort']);
  const filter = defined<EnterpriseFilter>({
    query: text(p['q'], 200),
    clusterId: id(p['cluster']),
    chainId: id(p['chain']),
    segmentId: id(p['segment']),
    segmentState: SegmentStateSchema.safeParse(p['state']).data,
    isLocal: flag(p['local']),
    isAboveScale: flag(p['scale']),
    tag: text(p['tag'], 50),
    park: text(p['park'], 200),
    ownership: OwnershipSchema.safeParse(p['own']).data,
    investorCountry: text(p['country'], 100),
  });
  const sort: EnterpriseSort | undefined = field.success
    ? { field: field.data, direction: p['dir'] === 'desc' ? 'desc' : 'asc' }
    : undefined;
  return { filter, sort };
}

const bit = (b: boolean | undefined) => (b === undefined ? undefined : b ? '1' : '0');

export function registerParams({ filter: f, sort }: RegisterView): Record<string, string> {
  return defined<Record<string, string | undefined>>({
    q: f.query?.trim() || undefined,
    cluster: f.clusterId?.toString(),
    chain: f.chainId?.toString(),
    segment: f.segmentId?.toString(),
    state: f.segmentState,
    local: bit(f.isLocal),
    scale: bit(f.isAboveScale),
    tag: f.tag,
    park: f.park,
    own: f.ownership,
    country: f.investorCountry,
    sort: sort?.field,
    dir: sort?.direction,
  }) as Record<string, string>;
}

/** How many filters (besides the search text) are set: the page offers "clear" when any is. */
export const activeFilterCount = (f: EnterpriseFilter): number =>
  (Object.keys(f) as (keyof EnterpriseFilter)[]).filter((k) => k !== 'query' && f[k] !== undefined)
    .length;
