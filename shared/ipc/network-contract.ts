// Contract entries for the supply-network view (供应网络) and firm focus; spread into `contract` in
// ./contract.ts. The network comes back grouped so a large workspace never arrives as a hairball.
import { z } from 'zod';

import { IdSchema } from '../domain/schemas.js';
import {
  FirmFocusSchema,
  FirmPlaceSchema,
  GroupBySchema,
  NetworkFilterSchema,
  NetworkGraphSchema,
  NodePositionSchema,
} from '../network/schemas.js';

const ViewKey = z.string().min(1).max(2000);

export const networkContract = {
  /** The network for a filter, grouped; `expanded` absent: collapsed when it is large. */
  'network:graph': {
    input: z
      .object({
        filter: NetworkFilterSchema.default({}),
        groupBy: GroupBySchema.default('cluster'),
        expanded: z.array(z.string().max(200)).max(10_000).optional(),
        showAll: z.array(z.string().max(200)).max(10_000).optional(),
      })
      .strict(),
    output: NetworkGraphSchema.extend({ positions: z.array(NodePositionSchema) }),
  },
  /**
   * Where the given firms stand in a view (their group, and whether they sit behind its rest node),
   * for the search to open what hides a firm; firms the view does not hold are left out.
   */
  'network:locate': {
    input: z
      .object({
        filter: NetworkFilterSchema.default({}),
        groupBy: GroupBySchema.default('cluster'),
        firmIds: z.array(IdSchema).max(200),
      })
      .strict(),
    output: z.array(FirmPlaceSchema),
  },
  /** Saves node positions of one view; `replace` forgets the view's other positions first. */
  'network:savePositions': {
    input: z
      .object({
        viewKey: ViewKey,
        positions: z.array(NodePositionSchema).max(200_000),
        replace: z.boolean().default(false),
      })
      .strict(),
    output: z.object({ saved: z.number().int() }),
  },
  /** A firm's supplier tiers and buyer tiers with local shares (firm focus). */
  'network:focus': {
    input: z
      .object({ enterpriseId: IdSchema, depth: z.number().int().min(1).max(5).default(3) })
      .strict(),
    output: FirmFocusSchema,
  },
} as const;
