// The rules that join two records of one firm: which value each field keeps, and how two supply links
// or two 挂链 that become the same after the merge are joined into one, so nothing counts twice.
import type { Enterprise, EnterpriseSegment, LinkSource, SupplyLink } from './schemas.js';

export type MergeFieldName = Exclude<keyof Enterprise, 'id' | 'isDemo'>;
export type Side = 'survivor' | 'other' | 'both';

const blank = (v: unknown): boolean =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * The side a field keeps when the user did not choose: the survivor's value, unless it is blank and
 * the other record has one; 规上 when either record is 规上; the tags of both.
 */
export function defaultPick(field: MergeFieldName, survivor: Enterprise, other: Enterprise): Side {
  if (field === 'tags') return 'both';
  if (field === 'isAboveScale')
    return survivor.isAboveScale || !other.isAboveScale ? 'survivor' : 'other';
  return blank(survivor[field]) && !blank(other[field]) ? 'other' : 'survivor';
}

/** The survivor's fields after the merge, each from the side picked (or the default side). */
export function mergeRecords(
  survivor: Enterprise,
  other: Enterprise,
  picks: Partial<Record<MergeFieldName, Side>>,
): Omit<Enterprise, 'id' | 'isDemo'> {
  const pick = <K extends MergeFieldName>(field: K): Enterprise[K] => {
    const side = picks[field] ?? defaultPick(field, survivor, other);
    return side === 'other' ? other[field] : survivor[field];
  };
  const tagSide = picks.tags ?? 'both';
  const tags =
    tagSide === 'both'
      ? [...new Set([...survivor.tags, ...other.tags])]
      : tagSide === 'other'
        ? other.tags
        : survivor.tags;
  return {
    name: pick('name'),
    uscc: pick('uscc'),
    isLocal: pick('isLocal'),
    province: pick('province'),
    city: pick('city'),
    country: pick('country'),
    park: pick('park'),
    grid: pick('grid'),
    responsiblePerson: pick('responsiblePerson'),
    ownership: pick('ownership'),
    investorCountry: pick('investorCountry'),
    isAboveScale: pick('isAboveScale'),
    tags,
    revenue: pick('revenue'),
    employees: pick('employees'),
    founded: pick('founded'),
    mainProducts: pick('mainProducts'),
    status: pick('status'),
  };
}

const productKey = (p: string | null): string => (p ?? '').trim().toLowerCase();
const SOURCE_RANK: Record<LinkSource, number> = { verified: 3, reported: 2, inferred: 1 };
const minOf = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : Math.min(a, b);
const maxOf = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : Math.max(a, b);

/** Among the survivor's links to the same partner, the one a moved link joins: same product first. */
export function linkToJoin(
  candidates: readonly SupplyLink[],
  moved: SupplyLink,
): SupplyLink | undefined {
  return (
    candidates.find((c) => productKey(c.product) === productKey(moved.product)) ?? candidates[0]
  );
}

/**
 * One link from two between the same supplier and buyer. The same product (or none named) is one
 * delivery recorded under both names: the larger amount is kept, never the sum. Different products
 * are two deliveries: the amounts add up and both products are named. The surer source, the larger
 * share and the wider span of years are kept; the survivor's segment unless it has none.
 */
export function combineLinks(keep: SupplyLink, moved: SupplyLink): SupplyLink {
  const same = productKey(keep.product) === productKey(moved.product);
  const amount = same
    ? maxOf(keep.amount, moved.amount)
    : keep.amount === null && moved.amount === null
      ? null
      : (keep.amount ?? 0) + (moved.amount ?? 0);
  const product =
    same || blank(moved.product)
      ? keep.product
      : blank(keep.product)
        ? moved.product
        : `${String(keep.product)}、${String(moved.product)}`;
  let yearFrom = minOf(keep.yearFrom, moved.yearFrom);
  let yearTo = maxOf(keep.yearTo, moved.yearTo);
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) {
    yearFrom = keep.yearFrom;
    yearTo = keep.yearTo;
  }
  return {
    ...keep,
    product,
    amount,
    share: maxOf(keep.share, moved.share),
    source: SOURCE_RANK[moved.source] > SOURCE_RANK[keep.source] ? moved.source : keep.source,
    segmentId: keep.segmentId ?? moved.segmentId,
    yearFrom,
    yearTo,
  };
}

/**
 * One 挂链 from the two records' 挂链 to the same segment: the survivor's status stands unless it is
 * 待确认 and the other record's is a decision; primary if either was; both evidence notes kept.
 */
export function combineMappings(
  keep: EnterpriseSegment,
  moved: EnterpriseSegment,
): EnterpriseSegment {
  const evidence = [keep.evidence, moved.evidence].filter((e): e is string => !blank(e));
  return {
    ...keep,
    status: keep.status === 'uncertain' ? moved.status : keep.status,
    isPrimary: keep.isPrimary || moved.isPrimary,
    evidence: evidence.length === 0 ? null : [...new Set(evidence)].join('；'),
  };
}
