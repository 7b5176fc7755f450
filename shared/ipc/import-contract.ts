// Contract entries for spreadsheet import and export; spread into `contract` in
// ./contract.ts. Files travel as base64 in the request body (browser upload / renderer download),
// so the service API never sees a path from the renderer.
import { z } from 'zod';

import { SegmentStateSchema } from '../analysis/schemas.js';
import { IdSchema } from '../domain/schemas.js';
import { EnterpriseFilterSchema, EnterpriseSortSchema } from './enterprise-filter.js';

const Base64 = z
  .string()
  .max(140 * 1024 * 1024)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);
const KindSchema = z.enum(['enterprises', 'links', 'chains', 'leads']);
const CountsSchema = z.object({
  new: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Records the import removes (操作=删除 rows, links dropped in replace mode). */
  deleted: z.number().int(),
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

/** Rows per outcome, and rows with a warning, for the preview's filters. */
const RowTotalsSchema = z.object({
  all: z.number().int(),
  new: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  deleted: z.number().int(),
  rejected: z.number().int(),
  warning: z.number().int(),
});
export const RowFilterSchema = z.enum(['all', 'new', 'updated', 'deleted', 'rejected', 'warning']);
export type RowFilter = z.infer<typeof RowFilterSchema>;

/** One data row as the import treats it: values as read and, for an update, each field before → after. */
export const PreviewRowSchema = z.object({
  /** Position among all rows of the import (stable between pages). */
  index: z.number().int(),
  kind: KindSchema,
  file: z.string(),
  sheet: z.string(),
  row: z.number().int(),
  outcome: z.enum(['new', 'updated', 'unchanged', 'deleted', 'rejected']),
  label: z.string(),
  values: z.record(z.string(), z.string()),
  changes: z.array(
    z.object({
      field: z.string(),
      label: z.string(),
      before: z.string(),
      after: z.string(),
      pending: z.literal('rename').optional(),
      removes: z.boolean().optional(),
    }),
  ),
  issues: z.array(ImportIssueSchema),
  matchedId: z.number().int().nullable(),
});
export type PreviewRow = z.infer<typeof PreviewRowSchema>;

/** Leaf segments whose state the import would change ("强链 → 缺链"), with the rule after it. */
export const ImportConsequencesSchema = z.object({
  changes: z.array(
    z.object({
      chain: z.string(),
      path: z.array(z.string()),
      /** null: the import creates the segment. */
      before: SegmentStateSchema.nullable(),
      after: SegmentStateSchema,
      firmsBefore: z.number().int(),
      firmsAfter: z.number().int(),
      ruleZh: z.string(),
      ruleEn: z.string(),
    }),
  ),
  leafSegments: z.number().int(),
  ms: z.number(),
});
export type ImportConsequences = z.infer<typeof ImportConsequencesSchema>;

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
        z.object({
          id: IdSchema,
          name: z.string(),
          uscc: z.string().nullable(),
          reason: z.enum(['sameName', 'sameNameOtherUscc', 'shortName', 'alias']).optional(),
        }),
      ),
      /** several: which of these firms; possibleDuplicate: the same firm as a candidate, or another. */
      kind: z.enum(['several', 'possibleDuplicate']).optional(),
      uscc: z.string().nullable().optional(),
      origin: z.object({ file: z.string(), sheet: z.string(), row: z.number().int() }).optional(),
    }),
  ),
  rowTotals: RowTotalsSchema,
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
  /**
   * The import page is open: a reader process is started (and warmed up) now, so the file the user
   * then chooses is read without waiting for one to start. Answers at once.
   */
  'import:ready': {
    input: z.object({}).strict(),
    output: z.object({}),
  },
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
        /** Matched firms (ids) whose new name from the file is accepted; the old name becomes an alias. */
        acceptNames: z.array(IdSchema).max(10_000).optional(),
        /** What the file replaces instead of adding to, for the records it lists (removals are listed). */
        replace: z
          .array(z.enum(['tags', 'segments', 'links']))
          .max(3)
          .optional(),
        /** Chosen by the renderer, so `import:cancel` can stop this preview while it is reading. */
        requestId: z.string().max(64).optional(),
      })
      .strict(),
    output: z.object({ id: z.string(), preview: ImportPreviewSchema }),
  },
  /**
   * One page of a previewed import's rows, filtered on the server so a 30,000-row file never travels
   * whole; `total` counts the rows matching the filter and text.
   */
  'import:rows': {
    input: z
      .object({
        id: z.string().max(64),
        filter: RowFilterSchema.default('all'),
        text: z.string().max(200).optional(),
        offset: z.number().int().nonnegative().default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: z.object({ total: z.number().int(), rows: z.array(PreviewRowSchema) }),
  },
  /** Segment states before and after a previewed import (the workspace is not touched). */
  'import:consequences': {
    input: z.object({ id: z.string().max(64) }).strict(),
    output: ImportConsequencesSchema,
  },
  /** Writes a previewed import in one transaction (after a backup); refused while errors remain. */
  'import:commit': {
    input: z
      .object({
        id: z.string().max(64),
        acceptWarnings: z.boolean().default(false),
        /** Write the valid rows and skip rows with errors (and rows depending on them). */
        skipInvalid: z.boolean().default(false),
        /** Chosen by the renderer, so `import:progress` can report this commit's phase. */
        requestId: z.string().max(64).optional(),
      })
      .strict(),
    output: z.object({
      runId: IdSchema,
      preview: ImportPreviewSchema,
      /** Rows not written (partial import): how many, and an .xlsx of them with a 问题 column. */
      skipped: z.number().int(),
      rejectedFile: z.object({ fileName: z.string(), base64: z.string() }).nullable(),
    }),
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
        /** Only the register's firms that match, in its order (what must be 'enterprises'). */
        filter: EnterpriseFilterSchema.optional(),
        sort: EnterpriseSortSchema.optional(),
      })
      .strict()
      .refine((x) => x.filter === undefined || x.what === 'enterprises', {
        error: '只有企业名录可以按筛选导出 / only the enterprise list can be exported filtered',
        path: ['filter'],
      }),
    output: z.object({ files: z.array(z.object({ fileName: z.string(), base64: z.string() })) }),
  },
} as const;
