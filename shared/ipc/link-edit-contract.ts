// Contract entries for editing supply links by hand (create, update, delete), with the limits of
// every field; spread into `contract` in ./contract.ts. Messages read "中文 / English".
import { z } from 'zod';

import { IdSchema, LinkSourceSchema, SupplyLinkSchema } from '../domain/schemas.js';

/** Largest annual amount accepted, in 万元 (10^12 元: beyond any single supply relation). */
export const MAX_LINK_AMOUNT = 100_000_000;
export const MIN_LINK_YEAR = 1949;
export const MAX_LINK_YEAR = 2100;

const year = (zh: string, en: string) =>
  z
    .number({ error: `${zh}须为年份数字 / ${en} must be a year` })
    .int({ error: `${zh}须为整数年份 / ${en} must be a whole year` })
    .min(MIN_LINK_YEAR, {
      error: `${zh}不能早于 ${String(MIN_LINK_YEAR)} / ${en} cannot be before ${String(MIN_LINK_YEAR)}`,
    })
    .max(MAX_LINK_YEAR, {
      error: `${zh}不能晚于 ${String(MAX_LINK_YEAR)} / ${en} cannot be after ${String(MAX_LINK_YEAR)}`,
    })
    .nullable();

/** What a person fills in for one link; the same object for create and update. */
export const LinkFieldsSchema = z
  .object({
    supplierId: IdSchema,
    buyerId: IdSchema,
    product: z
      .string()
      .trim()
      .max(100, { error: '产品：最多 100 个字 / Product: at most 100 characters' })
      .nullable(),
    segmentId: IdSchema.nullable(),
    /** 年供货额, 万元 */
    amount: z
      .number({ error: '年供货额须为数字 / Annual amount must be a number' })
      .min(0, { error: '年供货额不能为负数 / Annual amount cannot be negative' })
      .max(MAX_LINK_AMOUNT, {
        error: `年供货额不能超过 ${String(MAX_LINK_AMOUNT)} 万元 / Annual amount cannot exceed ${String(MAX_LINK_AMOUNT)} (10k CNY)`,
      })
      .nullable(),
    /** Share of the buyer's need in this product, 0..1. */
    share: z
      .number({ error: '占比须为数字 / Share must be a number' })
      .min(0, { error: '占比须在 0–100% 之间 / Share must be between 0 and 100%' })
      .max(1, { error: '占比须在 0–100% 之间 / Share must be between 0 and 100%' })
      .nullable(),
    source: LinkSourceSchema,
    yearFrom: year('起始年份', 'First year'),
    yearTo: year('截止年份', 'Last year'),
  })
  .strict()
  .refine((v) => v.supplierId !== v.buyerId, {
    path: ['buyerId'],
    error: '供应商和采购方不能是同一家企业 / Supplier and buyer must be different firms',
  })
  .refine((v) => v.yearFrom === null || v.yearTo === null || v.yearFrom <= v.yearTo, {
    path: ['yearTo'],
    error: '截止年份不能早于起始年份 / The last year cannot be before the first year',
  });
export type LinkFields = z.infer<typeof LinkFieldsSchema>;

/** A stored link with the names a person recognises it by. */
export const NamedLinkSchema = SupplyLinkSchema.extend({
  supplierName: z.string(),
  buyerName: z.string(),
  segmentName: z.string().nullable(),
});
export type NamedLink = z.infer<typeof NamedLinkSchema>;

/**
 * A save either happened, or met links with the same supplier, buyer and segment and wrote nothing
 * (answered again with `allowDuplicate` once the user has seen them).
 */
export const LinkSaveResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('duplicate'), existing: z.array(NamedLinkSchema) }),
  z.object({ status: z.literal('saved'), link: SupplyLinkSchema }),
]);
export type LinkSaveResult = z.infer<typeof LinkSaveResultSchema>;

const allowDuplicate = z.boolean().optional();

export const linkEditContract = {
  'link:create': {
    input: z.object({ fields: LinkFieldsSchema, allowDuplicate }).strict(),
    output: LinkSaveResultSchema,
  },
  'link:update': {
    input: z.object({ id: IdSchema, fields: LinkFieldsSchema, allowDuplicate }).strict(),
    output: LinkSaveResultSchema,
  },
  'link:delete': {
    input: z.object({ id: IdSchema }).strict(),
    output: z.object({ deleted: z.literal(true) }),
  },
} as const;
