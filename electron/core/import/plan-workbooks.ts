// The import's planning step over workbooks already read: recognise sheets (with the user's and the
// remembered mappings), plan against a snapshot of the workspace, and summarise for the preview.
// Shared by the dry run and by a commit that finds the workspace changed since.
import type { WorkspaceData } from '../../../shared/domain/workspace-data.js';
import {
  extractDrafts,
  type Extracted,
  type SheetSummary,
} from '../../../shared/spreadsheet/extract-drafts.js';
import type { Drafts } from '../../../shared/spreadsheet/drafts.js';
import type { MappingOverride } from '../../../shared/spreadsheet/headers.js';
import { planImport } from '../../../shared/spreadsheet/plan-import.js';
import type {
  AmbiguousMatch,
  Counts,
  ImportPlan,
  MatchDecisions,
  PlanOptions,
  ReplaceScope,
} from '../../../shared/spreadsheet/plan-types.js';
import type { EntityKind, ImportIssue, WorkbookData } from '../../../shared/spreadsheet/types.js';
import {
  readAliases,
  readMappingMemory,
  readMatchDecisions,
} from '../repositories/import-repository.js';
import { loadWorkspaceData } from '../services/analysis-service.js';
import { dataChanges } from '../services/revision.js';
import type { Workspace } from '../services/workspace.js';
import { rowTotals, type RowTotals } from './import-rows.js';

/** What the user decided in the wizard (or on the command line) about how to read and match. */
export type PlanChoices = {
  /** User-confirmed mappings by `${file}\0${sheet}` (see sheetKey); remembered on commit. */
  mappings?: Record<string, MappingOverride>;
  /** Answers for ambiguous or possibly duplicate firms; remembered on commit. */
  decisions?: MatchDecisions;
  /** Matched firms whose new name from the file is accepted (not remembered). */
  acceptNames?: readonly number[];
  /** What the file replaces rather than adds to, for the records it lists (not remembered). */
  replace?: readonly ReplaceScope[];
};

export type FileSummary = {
  name: string;
  sha256: string;
  format: WorkbookData['format'] | null;
  encoding: { name: string; confident: boolean } | null;
  sheets: SheetSummary[];
};

export type ImportPreview = {
  files: FileSummary[];
  counts: Record<EntityKind, Counts>;
  issues: ImportIssue[];
  ambiguous: AmbiguousMatch[];
  rowTotals: RowTotals;
  errors: number;
  warnings: number;
};

/**
 * Changes when this connection writes data or another one commits (data_version); where the network's
 * firms were put is not data an import reads, so a drag between the preview and the import does not
 * make the import plan everything again.
 */
export const workspaceVersion = (ws: Workspace): string =>
  `${String(ws.db.pragma('data_version', { simple: true }))}:${String(dataChanges(ws.db))}`;

export const extractWith = (
  ws: Workspace,
  workbooks: readonly WorkbookData[],
  choices: PlanChoices,
): Extracted =>
  extractDrafts(workbooks, {
    bySheet: choices.mappings ?? {},
    bySignature: readMappingMemory(ws.db),
  });

export const decisionsOf = (ws: Workspace, choices: PlanChoices): MatchDecisions => ({
  ...readMatchDecisions(ws.db),
  ...choices.decisions,
});

/** With the workspace, also the firms' former names, which the planner matches after USCC and name. */
export const planOptionsOf = (choices: PlanChoices, ws?: Workspace): PlanOptions => ({
  ...(choices.acceptNames ? { acceptNames: choices.acceptNames } : {}),
  ...(choices.replace ? { replace: choices.replace } : {}),
  ...(ws ? { aliases: readAliases(ws.db) } : {}),
});

/** Rows rejected while reading count as rejected for their sheet's kind. */
export function addReadRejections(plan: ImportPlan, sheets: readonly SheetSummary[]): void {
  for (const s of sheets) if (s.mapping) plan.counts[s.mapping.kind].rejected += s.rejectedRows;
}

/** The pure planner with the user's options (one place, so every caller plans the same way). */
export const planDrafts = (
  drafts: Drafts,
  data: WorkspaceData,
  decisions: MatchDecisions,
  options: PlanOptions,
): ImportPlan => planImport(drafts, data, decisions, options);

/** `data`: the workspace as read earlier (the dry run reads it while the files are parsed). */
export function planWith(
  ws: Workspace,
  extracted: Extracted,
  choices: PlanChoices,
  data: WorkspaceData = loadWorkspaceData(ws),
) {
  const plan = planDrafts(
    extracted.drafts,
    data,
    decisionsOf(ws, choices),
    planOptionsOf(choices, ws),
  );
  addReadRejections(plan, extracted.sheets);
  return { plan, data, sheets: extracted.sheets, issues: [...extracted.issues, ...plan.issues] };
}

export function summarise(
  files: FileSummary[],
  plan: ImportPlan,
  issues: ImportIssue[],
): ImportPreview {
  return {
    files,
    counts: plan.counts,
    issues,
    ambiguous: plan.ambiguous,
    rowTotals: rowTotals(plan.rows),
    errors: issues.filter((i) => i.severity === 'error').length,
    warnings: issues.filter((i) => i.severity === 'warning').length,
  };
}
