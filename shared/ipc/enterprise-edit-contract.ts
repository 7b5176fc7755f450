// Contract entries for editing firms by hand: create, edit, delete, 挂链 and merging two records of
// one firm. The field limits live here once, so the form, ipc and the HTTP host refuse the same input.
import { z } from 'zod';

import {
  EnterpriseSchema,
  EnterpriseStatusSchema,
  IdSchema,
  MappingStatusSchema,
  OwnershipSchema,
} from '../domain/schemas.js';
import { validateUscc } from '../domain/uscc.js';
import { EARLIEST_YEAR, latestFoundedYear } from '../spreadsheet/parse-values.js';

/** Optional text: trimmed, and a blank field is stored as "no value" (null). */
const optionalText = (label: string, labelEn: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, {
      error: `${label}最长 ${String(max)} 字 / ${labelEn}: at most ${String(max)} characters`,
    })
    .nullable()
    .transform((v) => (v === null || v === '' ? null : v));

const NAME_MAX = 200;

export const EnterpriseNameSchema = z
  .string()
  .trim()
  .min(1, { error: '企业名称不能为空 / Name: required' })
  .max(NAME_MAX, {
    error: `企业名称最长 ${String(NAME_MAX)} 字 / Name: at most ${String(NAME_MAX)} characters`,
  });

/**
 * A USCC as typed: length and symbols are checked here; the check character is checked by the service,
 * which lets an unchanged imported code stand (registers hold a few codes that fail it).
 */
export const UsccInputSchema = z
  .string()
  .nullable()
  .transform((v, ctx) => {
    if (v === null || v.trim() === '') return null;
    const r = validateUscc(v);
    if (r.ok) return r.value;
    if (r.kind === 'checksum' && r.value !== undefined) return r.value;
    ctx.addIssue({ code: 'custom', message: `统一社会信用代码：${r.message}` });
    return z.NEVER;
  });

const int = (label: string, labelEn: string, min: number, max: number) =>
  z
    .number()
    .int({ error: `${label}应为整数 / ${labelEn}: a whole number` })
    .min(min, { error: `${label}不能小于 ${String(min)} / ${labelEn}: at least ${String(min)}` })
    .max(max, { error: `${label}不能大于 ${String(max)} / ${labelEn}: at most ${String(max)}` })
    .nullable();

export const ENTERPRISE_LIMITS = {
  name: NAME_MAX,
  text: 100,
  mainProducts: 500,
  aliases: 20,
  tags: 30,
  tag: 40,
  /** 万元: 1e9 万元 is ten trillion yuan, above any firm's turnover. */
  revenue: 1e9,
  employees: 5_000_000,
  /** The import's range: the oldest firms in a register date from the 1800s. */
  foundedMin: EARLIEST_YEAR,
} as const;
const L = ENTERPRISE_LIMITS;

/** Everything the form edits; the same shape creates a firm and replaces an existing one's fields. */
export const EnterpriseDraftSchema = z
  .object({
    name: EnterpriseNameSchema,
    /** Other names the firm is known by (short name, former names): search and import match them. */
    aliases: z
      .array(
        z
          .string()
          .trim()
          .min(1, { error: '别名不能为空 / Alias: must not be blank' })
          .max(NAME_MAX, {
            error: `别名最长 ${String(NAME_MAX)} 字 / Alias: at most ${String(NAME_MAX)} characters`,
          }),
      )
      .max(L.aliases, {
        error: `别名最多 ${String(L.aliases)} 个 / Aliases: at most ${String(L.aliases)}`,
      }),
    uscc: UsccInputSchema,
    isLocal: z.boolean(),
    province: optionalText('省份', 'Province', L.text),
    city: optionalText('城市', 'City', L.text),
    country: optionalText('国家/地区', 'Country', L.text),
    park: optionalText('园区', 'Park', L.text),
    grid: optionalText('网格', 'Grid', L.text),
    responsiblePerson: optionalText('包保人', 'Responsible person', L.text),
    ownership: OwnershipSchema.nullable(),
    investorCountry: optionalText('投资国别', 'Investor country', L.text),
    isAboveScale: z.boolean(),
    tags: z
      .array(
        z
          .string()
          .trim()
          .min(1, { error: '标签不能为空 / Tag: must not be blank' })
          .max(L.tag, {
            error: `标签最长 ${String(L.tag)} 字 / Tag: at most ${String(L.tag)} characters`,
          }),
      )
      .max(L.tags, { error: `标签最多 ${String(L.tags)} 个 / Tags: at most ${String(L.tags)}` }),
    revenue: z
      .number()
      .min(0, { error: '营业收入不能为负 / Revenue: must not be negative' })
      .max(L.revenue, {
        error: `营业收入不能超过 ${String(L.revenue)} 万元 / Revenue: at most ${String(L.revenue)} (10k yuan)`,
      })
      .nullable(),
    employees: int('员工人数', 'Employees', 0, L.employees),
    // The latest 成立年份 is next year, as the import has it, counted when the form is checked (an
    // app left open over New Year moves with it): a typo such as 2202 is refused by both paths.
    founded: int('成立年份', 'Founded', L.foundedMin, Number.MAX_SAFE_INTEGER).refine(
      (v) => v === null || v <= latestFoundedYear(),
      {
        error: () =>
          `成立年份不能晚于 ${String(latestFoundedYear())} 年 / Founded: at most ${String(latestFoundedYear())}`,
      },
    ),
    mainProducts: optionalText('主要产品', 'Main products', L.mainProducts),
    status: EnterpriseStatusSchema,
  })
  .strict();
export type EnterpriseDraft = z.output<typeof EnterpriseDraftSchema>;
export type EnterpriseDraftInput = z.input<typeof EnterpriseDraftSchema>;

/** A firm the typed name or USCC may already be: same USCC, same normalised name, or a former name. */
export const DuplicateSchema = z.object({
  id: IdSchema,
  name: z.string(),
  uscc: z.string().nullable(),
  reason: z.enum(['uscc', 'name', 'alias']),
});
export type Duplicate = z.infer<typeof DuplicateSchema>;

/** What deleting a firm takes with it (counted in the workspace, shown before asking). */
export const EnterpriseImpactSchema = z.object({
  links: z.number().int(),
  mappings: z.number().int(),
  leads: z.number().int(),
  aliases: z.number().int(),
});
export type EnterpriseImpact = z.infer<typeof EnterpriseImpactSchema>;

export const MappingInputSchema = z
  .object({
    enterpriseId: IdSchema,
    segmentId: IdSchema,
    isPrimary: z.boolean(),
    status: MappingStatusSchema,
    evidence: optionalText('依据', 'Evidence', L.mainProducts).optional(),
  })
  .strict();

/** The fields a merge picks one side of; tags can also take both sides' tags. */
export const MERGE_FIELDS = [
  'name',
  'uscc',
  'isLocal',
  'province',
  'city',
  'country',
  'park',
  'grid',
  'responsiblePerson',
  'ownership',
  'investorCountry',
  'isAboveScale',
  'tags',
  'revenue',
  'employees',
  'founded',
  'mainProducts',
  'status',
] as const satisfies readonly (keyof z.infer<typeof EnterpriseSchema>)[];
export type MergeField = (typeof MERGE_FIELDS)[number];
export const MergePickSchema = z.enum(['survivor', 'other', 'both']);
export type MergePick = z.infer<typeof MergePickSchema>;

export const MergeInputSchema = z
  .object({
    survivorId: IdSchema,
    otherId: IdSchema,
    /** Per field, whose value the survivor keeps; a field left out keeps the survivor's (or fills a blank). */
    picks: z.partialRecord(z.enum(MERGE_FIELDS), MergePickSchema),
  })
  .strict()
  .refine((v) => v.survivorId !== v.otherId, {
    error: '请选择两家不同的企业 / choose two different firms',
  });

export const MergeResultSchema = z.object({
  survivorId: IdSchema,
  movedLinks: z.number().int(),
  /** Links of the other record to a firm the survivor already had a link with: joined into that one. */
  combinedLinks: z.number().int(),
  /** Links between the two records: a firm does not supply itself. */
  droppedSelfLinks: z.number().int(),
  movedMappings: z.number().int(),
  combinedMappings: z.number().int(),
  movedLeads: z.number().int(),
  aliasesAdded: z.number().int(),
});
export type MergeResult = z.infer<typeof MergeResultSchema>;

const ById = z.object({ id: IdSchema }).strict();

export const enterpriseEditContract = {
  /** The form's starting values: the firm, the names it is known by, and what a delete would take. */
  'enterprise:editable': {
    input: ById,
    output: z.object({
      enterprise: EnterpriseSchema,
      aliases: z.array(z.string()),
      impact: EnterpriseImpactSchema,
    }),
  },
  /** Firms the typed name or USCC may already be (the form warns before saving). */
  'enterprise:duplicates': {
    input: z
      .object({
        name: z.string().max(NAME_MAX).optional(),
        uscc: z.string().max(40).optional(),
        excludeId: IdSchema.optional(),
      })
      .strict(),
    output: z.array(DuplicateSchema),
  },
  'enterprise:create': { input: EnterpriseDraftSchema, output: z.object({ id: IdSchema }) },
  'enterprise:update': {
    input: z.object({ id: IdSchema, draft: EnterpriseDraftSchema }).strict(),
    output: z.object({ id: IdSchema }),
  },
  /** Deletes the firm with its links, 挂链 and former names; its leads keep their target name. */
  'enterprise:delete': { input: ById, output: EnterpriseImpactSchema },
  /** Adds a 挂链 or changes its primary flag, status and evidence (one primary per firm). */
  'enterprise:mapSegment': { input: MappingInputSchema, output: z.object({ ok: z.literal(true) }) },
  'enterprise:unmapSegment': {
    input: z.object({ enterpriseId: IdSchema, segmentId: IdSchema }).strict(),
    output: z.object({ ok: z.literal(true) }),
  },
  'enterprise:merge': { input: MergeInputSchema, output: MergeResultSchema },
} as const;
