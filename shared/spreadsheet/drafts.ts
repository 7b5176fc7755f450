// What a sheet row becomes before it meets the workspace: entity drafts keyed by names, not ids.
import type { Enterprise, LeadStage, LinkSource, Stage } from '../domain/schemas.js';
import type { EntityKind, ImportIssue, RowOrigin } from './types.js';

/** What an 操作 column asks for: remove the record, or (enterprise rows) only the 挂链 the row names. */
export type RowAction = 'delete' | 'removeSegments';

/** "工程机械/油缸" names a segment within a chain; a bare "油缸" is looked up in every chain. */
export type SegmentRef = {
  chain: string | null;
  path: string[];
  /** The cell text as written; tried first, so a segment named "PCB/FPC" is still found. */
  text: string;
  /** The chain from a 所属产业链/产业链 column, when the row names exactly one. */
  context: string | null;
};

/** Only the fields whose column the sheet has; absent columns never overwrite workspace values. */
export type EnterpriseValues = Partial<Omit<Enterprise, 'id' | 'isDemo' | 'name' | 'uscc'>>;

export type EnterpriseDraft = {
  origin: RowOrigin;
  name: string;
  uscc: string | null;
  /** The sheet's own Id column (graph tools), which link Source/Target may refer to. */
  externalId: string | null;
  values: EnterpriseValues;
  /** Chains named in 所属产业链, used to resolve bare segment names. */
  chains: string[];
  /** Present only when the sheet has the column; an empty list then clears confirmed 挂链. */
  segments: SegmentRef[] | null;
  uncertainSegments: SegmentRef[] | null;
  action: RowAction | null;
};

export type EndpointRef = { text: string | null; uscc: string | null; field: 'supplier' | 'buyer' };

export type LinkDraft = {
  origin: RowOrigin;
  supplier: EndpointRef;
  buyer: EndpointRef;
  product: string | null;
  segment: SegmentRef | null;
  amount: number | null;
  share: number | null;
  source: LinkSource | null;
  yearFrom: number | null;
  yearTo: number | null;
  action: RowAction | null;
};

export type ChainDraft = {
  origin: RowOrigin;
  /** Null when the sheet names no cluster: the chain of that name already stored is meant. */
  cluster: string | null;
  clusterColor: string | null;
  chain: string;
  owner: string | null;
  description: string | null;
  segment: string | null;
  parent: string | null;
  stage: Stage | null;
  isKey: boolean | null;
  targetCount: number | null;
};

export type LeadDraft = {
  origin: RowOrigin;
  targetName: string;
  targetUscc: string | null;
  segment: SegmentRef | null;
  stage: LeadStage | null;
  owner: string | null;
  nextStep: string | null;
  nextDate: string | null;
  notes: string | null;
};

/** Every data row as read, for the row preview: its cells and the issues found while reading it. */
export type RowSeed = {
  kind: EntityKind;
  origin: RowOrigin;
  /** Firm name, "供应方 → 采购方", "产业链/环节" or the lead's target, as written. */
  label: string;
  /** Enterprise rows: the USCC cell as written (so a link to a rejected firm can say why). */
  uscc: string | null;
  /** Header text → cell text, non-blank cells only. */
  values: Record<string, string>;
  issues: ImportIssue[];
  /** False when reading the row already rejected it (no draft was made). */
  drafted: boolean;
};

export type Drafts = {
  enterprises: EnterpriseDraft[];
  links: LinkDraft[];
  chains: ChainDraft[];
  leads: LeadDraft[];
  rows: RowSeed[];
};

export const emptyDrafts = (): Drafts => ({
  enterprises: [],
  links: [],
  chains: [],
  leads: [],
  rows: [],
});

export type EnterpriseField = keyof Omit<Enterprise, 'id' | 'name' | 'uscc' | 'isDemo'>;

/** Parses "工程机械/油缸" (also ／ > ＞ →) into a chain and a segment path. */
export function parseSegmentRef(text: string, chain: string | null = null): SegmentRef {
  const parts = text.split(/\s*[/／>＞→]\s*/).filter((p) => p !== '');
  if (parts.length >= 2)
    return { chain: parts[0] ?? null, path: parts.slice(1), text, context: chain };
  return { chain, path: parts, text, context: chain };
}

/** The text export writes for a segment reference. */
export const segmentRefText = (chain: string, path: readonly string[]): string =>
  [chain, ...path].join('/');
