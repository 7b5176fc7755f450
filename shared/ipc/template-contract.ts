// Contract entries for the chain-template library (list, preview, add to the workspace with the
// merge-or-copy question, share as .xlsx); spread into `contract` in ./contract.ts.
import { z } from 'zod';

import { IdSchema, StageSchema } from '../domain/schemas.js';

const TemplateId = z.string().min(1).max(80);
const Base64 = z
  .string()
  .max(30 * 1024 * 1024)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const TemplateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string(),
  titleEn: z.string(),
  cluster: z.string(),
  description: z.string(),
  segments: z.number().int(),
  keySegments: z.number().int(),
  stages: z.object({
    upstream: z.number().int(),
    midstream: z.number().int(),
    downstream: z.number().int(),
  }),
});
export type TemplateSummary = z.infer<typeof TemplateSummarySchema>;

export const TemplateRowSchema = z.object({
  name: z.string(),
  parent: z.string().nullable(),
  stage: StageSchema,
  isKey: z.boolean(),
  targetCount: z.number().int().nullable(),
  depth: z.number().int(),
  sortOrder: z.number().int(),
});

/** Where the chain goes: an existing cluster, or a cluster by name (created when there is none). */
const Target = {
  clusterId: IdSchema.optional(),
  newCluster: z.string().trim().min(1).max(60).optional(),
  /** The answer when a chain of the same name exists; absent: ask (nothing is written). */
  onConflict: z.enum(['merge', 'copy']).optional(),
};

export const AddResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('conflict'),
    templateName: z.string(),
    chainId: IdSchema,
    chainName: z.string(),
  }),
  z.object({
    status: z.literal('added'),
    mode: z.enum(['new', 'copy', 'merge']),
    chainId: IdSchema,
    chainName: z.string(),
    clusterId: IdSchema,
    added: z.number().int(),
    matched: z.number().int(),
  }),
]);
export type AddResult = z.infer<typeof AddResultSchema>;

export const TemplateIssueSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  row: z.number().int(),
  column: z.string(),
  zh: z.string(),
  en: z.string(),
});

const FileOut = z.object({ fileName: z.string(), base64: z.string() });

export const templateContract = {
  'template:list': { input: z.object({}).strict(), output: z.array(TemplateSummarySchema) },
  'template:get': {
    input: z.object({ id: TemplateId }).strict(),
    output: TemplateSummarySchema.extend({ rows: z.array(TemplateRowSchema) }),
  },
  /** Adds a library template in one transaction; a same-named chain answers `conflict` unless told. */
  'template:add': {
    input: z
      .object({ id: TemplateId, ...Target })
      .strict()
      .refine((v) => (v.clusterId === undefined) !== (v.newCluster === undefined), {
        error: '请选择一个产业集群，或填写新集群的名称 / choose a cluster or name a new one',
      }),
    output: AddResultSchema,
  },
  'template:export': { input: z.object({ id: TemplateId }).strict(), output: FileOut },
  /**
   * Adds the chains a shared template spreadsheet defines. Any bad row: `issues`, nothing written.
   * Without a cluster each chain goes to the cluster its rows name.
   */
  'template:import': {
    input: z
      .object({
        file: z.object({ name: z.string().min(1).max(255), base64: Base64 }).strict(),
        ...Target,
      })
      .strict(),
    output: z.object({
      issues: z.array(TemplateIssueSchema),
      results: z.array(AddResultSchema),
    }),
  },
} as const;
