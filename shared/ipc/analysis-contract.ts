// Contract entries for analysis, snapshots, leads and analysis settings (issue 4); spread into
// `contract` in ./contract.ts. Output shapes come straight from shared/analysis so views use them as-is.
import { z } from 'zod';

import { AnchorViewSchema } from '../analysis/anchor.js';
import { AnalysisSettingsPatchSchema, AnalysisSettingsSchema } from '../analysis/input.js';
import { TargetRowSchema, WorkspaceAnalysisSchema } from '../analysis/schemas.js';
import { SnapshotDiffSchema } from '../analysis/snapshot.js';
import { TierDirectionSchema, TiersSchema } from '../analysis/tiers.js';
import { IdSchema, LeadSchema, LeadStageSchema } from '../domain/schemas.js';

const Empty = z.object({}).strict();
const Text = (max: number) => z.string().trim().max(max);

export const SnapshotMetaSchema = z.object({ id: IdSchema, name: z.string(), takenAt: z.string() });
export type SnapshotMeta = z.infer<typeof SnapshotMetaSchema>;

export const LeadRowSchema = LeadSchema.extend({
  segmentName: z.string().nullable(),
  chainId: IdSchema.nullable(),
  chainName: z.string().nullable(),
  enterpriseIsLocal: z.boolean().nullable(),
});
export type LeadRow = z.infer<typeof LeadRowSchema>;

export const LeadCreateInputSchema = z
  .object({
    /** From a target row: the firm and the segment it would fill; the name defaults to the firm's. */
    enterpriseId: IdSchema.optional(),
    segmentId: IdSchema.optional(),
    targetName: Text(200).min(1).optional(),
    stage: LeadStageSchema.default('lead'),
    owner: Text(100).optional(),
    nextStep: Text(500).optional(),
    nextDate: Text(40).optional(),
    notes: Text(4000).optional(),
  })
  .strict()
  .refine((v) => v.enterpriseId !== undefined || v.targetName !== undefined, {
    error: '需要目标企业或名称 / enterpriseId or targetName is required',
  });

export const LeadUpdateInputSchema = z
  .object({
    id: IdSchema,
    stage: LeadStageSchema.optional(),
    targetName: Text(200).min(1).optional(),
    segmentId: IdSchema.nullable().optional(),
    owner: Text(100).nullable().optional(),
    nextStep: Text(500).nullable().optional(),
    nextDate: Text(40).nullable().optional(),
    notes: Text(4000).nullable().optional(),
  })
  .strict();

const Scope = z.object({ clusterId: IdSchema.optional(), chainId: IdSchema.optional() }).strict();

export const analysisContract = {
  'analysis:run': { input: Scope, output: WorkspaceAnalysisSchema },
  'analysis:targets': {
    input: Scope.extend({ segmentId: IdSchema.optional() }).strict(),
    output: z.array(TargetRowSchema),
  },
  'analysis:anchor': {
    input: z.object({ enterpriseId: IdSchema }).strict(),
    output: AnchorViewSchema,
  },
  'analysis:tiers': {
    input: z
      .object({
        enterpriseId: IdSchema,
        depth: z.number().int().min(1).max(10).default(3),
        direction: TierDirectionSchema.default('upstream'),
      })
      .strict(),
    output: TiersSchema,
  },
  /** The gap report (.xlsx: 汇总, 缺口, 招商目标) as base64, for the renderer to offer as a download. */
  'analysis:report': {
    input: Scope,
    output: z.object({ fileName: z.string(), base64: z.string() }),
  },
  'snapshot:save': {
    input: z.object({ name: Text(200).min(1) }).strict(),
    output: SnapshotMetaSchema,
  },
  'snapshot:list': { input: Empty, output: z.array(SnapshotMetaSchema) },
  /** `toId` absent: compare with the analysis of the workspace as it is now. */
  'snapshot:compare': {
    input: z.object({ fromId: IdSchema, toId: IdSchema.optional() }).strict(),
    output: z.object({
      from: SnapshotMetaSchema,
      to: SnapshotMetaSchema.nullable(),
      diff: SnapshotDiffSchema,
    }),
  },
  'lead:list': {
    input: z.object({ segmentId: IdSchema.optional(), enterpriseId: IdSchema.optional() }).strict(),
    output: z.array(LeadRowSchema),
  },
  'lead:create': { input: LeadCreateInputSchema, output: LeadRowSchema },
  'lead:update': { input: LeadUpdateInputSchema, output: LeadRowSchema },
  /** Deletes a lead for good; the leads board asks the user to confirm first. */
  'lead:delete': {
    input: z.object({ id: IdSchema }).strict(),
    output: z.object({ deleted: z.literal(true) }),
  },
  'settings:get': { input: Empty, output: AnalysisSettingsSchema },
  'settings:set': {
    input: AnalysisSettingsPatchSchema,
    output: AnalysisSettingsSchema,
  },
} as const;
