// Output shapes of the analysis as zod schemas, so the api contract and the views consume them directly.
import { z } from 'zod';

import { IdSchema, LeadStageSchema, StageSchema } from '../domain/schemas.js';
import { AnalysisSettingsSchema } from './input.js';

export const SegmentStateSchema = z.enum(['missing', 'broken', 'weak', 'strong']);
export type SegmentState = z.infer<typeof SegmentStateSchema>;
/** Worst first: the order parents use to summarise their children. */
export const STATE_ORDER: readonly SegmentState[] = ['missing', 'broken', 'weak', 'strong'];
export const STATE_LABEL: Record<SegmentState, { zh: string; en: string }> = {
  missing: { zh: '缺链', en: 'missing' },
  broken: { zh: '断链', en: 'broken' },
  weak: { zh: '弱链', en: 'weak' },
  strong: { zh: '强链', en: 'strong' },
};

export const RuleCodeSchema = z.enum([
  'missing.noLocalFirm',
  'broken.localBuyersSourceOutside',
  'weak.belowTarget',
  'weak.noQualifiedFirm',
  'strong.targetMet',
  'parent.summary',
  'note.beingFilled',
  'note.noLinks',
]);
export type RuleCode = z.infer<typeof RuleCodeSchema>;

/** A rule that fired, with the numbers in words (Chinese first). */
export const ReasonSchema = z.object({ code: RuleCodeSchema, zh: z.string(), en: z.string() });
export type Reason = z.infer<typeof ReasonSchema>;

export const StateCountsSchema = z.object({
  missing: z.number().int(),
  broken: z.number().int(),
  weak: z.number().int(),
  strong: z.number().int(),
});
export type StateCounts = z.infer<typeof StateCountsSchema>;

export const FirmRefSchema = z.object({ id: IdSchema, name: z.string(), isLocal: z.boolean() });
export type FirmRef = z.infer<typeof FirmRefSchema>;

export const FillingLeadSchema = z.object({
  id: IdSchema,
  targetName: z.string(),
  stage: LeadStageSchema,
});

export const SegmentResultSchema = z.object({
  segmentId: IdSchema,
  chainId: IdSchema,
  parentId: IdSchema.nullable(),
  name: z.string(),
  /** Names from the chain's top segment down to this one. */
  path: z.array(z.string()),
  depth: z.number().int(),
  stage: StageSchema,
  isKey: z.boolean(),
  isLeaf: z.boolean(),
  state: SegmentStateSchema,
  /** The rule that decided the state. */
  rule: ReasonSchema,
  /** Further facts: the second weak condition, a signed/landed lead filling it, no links known. */
  notes: z.array(ReasonSchema),
  /** Leaf: local firms with a confirmed mapping. Parent: the union over its leaves. */
  localFirms: z.array(FirmRefSchema),
  /** Local firms that are 规上 or carry a qualifying tag. */
  qualifiedCount: z.number().int(),
  target: z.number().int(),
  /** Links attributed to the segment, those with a local buyer, and of those the ones with a local supplier. */
  linkCount: z.number().int(),
  localBuyerLinkCount: z.number().int(),
  localToLocalLinkCount: z.number().int(),
  /** Parents: states of their leaf segments. Leaves: their own state counted once. */
  leafCounts: StateCountsSchema,
  beingFilled: z.boolean(),
  fillingLeads: z.array(FillingLeadSchema),
});
export type SegmentResult = z.infer<typeof SegmentResultSchema>;

export const TextPairSchema = z.object({ zh: z.string(), en: z.string() });

export const CoverageSchema = z.object({
  covered: z.number().int(),
  total: z.number().int(),
  /** covered / total, null when there are no leaf segments. */
  rate: z.number().nullable(),
  formula: TextPairSchema,
});
export type Coverage = z.infer<typeof CoverageSchema>;

export const LocalRateSchema = z.object({
  /** Supplier links of local buyers counted (the denominator by count). */
  totalLinks: z.number().int(),
  localLinks: z.number().int(),
  byCount: z.number().nullable(),
  linksWithAmount: z.number().int(),
  linksMissingAmount: z.number().int(),
  totalAmount: z.number(),
  localAmount: z.number(),
  /** Over links with amounts only; null when none has one. */
  byAmount: z.number().nullable(),
  countFormula: TextPairSchema,
  amountFormula: TextPairSchema,
});
export type LocalRate = z.infer<typeof LocalRateSchema>;

export const ChainResultSchema = z.object({
  chainId: IdSchema,
  clusterId: IdSchema,
  name: z.string(),
  coverage: CoverageSchema,
  localRate: LocalRateSchema,
  leafCounts: StateCountsSchema,
  segments: z.array(SegmentResultSchema),
});
export type ChainResult = z.infer<typeof ChainResultSchema>;

export const ClusterResultSchema = z.object({
  clusterId: IdSchema,
  name: z.string(),
  color: z.string(),
  chainIds: z.array(IdSchema),
  coverage: CoverageSchema,
  localRate: LocalRateSchema,
  leafCounts: StateCountsSchema,
});
export type ClusterResult = z.infer<typeof ClusterResultSchema>;

export const ExposureSchema = z.object({
  buyer: FirmRefSchema,
  segmentId: IdSchema,
  segmentName: z.string(),
  chainId: IdSchema,
  supplier: FirmRefSchema,
  links: z.number().int(),
});
export type Exposure = z.infer<typeof ExposureSchema>;

export const CriticalFirmSchema = FirmRefSchema.extend({
  betweenness: z.number(),
  /** betweenness / ((n-1)(n-2)), the directed normalisation. */
  normalized: z.number(),
});
export const CentralitySchema = z.object({
  graph: z.literal('directed'),
  /** 'skipped' when the caller asked for no centrality (e.g. the target list alone). */
  method: z.enum(['exact', 'sampled', 'skipped']),
  nodes: z.number().int(),
  edges: z.number().int(),
  sources: z.number().int(),
  note: TextPairSchema,
  firms: z.array(CriticalFirmSchema),
});
export type Centrality = z.infer<typeof CentralitySchema>;

export const TargetRowSchema = z.object({
  rank: z.number().int(),
  segmentId: IdSchema,
  segmentName: z.string(),
  segmentPath: z.array(z.string()),
  chainId: IdSchema,
  chainName: z.string(),
  clusterId: IdSchema,
  clusterName: z.string(),
  gapState: SegmentStateSchema,
  gapReason: ReasonSchema,
  enterpriseId: IdSchema,
  name: z.string(),
  location: z.string().nullable(),
  tags: z.array(z.string()),
  tagWeight: z.number().int(),
  localBuyerCount: z.number().int(),
  localBuyers: z.array(FirmRefSchema),
  /** Sum of amounts (万元) over the links that have one; null if none has. */
  amount: z.number().nullable(),
  linkCount: z.number().int(),
  linksMissingAmount: z.number().int(),
  /** An existing lead for this firm and segment, if any. */
  lead: FillingLeadSchema.nullable(),
});
export type TargetRow = z.infer<typeof TargetRowSchema>;

export const WorkspaceAnalysisSchema = z.object({
  scope: z.object({ clusterId: IdSchema.nullable(), chainId: IdSchema.nullable() }),
  settings: AnalysisSettingsSchema,
  clusters: z.array(ClusterResultSchema),
  chains: z.array(ChainResultSchema),
  exposures: z.array(ExposureSchema),
  centrality: CentralitySchema,
  targets: z.array(TargetRowSchema),
});
export type WorkspaceAnalysis = z.infer<typeof WorkspaceAnalysisSchema>;
