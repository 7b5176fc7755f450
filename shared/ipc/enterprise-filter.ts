// The register's (企业) filters as one schema: the list, its count, the address bar and the export of
// exactly the filtered list all read the same fields, so they can never disagree.
import { z } from 'zod';

import { SegmentStateSchema } from '../analysis/schemas.js';
import { IdSchema, OwnershipSchema } from '../domain/schemas.js';

export const EnterpriseFilterSchema = z
  .object({
    /** Name, short name, alias, pinyin (full or initials), USCC, products, park or tag. */
    query: z.string().max(200).optional(),
    clusterId: IdSchema.optional(),
    chainId: IdSchema.optional(),
    segmentId: IdSchema.optional(),
    /** Firms mapped (confirmed or uncertain) to a segment in this state, within the chain filters. */
    segmentState: SegmentStateSchema.optional(),
    isLocal: z.boolean().optional(),
    /** 规上 (above designated size). */
    isAboveScale: z.boolean().optional(),
    tag: z.string().max(50).optional(),
    park: z.string().max(200).optional(),
    ownership: OwnershipSchema.optional(),
    investorCountry: z.string().max(100).optional(),
  })
  .strict();
export type EnterpriseFilter = z.infer<typeof EnterpriseFilterSchema>;

export const EnterpriseSortFieldSchema = z.enum([
  'name',
  'isLocal',
  'isAboveScale',
  'park',
  'revenue',
  'employees',
  'founded',
  'segmentCount',
  'supplierCount',
  'buyerCount',
]);
export type EnterpriseSortField = z.infer<typeof EnterpriseSortFieldSchema>;
export const EnterpriseSortSchema = z.object({
  field: EnterpriseSortFieldSchema,
  direction: z.enum(['asc', 'desc']),
});
export type EnterpriseSort = z.infer<typeof EnterpriseSortSchema>;

/** The values the register's filters offer, read from the workspace. */
export const EnterpriseFacetsSchema = z.object({
  parks: z.array(z.string()),
  tags: z.array(z.string()),
  investorCountries: z.array(z.string()),
});
export type EnterpriseFacets = z.infer<typeof EnterpriseFacetsSchema>;
