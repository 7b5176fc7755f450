// Contract entries for editing the chain templates by hand: clusters, chains and each chain's segment
// tree (add, rename, move, delete), the counts a delete affects, and the whole tree the editor shows.
// Spread into `contract` in ./contract.ts. Messages read "中文 / English" and name the field.
import { z } from 'zod';

import {
  ChainSchema,
  ClusterSchema,
  IdSchema,
  SegmentSchema,
  StageSchema,
} from '../domain/schemas.js';

export const NAME_LIMITS = { cluster: 40, chain: 40, segment: 60, owner: 40 } as const;
export const MAX_TARGET_COUNT = 999;

const name = (zh: string, en: string, max: number) =>
  z
    .string({ error: `${zh}须为文字 / ${en} must be text` })
    .trim()
    .min(1, { error: `${zh}不能为空 / ${en} cannot be empty` })
    .max(max, {
      error: `${zh}最多 ${String(max)} 个字 / ${en}: at most ${String(max)} characters`,
    });

export const ClusterNameSchema = name('产业集群名称', 'Cluster name', NAME_LIMITS.cluster);
export const ChainNameSchema = name('产业链名称', 'Chain name', NAME_LIMITS.chain);
export const SegmentNameSchema = name('环节名称', 'Segment name', NAME_LIMITS.segment);
export const ColorSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { error: '颜色须为 #RRGGBB / Colour must be #RRGGBB' });
export const OwnerSchema = z
  .string()
  .trim()
  .max(NAME_LIMITS.owner, {
    error: `链长最多 ${String(NAME_LIMITS.owner)} 个字 / Chain owner: at most ${String(NAME_LIMITS.owner)} characters`,
  })
  .nullable();
export const TargetCountSchema = z
  .number({ error: '目标企业数须为数字 / Target count must be a number' })
  .int({ error: '目标企业数须为整数 / Target count must be a whole number' })
  .min(0, { error: '目标企业数不能为负数 / Target count cannot be negative' })
  .max(MAX_TARGET_COUNT, {
    error: `目标企业数不能超过 ${String(MAX_TARGET_COUNT)} / Target count cannot exceed ${String(MAX_TARGET_COUNT)}`,
  })
  .nullable();

/** Fields of a segment a person edits; a sub-segment's stage always follows its top segment. */
export const SegmentFieldsSchema = z
  .object({
    name: SegmentNameSchema,
    stage: StageSchema,
    isKey: z.boolean(),
    targetCount: TargetCountSchema,
  })
  .strict();
export type SegmentFields = z.infer<typeof SegmentFieldsSchema>;

/** Rows on one segment: what deleting it (and its sub-segments) does to them. */
export const SegmentUsageSchema = z.object({
  segmentId: IdSchema,
  /** 挂链 rows (any status). */
  mappings: z.number().int(),
  links: z.number().int(),
  leads: z.number().int(),
});
export type SegmentUsage = z.infer<typeof SegmentUsageSchema>;

export const TaxonomyTreeSchema = z.object({
  clusters: z.array(ClusterSchema),
  chains: z.array(ChainSchema),
  segments: z.array(SegmentSchema),
  /** Only segments with at least one row. */
  usage: z.array(SegmentUsageSchema),
});
export type TaxonomyTree = z.infer<typeof TaxonomyTreeSchema>;

export const TaxonomyKindSchema = z.enum(['cluster', 'chain', 'segment']);
export type TaxonomyKind = z.infer<typeof TaxonomyKindSchema>;

/** Exactly what a delete removes or changes, counted before it happens. */
export const DeleteImpactSchema = z.object({
  kind: TaxonomyKindSchema,
  name: z.string(),
  chains: z.number().int(),
  /** Segments deleted, the item itself included when it is a segment. */
  segments: z.number().int(),
  /** Sub-segments (of a segment) that go with it, unless they are kept. */
  childNames: z.array(z.string()),
  /** 挂链 rows removed and the distinct firms they belong to (the firms stay). */
  mappings: z.number().int(),
  firms: z.number().int(),
  /** Firms left with no 挂链 at all afterwards. */
  firmsUnmapped: z.number().int(),
  /** Links that keep both firms but lose their segment. */
  links: z.number().int(),
  /** Leads that stay but lose their segment (the old segment is noted in the lead). */
  leads: z.number().int(),
  /** Parks whose cluster is cleared (a cluster delete). */
  parks: z.number().int(),
});
export type DeleteImpact = z.infer<typeof DeleteImpactSchema>;

const Deleted = z.object({ deleted: z.literal(true) });

export const taxonomyEditContract = {
  'taxonomy:tree': { input: z.object({}).strict(), output: TaxonomyTreeSchema },
  'taxonomy:impact': {
    input: z
      .object({ kind: TaxonomyKindSchema, id: IdSchema, keepChildren: z.boolean().optional() })
      .strict(),
    output: DeleteImpactSchema,
  },
  'cluster:create': {
    input: z.object({ name: ClusterNameSchema, color: ColorSchema.optional() }).strict(),
    output: ClusterSchema,
  },
  'cluster:update': {
    input: z
      .object({ id: IdSchema, name: ClusterNameSchema.optional(), color: ColorSchema.optional() })
      .strict(),
    output: ClusterSchema,
  },
  'cluster:delete': { input: z.object({ id: IdSchema }).strict(), output: Deleted },
  'chain:create': {
    input: z
      .object({ clusterId: IdSchema, name: ChainNameSchema, owner: OwnerSchema.optional() })
      .strict(),
    output: ChainSchema,
  },
  'chain:update': {
    input: z
      .object({
        id: IdSchema,
        name: ChainNameSchema.optional(),
        owner: OwnerSchema.optional(),
        /** Moves the chain to another cluster. */
        clusterId: IdSchema.optional(),
      })
      .strict(),
    output: ChainSchema,
  },
  'chain:delete': { input: z.object({ id: IdSchema }).strict(), output: Deleted },
  'segment:create': {
    input: z
      .object({ chainId: IdSchema, parentId: IdSchema.nullable(), fields: SegmentFieldsSchema })
      .strict(),
    output: SegmentSchema,
  },
  'segment:update': {
    input: z.object({ id: IdSchema, fields: SegmentFieldsSchema }).strict(),
    output: SegmentSchema,
  },
  /** Puts a segment (with its sub-segments) under `parentId` (null: top level) at `index`. */
  'segment:move': {
    input: z
      .object({
        id: IdSchema,
        parentId: IdSchema.nullable(),
        index: z.number().int().min(0).max(100_000),
      })
      .strict(),
    output: SegmentSchema,
  },
  /** `keepChildren`: the sub-segments move up one level instead of being deleted with it. */
  'segment:delete': {
    input: z.object({ id: IdSchema, keepChildren: z.boolean().optional() }).strict(),
    output: Deleted,
  },
} as const;
