// Converts SQLite rows (snake_case, 0/1 flags, JSON text) to the shared domain types and back.
import type {
  Chain,
  Enterprise,
  EnterpriseSegment,
  Lead,
  Segment,
  SupplyLink,
} from '../../../shared/domain/schemas.js';

export type EnterpriseRecord = {
  id: number;
  name: string;
  uscc: string | null;
  is_local: number;
  province: string | null;
  city: string | null;
  country: string | null;
  park: string | null;
  grid: string | null;
  responsible_person: string | null;
  ownership: Enterprise['ownership'];
  investor_country: string | null;
  is_above_scale: number;
  tags: string;
  revenue: number | null;
  employees: number | null;
  founded: number | null;
  main_products: string | null;
  status: Enterprise['status'];
  is_demo: number;
};

export const toEnterprise = (r: EnterpriseRecord): Enterprise => ({
  id: r.id,
  name: r.name,
  uscc: r.uscc,
  isLocal: r.is_local === 1,
  province: r.province,
  city: r.city,
  country: r.country,
  park: r.park,
  grid: r.grid,
  responsiblePerson: r.responsible_person,
  ownership: r.ownership,
  investorCountry: r.investor_country,
  isAboveScale: r.is_above_scale === 1,
  tags: JSON.parse(r.tags) as string[],
  revenue: r.revenue,
  employees: r.employees,
  founded: r.founded,
  mainProducts: r.main_products,
  status: r.status,
  isDemo: r.is_demo === 1,
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

export type MappingRecord = {
  enterprise_id: number;
  segment_id: number;
  is_primary: number;
  status: EnterpriseSegment['status'];
  evidence: string | null;
};

export const toMapping = (r: MappingRecord): EnterpriseSegment => ({
  enterpriseId: r.enterprise_id,
  segmentId: r.segment_id,
  isPrimary: r.is_primary === 1,
  status: r.status,
  evidence: r.evidence,
});

export type LinkRecord = {
  id: number;
  supplier_id: number;
  buyer_id: number;
  product: string | null;
  segment_id: number | null;
  amount: number | null;
  share: number | null;
  source: SupplyLink['source'];
  year_from: number | null;
  year_to: number | null;
};

export const toLink = (r: LinkRecord): SupplyLink => ({
  id: r.id,
  supplierId: r.supplier_id,
  buyerId: r.buyer_id,
  product: r.product,
  segmentId: r.segment_id,
  amount: r.amount,
  share: r.share,
  source: r.source,
  yearFrom: r.year_from,
  yearTo: r.year_to,
});

export type LeadRecord = {
  id: number;
  enterprise_id: number | null;
  target_name: string;
  segment_id: number | null;
  stage: Lead['stage'];
  owner: string | null;
  next_step: string | null;
  next_date: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
};

export const toLead = (r: LeadRecord): Lead => ({
  id: r.id,
  enterpriseId: r.enterprise_id,
  targetName: r.target_name,
  segmentId: r.segment_id,
  stage: r.stage,
  owner: r.owner,
  nextStep: r.next_step,
  nextDate: r.next_date,
  notes: r.notes,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
