// The outcome of planning an import against a workspace: what would be written (ops, with refs that
// are existing ids when > 0 and placeholders for new rows when < 0), counts per entity, and issues.
import type { Enterprise, LeadStage, LinkSource, MappingStatus, Stage } from '../domain/schemas.js';
import type { EntityKind, ImportIssue } from './types.js';

export type Ref = number;

export type Counts = { new: number; updated: number; unchanged: number; rejected: number };
export const zeroCounts = (): Counts => ({ new: 0, updated: 0, unchanged: 0, rejected: 0 });

export type ClusterOp = { ref: Ref; isNew: boolean; name: string; color: string | null };
export type ChainOp = {
  ref: Ref;
  isNew: boolean;
  clusterRef: Ref;
  name: string;
  owner: string | null;
  description: string | null;
  sortOrder: number;
};
export type SegmentOp = {
  ref: Ref;
  isNew: boolean;
  chainRef: Ref;
  parentRef: Ref | null;
  name: string;
  stage: Stage;
  isKey: boolean;
  targetCount: number | null;
  sortOrder: number;
};

/** A firm as an import will write it: the domain entity less what the workspace assigns. */
export type EnterpriseRecord = Omit<Enterprise, 'id' | 'isDemo'>;
export type EnterpriseOp = { ref: Ref; isNew: boolean; record: EnterpriseRecord };

/** Replace the firm's 挂链 of the given statuses with `items`. */
export type MappingOp = {
  enterpriseRef: Ref;
  statuses: MappingStatus[];
  items: { segmentRef: Ref; isPrimary: boolean; status: MappingStatus }[];
};

export type LinkRecord = {
  supplierRef: Ref;
  buyerRef: Ref;
  product: string | null;
  segmentRef: Ref | null;
  amount: number | null;
  share: number | null;
  source: LinkSource;
  yearFrom: number | null;
  yearTo: number | null;
};
/** `id` set: update that link; unset: insert. */
export type LinkOp = { id: number | null; record: LinkRecord };

export type LeadRecord = {
  enterpriseRef: Ref | null;
  targetName: string;
  segmentRef: Ref | null;
  stage: LeadStage;
  owner: string | null;
  nextStep: string | null;
  nextDate: string | null;
  notes: string | null;
};
export type LeadOp = { id: number | null; record: LeadRecord };

export type PlanOps = {
  clusters: ClusterOp[];
  chains: ChainOp[];
  segments: SegmentOp[];
  enterprises: EnterpriseOp[];
  mappings: MappingOp[];
  links: LinkOp[];
  leads: LeadOp[];
};

export type AmbiguousMatch = {
  nameKey: string;
  name: string;
  candidates: { id: number; name: string; uscc: string | null }[];
};

export type ImportPlan = {
  counts: Record<EntityKind, Counts>;
  issues: ImportIssue[];
  ambiguous: AmbiguousMatch[];
  ops: PlanOps;
};

/** Remembered answers for ambiguous name matches: name key → firm id, or 'new'. */
export type MatchDecisions = Record<string, number | 'new'>;
