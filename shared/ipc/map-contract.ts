// Contract entries for map export (PNG/SVG of a chain, cluster or the overview; 导出全部图谱; the
// printable report); spread into `contract` in ./contract.ts. Pictures are drawn by the core (desktop
// main process or browser-mode host), never in a browser canvas, and come back as base64 to download.
import { z } from 'zod';

import {
  ChainSchema,
  ClusterSchema,
  IdSchema,
  MappingStatusSchema,
  SegmentSchema,
} from '../domain/schemas.js';

/** Widest PNG the core draws (the issue promises at least 12,000 px). */
export const MAX_MAP_WIDTH = 16_384;

export const MapViewSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('chain'), chainId: IdSchema }).strict(),
  z.object({ kind: z.literal('cluster'), clusterId: IdSchema }).strict(),
  z.object({ kind: z.literal('overview') }).strict(),
]);
export type MapViewInput = z.infer<typeof MapViewSchema>;

const RequestId = z.string().min(1).max(64);
const Lang = z.enum(['zh', 'en']).default('zh');
const Size = {
  scale: z.union([z.literal(1), z.literal(2), z.literal(4)]).optional(),
  width: z.number().int().min(200).max(MAX_MAP_WIDTH).optional(),
};

const Flag = z.union([z.literal(0), z.literal(1)]);

/** A chain's or cluster's map data in columns (shared/maps/graph-wire.ts): only what a map draws. */
export const MapGraphWireSchema = z.object({
  clusters: z.array(ClusterSchema),
  chains: z.array(ChainSchema),
  segments: z.array(SegmentSchema),
  firms: z.object({
    id: z.array(IdSchema),
    name: z.array(z.string()),
    local: z.array(Flag),
    anchor: z.array(Flag),
    revenue: z.array(z.number().nullable()),
  }),
  mappings: z.object({
    enterpriseId: z.array(IdSchema),
    segmentId: z.array(IdSchema),
    primary: z.array(Flag),
    status: z.array(MappingStatusSchema),
  }),
  links: z.object({
    id: z.array(IdSchema),
    supplierId: z.array(IdSchema),
    buyerId: z.array(IdSchema),
    amount: z.array(z.number().nullable()),
  }),
});

export const MapProgressSchema = z.object({
  phase: z.enum(['layout', 'font', 'render', 'write', 'done']),
  /** Pictures finished (export all) — 0 or 1 for one picture. */
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  file: z.string().optional(),
});
export type MapProgress = z.infer<typeof MapProgressSchema>;

const FileOut = z.object({ fileName: z.string(), mime: z.string(), base64: z.string() });

export const mapContract = {
  /** One picture of the view; `requestId` lets `map:progress` / `map:cancel` follow it. */
  'map:export': {
    input: z
      .object({
        view: MapViewSchema,
        format: z.enum(['png', 'svg']),
        ...Size,
        lang: Lang,
        /** Segments drawn expanded on screen, so the export shows what was seen. */
        expanded: z.array(IdSchema).max(10_000).optional(),
        links: z.boolean().optional(),
        /** Width / height of the map's window on screen: the chain map wraps to the same shape. */
        aspect: z.number().min(0.2).max(10).optional(),
        requestId: RequestId.optional(),
      })
      .strict(),
    output: FileOut.extend({
      width: z.number().int(),
      height: z.number().int(),
      bytes: z.number().int(),
      ms: z.number(),
      /** Characters the embedded font could not draw (shown as a warning). */
      missing: z.array(z.string()),
    }),
  },
  /**
   * 导出全部图谱: one picture per chain and per cluster. Desktop: into a folder the user picks (null
   * when the dialog is cancelled). Browser mode: one zip to download.
   */
  'map:exportAll': {
    input: z
      .object({
        format: z.enum(['png', 'svg']),
        ...Size,
        lang: Lang,
        requestId: RequestId.optional(),
      })
      .strict(),
    output: z
      .object({
        files: z.array(z.string()),
        cancelled: z.boolean(),
        /** Desktop: the folder's name the files went into. */
        folder: z.string().nullable(),
        /** Browser mode: the zip to download. */
        zip: FileOut.nullable(),
        missing: z.array(z.string()),
        ms: z.number(),
      })
      .nullable(),
  },
  'map:progress': {
    input: z.object({ requestId: RequestId }).strict(),
    output: MapProgressSchema.nullable(),
  },
  'map:cancel': {
    input: z.object({ requestId: RequestId }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
  /**
   * The printable report of a chain or cluster: map, state table with reasons, rates with formulas,
   * targets and leads, dated. `html` is one self-contained file; `pdf` (desktop only) prints it.
   */
  'map:report': {
    input: z
      .object({
        view: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('chain'), chainId: IdSchema }).strict(),
          z.object({ kind: z.literal('cluster'), clusterId: IdSchema }).strict(),
        ]),
        format: z.enum(['html', 'pdf']).default('html'),
        lang: Lang,
      })
      .strict(),
    output: FileOut,
  },
} as const;
