// Domain entities of a workspace as zod schemas; the single source of the shapes both sides use.
// Pure: imported by electron/ and renderer/ alike, so nothing here may touch node:* or the DOM.
import { z } from 'zod';

export const StageSchema = z.enum(['upstream', 'midstream', 'downstream']);
export type Stage = z.infer<typeof StageSchema>;

export const MappingStatusSchema = z.enum(['confirmed', 'uncertain', 'rejected']);
export type MappingStatus = z.infer<typeof MappingStatusSchema>;

export const LinkSourceSchema = z.enum(['verified', 'reported', 'inferred']);
export type LinkSource = z.infer<typeof LinkSourceSchema>;

/** 线索 → 接洽 → 考察 → 签约 → 落地 */
export const LeadStageSchema = z.enum(['lead', 'contact', 'visit', 'signed', 'landed']);
export type LeadStage = z.infer<typeof LeadStageSchema>;

export const OwnershipSchema = z.enum(['state', 'private', 'foreign', 'jointVenture', 'other']);
export type Ownership = z.infer<typeof OwnershipSchema>;

/** 在营 / 在建 / 签约 / 线索 */
export const EnterpriseStatusSchema = z.enum(['operating', 'building', 'signed', 'prospect']);
export type EnterpriseStatus = z.infer<typeof EnterpriseStatusSchema>;

export const IdSchema = z.number().int().positive();

export const ClusterSchema = z.object({
  id: IdSchema,
  name: z.string(),
  color: z.string(),
  sortOrder: z.number().int(),
  parks: z.array(z.string()),
});
export type Cluster = z.infer<typeof ClusterSchema>;

export const ChainSchema = z.object({
  id: IdSchema,
  clusterId: IdSchema,
  name: z.string(),
  owner: z.string().nullable(),
  description: z.string().nullable(),
  sortOrder: z.number().int(),
});
export type Chain = z.infer<typeof ChainSchema>;

export const SegmentSchema = z.object({
  id: IdSchema,
  chainId: IdSchema,
  parentId: IdSchema.nullable(),
  name: z.string(),
  stage: StageSchema,
  isKey: z.boolean(),
  /** Local firms needed for 强链; null means the workspace default. */
  targetCount: z.number().int().nonnegative().nullable(),
  sortOrder: z.number().int(),
});
export type Segment = z.infer<typeof SegmentSchema>;

export const EnterpriseSchema = z.object({
  id: IdSchema,
  name: z.string(),
  uscc: z.string().nullable(),
  isLocal: z.boolean(),
  province: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  park: z.string().nullable(),
  grid: z.string().nullable(),
  responsiblePerson: z.string().nullable(),
  ownership: OwnershipSchema.nullable(),
  investorCountry: z.string().nullable(),
  isAboveScale: z.boolean(),
  tags: z.array(z.string()),
  /** 营业收入, 万元 */
  revenue: z.number().nullable(),
  employees: z.number().int().nullable(),
  founded: z.number().int().nullable(),
  mainProducts: z.string().nullable(),
  status: EnterpriseStatusSchema,
  isDemo: z.boolean(),
});
export type Enterprise = z.infer<typeof EnterpriseSchema>;

export const EnterpriseSegmentSchema = z.object({
  enterpriseId: IdSchema,
  segmentId: IdSchema,
  isPrimary: z.boolean(),
  status: MappingStatusSchema,
  evidence: z.string().nullable(),
});
export type EnterpriseSegment = z.infer<typeof EnterpriseSegmentSchema>;

export const SupplyLinkSchema = z.object({
  id: IdSchema,
  supplierId: IdSchema,
  buyerId: IdSchema,
  product: z.string().nullable(),
  segmentId: IdSchema.nullable(),
  /** 年供货额, 万元 */
  amount: z.number().nullable(),
  /** Share of the buyer's need in this product, 0..1. */
  share: z.number().min(0).max(1).nullable(),
  source: LinkSourceSchema,
  yearFrom: z.number().int().nullable(),
  yearTo: z.number().int().nullable(),
});
export type SupplyLink = z.infer<typeof SupplyLinkSchema>;

export const LeadSchema = z.object({
  id: IdSchema,
  enterpriseId: IdSchema.nullable(),
  /** Free-text target when the firm is not in the workspace yet. */
  targetName: z.string(),
  segmentId: IdSchema.nullable(),
  stage: LeadStageSchema,
  owner: z.string().nullable(),
  nextStep: z.string().nullable(),
  nextDate: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Lead = z.infer<typeof LeadSchema>;

export const WorkspaceStatsSchema = z.object({
  clusters: z.number().int(),
  chains: z.number().int(),
  segments: z.number().int(),
  enterprises: z.number().int(),
  links: z.number().int(),
  leads: z.number().int(),
});
export type WorkspaceStats = z.infer<typeof WorkspaceStatsSchema>;
