// The one place SQLite rows (snake_case, 0/1 flags, JSON text) become domain types and back. Firms,
// links, 挂链 and leads are read in raw (array) mode: at 20,000 firms building row objects first is a
// noticeable part of loading the analysis. A query selects `xColumns(alias)` first, then any extras.
import type {
  Chain,
  Enterprise,
  EnterpriseSegment,
  Lead,
  Segment,
  SupplyLink,
} from '../../../shared/domain/schemas.js';

const columns = (names: readonly string[], alias: string): string =>
  names.map((c) => (alias ? `${alias}.${c}` : c)).join(', ');

const ENTERPRISE = [
  'id',
  'name',
  'uscc',
  'is_local',
  'province',
  'city',
  'country',
  'park',
  'grid',
  'responsible_person',
  'ownership',
  'investor_country',
  'is_above_scale',
  'tags',
  'revenue',
  'employees',
  'founded',
  'main_products',
  'status',
  'is_demo',
] as const;

/** The enterprise columns in the order `toEnterprise` reads them; extra columns follow at this index. */
export const ENTERPRISE_WIDTH = ENTERPRISE.length;
export const enterpriseColumns = (alias = ''): string => columns(ENTERPRISE, alias);

export type EnterpriseTuple = [
  number,
  string,
  string | null,
  number,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  Enterprise['ownership'],
  string | null,
  number,
  string,
  number | null,
  number | null,
  number | null,
  string | null,
  Enterprise['status'],
  number,
];

export const toEnterprise = (r: EnterpriseTuple): Enterprise => ({
  id: r[0],
  name: r[1],
  uscc: r[2],
  isLocal: r[3] === 1,
  province: r[4],
  city: r[5],
  country: r[6],
  park: r[7],
  grid: r[8],
  responsiblePerson: r[9],
  ownership: r[10],
  investorCountry: r[11],
  isAboveScale: r[12] === 1,
  tags: r[13] === '[]' ? [] : (JSON.parse(r[13]) as string[]),
  revenue: r[14],
  employees: r[15],
  founded: r[16],
  mainProducts: r[17],
  status: r[18],
  isDemo: r[19] === 1,
});

/** Named parameters (@name, @isLocal …) of an enterprise INSERT or UPDATE. */
export const enterpriseParams = (
  e: Omit<Enterprise, 'id' | 'isDemo'> & { isDemo?: boolean },
): Record<string, string | number | null> => ({
  name: e.name,
  uscc: e.uscc,
  isLocal: e.isLocal ? 1 : 0,
  province: e.province,
  city: e.city,
  country: e.country,
  park: e.park,
  grid: e.grid,
  responsiblePerson: e.responsiblePerson,
  ownership: e.ownership,
  investorCountry: e.investorCountry,
  isAboveScale: e.isAboveScale ? 1 : 0,
  tags: JSON.stringify(e.tags),
  revenue: e.revenue,
  employees: e.employees,
  founded: e.founded,
  mainProducts: e.mainProducts,
  status: e.status,
  isDemo: e.isDemo === true ? 1 : 0,
});

const LINK = [
  'id',
  'supplier_id',
  'buyer_id',
  'product',
  'segment_id',
  'amount',
  'share',
  'source',
  'year_from',
  'year_to',
] as const;
export const LINK_WIDTH = LINK.length;
export const linkColumns = (alias = ''): string => columns(LINK, alias);

export type LinkTuple = [
  number,
  number,
  number,
  string | null,
  number | null,
  number | null,
  number | null,
  SupplyLink['source'],
  number | null,
  number | null,
];

export const toLink = (r: LinkTuple): SupplyLink => ({
  id: r[0],
  supplierId: r[1],
  buyerId: r[2],
  product: r[3],
  segmentId: r[4],
  amount: r[5],
  share: r[6],
  source: r[7],
  yearFrom: r[8],
  yearTo: r[9],
});

const MAPPING = ['enterprise_id', 'segment_id', 'is_primary', 'status', 'evidence'] as const;
export const MAPPING_WIDTH = MAPPING.length;
export const mappingColumns = (alias = ''): string => columns(MAPPING, alias);

export type MappingTuple = [number, number, number, EnterpriseSegment['status'], string | null];

export const toMapping = (r: MappingTuple): EnterpriseSegment => ({
  enterpriseId: r[0],
  segmentId: r[1],
  isPrimary: r[2] === 1,
  status: r[3],
  evidence: r[4],
});

const LEAD = [
  'id',
  'enterprise_id',
  'target_name',
  'segment_id',
  'stage',
  'owner',
  'next_step',
  'next_date',
  'notes',
  'created_at',
  'updated_at',
] as const;
export const LEAD_WIDTH = LEAD.length;
export const leadColumns = (alias = ''): string => columns(LEAD, alias);

export type LeadTuple = [
  number,
  number | null,
  string,
  number | null,
  Lead['stage'],
  string | null,
  string | null,
  string | null,
  string | null,
  string,
  string,
];

export const toLead = (r: LeadTuple): Lead => ({
  id: r[0],
  enterpriseId: r[1],
  targetName: r[2],
  segmentId: r[3],
  stage: r[4],
  owner: r[5],
  nextStep: r[6],
  nextDate: r[7],
  notes: r[8],
  createdAt: r[9],
  updatedAt: r[10],
});

export type ChainRecord = {
  id: number;
  cluster_id: number;
  name: string;
  owner: string | null;
  description: string | null;
  sort_order: number;
};

export const toChain = (r: ChainRecord): Chain => ({
  id: r.id,
  clusterId: r.cluster_id,
  name: r.name,
  owner: r.owner,
  description: r.description,
  sortOrder: r.sort_order,
});

export type SegmentRecord = {
  id: number;
  chain_id: number;
  parent_id: number | null;
  name: string;
  stage: Segment['stage'];
  is_key: number;
  target_count: number | null;
  sort_order: number;
};

export const toSegment = (r: SegmentRecord): Segment => ({
  id: r.id,
  chainId: r.chain_id,
  parentId: r.parent_id,
  name: r.name,
  stage: r.stage,
  isKey: r.is_key === 1,
  targetCount: r.target_count,
  sortOrder: r.sort_order,
});
