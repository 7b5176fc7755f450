// Shapes of the supply-network view: the filter a user sets (kept in the address), the grouped graph
// the core answers with, saved node positions and the firm-focus picture. Pure zod, both sides use it.
import { z } from 'zod';

import { IdSchema, LinkSourceSchema, OwnershipSchema } from '../domain/schemas.js';
import { SegmentStateSchema } from '../analysis/schemas.js';

export const GroupBySchema = z.enum(['cluster', 'chain', 'segment', 'park', 'none']);
export type GroupBy = z.infer<typeof GroupBySchema>;

const Text = z.string().trim().min(1).max(100);

export const NetworkFilterSchema = z
  .object({
    clusterId: IdSchema.optional(),
    chainId: IdSchema.optional(),
    park: Text.optional(),
    ownership: OwnershipSchema.optional(),
    investorCountry: Text.optional(),
    tag: Text.optional(),
    aboveScale: z.boolean().optional(),
    locality: z.enum(['local', 'outside']).optional(),
    /** Firms with at least one confirmed segment in this state. */
    segmentState: SegmentStateSchema.optional(),
    /** Links below this annual amount (万元) are left out; links without an amount too. */
    minAmount: z.number().nonnegative().max(1e12).optional(),
  })
  .strict();
export type NetworkFilter = z.infer<typeof NetworkFilterSchema>;

/** Above this many firms the view opens with every group collapsed. */
export const COLLAPSE_ABOVE = 500;

export const NetworkFirmSchema = z.object({
  id: z.string(),
  firmId: IdSchema,
  name: z.string(),
  uscc: z.string().nullable(),
  isLocal: z.boolean(),
  isAnchor: z.boolean(),
  isTop500: z.boolean(),
  revenue: z.number().nullable(),
  degree: z.number().int(),
  /** Group node id it sits in, null when ungrouped. */
  group: z.string().nullable(),
});
export type NetworkFirm = z.infer<typeof NetworkFirmSchema>;

/** named: a cluster, chain or park; the others get their words from the screen's language. */
export const GroupKindSchema = z.enum(['named', 'unassigned', 'noPark', 'outside']);

export const NetworkGroupSchema = z.object({
  id: z.string(),
  kind: GroupKindSchema,
  label: z.string(),
  firmCount: z.number().int(),
  localCount: z.number().int(),
  /** Links with both ends inside the group (not drawn while collapsed). */
  innerLinks: z.number().int(),
  expanded: z.boolean(),
  /** Firms of an opened group not drawn (it holds more than the cap): they sit behind its rest node. */
  restCount: z.number().int().optional(),
});
export type NetworkGroup = z.infer<typeof NetworkGroupSchema>;

export const NetworkEdgeSchema = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  /** Supply links summed into this edge (1 for a firm-to-firm link). */
  count: z.number().int(),
  /** Summed annual amount, null when no link had one. */
  amount: z.number().nullable(),
  /** The strongest evidence among the summed links. */
  evidence: LinkSourceSchema,
  /**
   * Left out of the drawing of a dense view (shown when one of its firms is hovered); the drawn
   * edges keep every firm connected through its strongest links.
   */
  minor: z.boolean().optional(),
});
export type NetworkEdge = z.infer<typeof NetworkEdgeSchema>;

export const NetworkProblemsSchema = z.object({
  missingEnds: z.number().int(),
  selfLoops: z.number().int(),
  duplicates: z.number().int(),
});

export const NetworkGraphSchema = z.object({
  viewKey: z.string(),
  groupBy: GroupBySchema,
  /** The grouping drawn: a finer level than asked when everything fell into one group. */
  drawnGroupBy: GroupBySchema,
  firmCount: z.number().int(),
  linkCount: z.number().int(),
  groups: z.array(NetworkGroupSchema),
  firms: z.array(NetworkFirmSchema),
  edges: z.array(NetworkEdgeSchema),
  problems: NetworkProblemsSchema,
  /** Every investor country in the workspace, for the filter bar's choices. */
  investorCountries: z.array(z.string()),
});
export type NetworkGraph = z.infer<typeof NetworkGraphSchema>;

/**
 * Where a firm of a view stands, for search to reach one not drawn: its group (null: ungrouped) and
 * whether an opened group leaves it behind the rest node (drawn only when the group is shown whole).
 */
export const FirmPlaceSchema = z.object({
  firmId: IdSchema,
  group: z.string().nullable(),
  behindRest: z.boolean(),
});
export type FirmPlace = z.infer<typeof FirmPlaceSchema>;

export const NodePositionSchema = z.object({
  id: z.string().min(1).max(80),
  x: z.number(),
  y: z.number(),
  pinned: z.boolean(),
});
export type NodePosition = z.infer<typeof NodePositionSchema>;

const TierFirmSchema = z.object({
  id: IdSchema,
  name: z.string(),
  isLocal: z.boolean(),
  via: z.array(IdSchema),
  /** Segments the firm is mapped to, shown for outside suppliers (a lead would fill one). */
  segments: z.array(z.object({ id: IdSchema, name: z.string() })),
});

export const FocusTierSchema = z.object({
  tier: z.number().int(),
  firms: z.array(TierFirmSchema),
  localCount: z.number().int(),
  /** Amount on the links joining this tier to the previous one, and the part with a local end. */
  amount: z.number().nullable(),
  localAmount: z.number().nullable(),
});
export type FocusTier = z.infer<typeof FocusTierSchema>;

export const FirmFocusSchema = z.object({
  root: z.object({ id: IdSchema, name: z.string(), isLocal: z.boolean() }),
  depth: z.number().int(),
  suppliers: z.array(FocusTierSchema),
  buyers: z.array(FocusTierSchema),
});
export type FirmFocus = z.infer<typeof FirmFocusSchema>;
