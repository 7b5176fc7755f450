// The api contract: one entry per channel `domain:verb` with zod input and output schemas.
// Electron ipc, the browser-mode HTTP host and the renderer's client are all derived from this table.
import { z } from 'zod';

import {
  ChainSchema,
  ClusterSchema,
  EnterpriseSchema,
  EnterpriseSegmentSchema,
  IdSchema,
  LeadSchema,
  SegmentSchema,
  SupplyLinkSchema,
  WorkspaceStatsSchema,
} from '../domain/schemas.js';
import { analysisContract } from './analysis-contract.js';
import { backupContract } from './backup-contract.js';
import {
  EnterpriseFacetsSchema,
  EnterpriseFilterSchema,
  EnterpriseSortFieldSchema,
  EnterpriseSortSchema,
} from './enterprise-filter.js';
import { enterpriseEditContract } from './enterprise-edit-contract.js';
import { importContract } from './import-contract.js';
import { linkEditContract } from './link-edit-contract.js';
import { mapContract, MapGraphWireSchema } from './map-contract.js';
import { networkContract } from './network-contract.js';
import { taxonomyEditContract } from './taxonomy-edit-contract.js';
import { templateContract } from './template-contract.js';
import { workspaceFileContract } from './workspace-file-contract.js';
import { undoContract } from './undo-contract.js';

const Empty = z.object({}).strict();

export const WorkspaceInfoSchema = z.object({
  /** File name only; the renderer is never handed full paths it could send back. */
  name: z.string(),
  location: z.string(),
  schemaVersion: z.number().int(),
  stats: WorkspaceStatsSchema,
  shell: z.enum(['desktop', 'browser']),
  /** Opened read-only (file or folder not writable): the app shows a banner and disables editing. */
  readOnly: z.boolean(),
});
export type WorkspaceInfo = z.infer<typeof WorkspaceInfoSchema>;

export const RecentWorkspaceSchema = z.object({ name: z.string(), location: z.string() });

export { EnterpriseSortFieldSchema };

/** One page of the register: its filters, a sort (default: search relevance, then 拼音), and paging. */
export const EnterpriseListInputSchema = EnterpriseFilterSchema.extend({
  sort: EnterpriseSortSchema.optional(),
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().positive().max(50_000).default(200),
  /** Also answer the values the filters offer (parks, tags, investor countries). */
  facets: z.boolean().optional(),
}).strict();
export type EnterpriseListInput = z.input<typeof EnterpriseListInputSchema>;

export const EnterpriseRowSchema = EnterpriseSchema.extend({
  segmentCount: z.number().int(),
  supplierCount: z.number().int(),
  buyerCount: z.number().int(),
  /** Chain names the firm is mapped to (confirmed or uncertain). */
  chains: z.array(z.string()),
});
export type EnterpriseRow = z.infer<typeof EnterpriseRowSchema>;

export const LinkWithFirmSchema = SupplyLinkSchema.extend({
  /** The firm at the other end of the link. */
  firm: z.object({ id: IdSchema, name: z.string(), isLocal: z.boolean() }),
  segmentName: z.string().nullable(),
});
export type LinkWithFirm = z.infer<typeof LinkWithFirmSchema>;

export const EnterpriseDetailSchema = z.object({
  enterprise: EnterpriseSchema,
  segments: z.array(
    EnterpriseSegmentSchema.extend({
      segmentName: z.string(),
      chainId: IdSchema,
      chainName: z.string(),
      stage: SegmentSchema.shape.stage,
    }),
  ),
  suppliers: z.array(LinkWithFirmSchema),
  buyers: z.array(LinkWithFirmSchema),
  leads: z.array(LeadSchema),
});
export type EnterpriseDetail = z.infer<typeof EnterpriseDetailSchema>;

/** Everything a graph view needs, as plain rows; views map it to their own elements. */
export const GraphDataSchema = z.object({
  clusters: z.array(ClusterSchema),
  chains: z.array(ChainSchema),
  segments: z.array(SegmentSchema),
  enterprises: z.array(EnterpriseSchema),
  mappings: z.array(EnterpriseSegmentSchema),
  links: z.array(SupplyLinkSchema),
});
export type GraphData = z.infer<typeof GraphDataSchema>;

export const ClusterSummarySchema = ClusterSchema.extend({
  chainCount: z.number().int(),
  enterpriseCount: z.number().int(),
});

export const contract = {
  'workspace:info': { input: Empty, output: WorkspaceInfoSchema },
  'workspace:recent': { input: Empty, output: z.array(RecentWorkspaceSchema) },
  /** Desktop: shows the native open dialog (or opens the n-th recent file). Browser mode: UNSUPPORTED. */
  'workspace:open': {
    input: z.object({ recentIndex: z.number().int().nonnegative().optional() }).strict(),
    output: WorkspaceInfoSchema.nullable(),
  },
  /** Desktop: shows the native save dialog and creates a workspace there, empty or with demo data. */
  'workspace:create': {
    input: z.object({ demo: z.boolean() }).strict(),
    output: WorkspaceInfoSchema.nullable(),
  },
  'cluster:list': { input: Empty, output: z.array(ClusterSummarySchema) },
  'chain:list': {
    input: z.object({ clusterId: IdSchema.optional() }).strict(),
    output: z.array(ChainSchema),
  },
  'segment:list': {
    input: z.object({ chainId: IdSchema }).strict(),
    output: z.array(SegmentSchema),
  },
  'enterprise:list': {
    input: EnterpriseListInputSchema,
    output: z.object({
      total: z.number().int(),
      rows: z.array(EnterpriseRowSchema),
      facets: EnterpriseFacetsSchema.optional(),
    }),
  },
  'enterprise:get': {
    input: z.object({ id: IdSchema }).strict(),
    output: EnterpriseDetailSchema,
  },
  'graph:chain': {
    input: z.object({ chainId: IdSchema }).strict(),
    output: MapGraphWireSchema,
  },
  'graph:cluster': {
    input: z.object({ clusterId: IdSchema }).strict(),
    output: MapGraphWireSchema,
  },
  ...analysisContract,
  ...importContract,
  ...mapContract,
  ...networkContract,
  ...templateContract,
  ...backupContract,
  ...workspaceFileContract,
  ...undoContract,
  ...linkEditContract,
  ...taxonomyEditContract,
  ...enterpriseEditContract,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const channels = Object.keys(contract) as Channel[];
