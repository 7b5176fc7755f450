// Contract entries for spreadsheet import and export (issue 3); spread into `contract` in
// ./contract.ts. Files travel as base64 in the request body (browser upload / renderer download),
// so the service API never sees a path from the renderer.
import { z } from 'zod';

import { IdSchema } from '../domain/schemas.js';

const Base64 = z
  .string()
  .max(140 * 1024 * 1024)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);
const KindSchema = z.enum(['enterprises', 'links', 'chains', 'leads']);
const CountsSchema = z.object({
  new: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
});

export const ImportIssueSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  row: z.number().int(),
  column: z.string(),
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  messageZh: z.string(),
  messageEn: z.string(),
});

/** A user's column mapping for one sheet: column index → field key (null = ignore the column). */
export const MappingOverrideSchema = z
  .object({
    kind: KindSchema,
    skip: z.boolean().optional(),
    headerRow: z.number().int().nonnegative().max(1000).optional(),
    fields: z.record(z.string().regex(/^\d{1,4}$/), z.string().max(40).nullable()),
  })
  .strict();

const SheetSummarySchema = z.object({
  file: z.string(),
  sheet: z.string(),
  signature: z.string().nullable(),
  dataRows: z.number().int(),
  rejectedRows: z.number().int(),
  topRows: z.array(z.array(z.string())),
  mapping: z
    .object({
      kind: KindSchema,
      headerRow: z.number().int(),
      columns: z.array(
        z.object({
          field: z.string(),
          index: z.number().int(),
          header: z.string(),
          label: z.string(),
          unitWan: z.number(),
        }),
      ),
      unknown: z.array(z.object({ index: z.number().int(), header: z.string() })),
      duplicates: z.array(z.object({ field: z.string(), labels: z.array(z.string()) })),
    })
    .nullable(),
});

export const ImportPreviewSchema = z.object({
  files: z.array(
    z.object({
      name: z.string(),
      sha256: z.string(),
      format: z.enum(['xlsx', 'xls', 'ods', 'csv']).nullable(),
      encoding: z.object({ name: z.string(), confident: z.boolean() }).nullable(),
      sheets: z.array(SheetSummarySchema),
    }),
  ),
  counts: z.object({
    enterprises: CountsSchema,
    links: CountsSchema,
    chains: CountsSchema,
    leads: CountsSchema,
  }),
  issues: z.array(ImportIssueSchema),
  ambiguous: z.array(
    z.object({
      nameKey: z.string(),
      name: z.string(),
      candidates: z.array(
        z.object({ id: IdSchema, name: z.string(), uscc: z.string().nullable() }),
      ),
    }),
  ),
  errors: z.number().int(),
  warnings: z.number().int(),
});

/** Where a running preview or commit is; the wizard polls it (see `import:progress`). */
export const ImportProgressSchema = z.object({
  phase: z.enum(['reading', 'checking', 'planning', 'backup', 'writing', 'done']),
  file: z.string().optional(),
  fileIndex: z.number().int().nonnegative().optional(),
  fileCount: z.number().int().nonnegative().optional(),
  done: z.number().int().nonnegative().optional(),
  total: z.number().int().nonnegative().optional(),
});
export type ImportProgress = z.infer<typeof ImportProgressSchema>;

export const importContract = {
  /** Dry run: parse (in the parser process) and plan; nothing is written. Returns an id for commit. */
  'import:preview': {
    input: z
      .object({
        files: z
          .array(
            z
              .object({
                name: z.string().min(1).max(255),
                base64: Base64,
                encoding: z.string().max(20).optional(),
              })
              .strict(),
          )
          .min(1)
          .max(10),
        /** By `${file}\u0000${sheet}`. */
        mappings: z.record(z.string().max(600), MappingOverrideSchema).optional(),
        decisions: z.record(z.string().max(600), z.union([IdSchema, z.literal('new')])).optional(),
        /** Chosen by the renderer, so `import:cancel` can stop this preview while it is reading. */
        requestId: z.string().max(64).optional(),
      })
      .strict(),
    output: z.object({ id: z.string(), preview: ImportPreviewSchema }),
  },
  /** Writes a previewed import in one transaction (after a backup); refused while errors remain. */
  'import:commit': {
    input: z
      .object({
        id: z.string().max(64),
        acceptWarnings: z.boolean().default(false),
        /** Chosen by the renderer, so `import:progress` can report this commit's phase. */
        requestId: z.string().max(64).optional(),
      })
      .strict(),
    output: z.object({ runId: IdSchema, preview: ImportPreviewSchema }),
  },
  'import:cancel': {
    input: z.object({ id: z.string().max(64) }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
  /**
   * The latest progress of a preview or commit by its requestId; null when none is running. A
   * commit writes synchronously, so a poll is only answered before and after its transaction.
   */
  'import:progress': {
    input: z.object({ requestId: z.string().max(64) }).strict(),
    output: ImportProgressSchema.nullable(),
  },
  'import:runs': {
    input: z.object({}).strict(),
    output: z.array(
      z.object({
        id: IdSchema,
        startedAt: z.string(),
        finishedAt: z.string().nullable(),
        status: z.string(),
        files: z.unknown(),
        counts: z.unknown(),
        issues: z.unknown(),
      }),
    ),
  },
  /** The import template (.xlsx with headers, example rows and instructions) as base64. */
  'import:template': {
    input: z.object({}).strict(),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  },
  /** The workspace as .xlsx (one sheet per entity) or one entity as CSV, base64 for a download. */
  'export:file': {
    input: z
      .object({
        format: z.enum(['xlsx', 'csv']),
        what: z.enum(['enterprises', 'links', 'chains', 'leads', 'all']).default('all'),
      })
      .strict(),
    output: z.object({ files: z.array(z.object({ fileName: z.string(), base64: z.string() })) }),
  },
} as const;
