// The outcome of planning an import against a workspace: what would be written (ops, with refs that
// are existing ids when > 0 and placeholders for new rows when < 0), counts per entity, and issues.
import type { Enterprise, LeadStage, LinkSource, MappingStatus, Stage } from '../domain/schemas.js';
import type { EntityKind, ImportIssue, RowOrigin } from './types.js';

export type Ref = number;

/** Rows by outcome; `deleted`: records the import removes (操作=删除 rows, links replace mode drops). */
export type Counts = {
  new: number;
  updated: number;
  unchanged: number;
  deleted: number;
  rejected: number;
};
export const zeroCounts = (): Counts => ({
  new: 0,
  updated: 0,
  unchanged: 0,
  deleted: 0,
  rejected: 0,
});

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

/** Adds or updates the firm's 挂链 in `items`; removes those in `remove` (replace mode or 删除 only). */
export type MappingOp = {
  enterpriseRef: Ref;
  items: { segmentRef: Ref; isPrimary: boolean; status: MappingStatus }[];
  remove: Ref[];
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

/** A name a firm was known by (an accepted rename keeps the old one), so search and matching find it. */
export type AliasOp = { enterpriseRef: Ref; alias: string };

export type PlanOps = {
  clusters: ClusterOp[];
  chains: ChainOp[];
  segments: SegmentOp[];
  enterprises: EnterpriseOp[];
  aliases: AliasOp[];
  mappings: MappingOp[];
  links: LinkOp[];
  leads: LeadOp[];
  /** Firms (workspace ids) a 删除 row removes, with their 挂链, links and aliases. */
  removeEnterprises: number[];
  /** Links (workspace ids) a 删除 row or replace mode removes. */
  removeLinks: number[];
};

/** Why a workspace firm is offered as the one a row may mean. */
export type MatchReason = 'sameName' | 'sameNameOtherUscc' | 'shortName' | 'alias';

export type MatchCandidate = {
  id: number;
  name: string;
  uscc: string | null;
  reason?: MatchReason;
};

/**
 * A row that needs an answer before it is written. `several`: the name matches several firms (answer:
 * which one). `possibleDuplicate`: it may be an existing firm (same name with another USCC, or its short
 * name / alias); the answer is a candidate's id (same firm) or 'new' (a different firm). The answer goes
 * into MatchDecisions under `nameKey` (for duplicates a composite key, not a bare name key).
 */
export type AmbiguousMatch = {
  nameKey: string;
  name: string;
  candidates: MatchCandidate[];
  kind?: 'several' | 'possibleDuplicate';
  uscc?: string | null;
  origin?: RowOrigin;
};

/** What the import does with one row. `deleted`: a 删除 row removes the record. */
export type RowOutcome = 'new' | 'updated' | 'unchanged' | 'deleted' | 'rejected';

/** One field of a matched record before and after, as display text ('' for empty). */
export type FieldChange = {
  /** Field key (e.g. 'name', 'tags', 'segments', 'revenue'). */
  field: string;
  /** The header a user knows the field by (e.g. 标签, 所属环节). */
  label: string;
  before: string;
  after: string;
  /** 'rename': not written unless accepted (PlanOptions.acceptNames); `after` is what acceptance writes. */
  pending?: 'rename';
  /** True when the change takes something away (replace mode, 删除). */
  removes?: boolean;
};

/** One data row of the files as the import will treat it, for the row preview. */
export type PlannedRow = {
  kind: EntityKind;
  file: string;
  sheet: string;
  row: number;
  outcome: RowOutcome;
  /** Firm name, "供应方 → 采购方", "产业链/环节", or the lead's target. */
  label: string;
  /** The row's non-blank cells as read: header text → cell text. */
  values: Record<string, string>;
  /** For updated/deleted rows: each field before → after. */
  changes: FieldChange[];
  /** Issues on this row (errors and warnings). */
  issues: ImportIssue[];
  /** The workspace record the row matched (firm, link or lead id); null when new or rejected. */
  matchedId: number | null;
};

export type ImportPlan = {
  counts: Record<EntityKind, Counts>;
  issues: ImportIssue[];
  ambiguous: AmbiguousMatch[];
  /** Every data row, in file/sheet/row order (rows rejected while reading included). */
  rows: PlannedRow[];
  ops: PlanOps;
};

/** Remembered answers for ambiguous or possibly duplicate matches: key → firm id, or 'new'. */
export type MatchDecisions = Record<string, number | 'new'>;

/** What may be removed when the file is taken as the whole truth for the records it lists. */
export type ReplaceScope = 'tags' | 'segments' | 'links';

/** Planning options beyond remembered decisions; none of these is remembered across imports. */
export type PlanOptions = {
  /** Firms (workspace ids) whose name in the file replaces the stored one; the old name becomes an alias. */
  acceptNames?: readonly number[];
  /**
   * Replace mode per entity. 'tags' / 'segments': a listed firm's tags / 挂链 become exactly the
   * file's (for columns the sheet has). 'links': a supplier's stored links that its rows in the file do
   * not name are removed. Every removal is listed in the row's changes.
   */
  replace?: readonly ReplaceScope[];
  /** Names firms were known by (enterprise_alias), matched after USCC and the name itself. */
  aliases?: readonly { enterpriseId: number; alias: string }[];
};
