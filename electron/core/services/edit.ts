// The one way a hand edit (a form, a merge, a template change) changes a workspace: a labelled write
// recorded as one undoable step, with a backup taken first when the edit deletes or merges records.
// Callers only name the edit; how undo records and replays it lives in electron/core/undo.
import { startBackup } from '../backup/workspace-backup.js';
import type { StepLabel } from '../undo/undo-journal.js';
import type { Workspace } from './workspace.js';
import { runWrite } from './write.js';

/** What the edit did, as the undo/redo buttons and messages name it, in both UI languages. */
export type EditLabel = StepLabel;

export type EditOptions = {
  /** Deletes or merges records: a backup of the state before it is kept first. */
  destructive?: boolean;
};

/**
 * Runs `change` in one write transaction and records it as one undoable step named `label`: every
 * row it inserts, updates or deletes (foreign-key cascades included) comes back with one undo.
 * A destructive edit first copies the workspace; the copy is kept only when the edit commits.
 * An edit that changes no row records no step.
 */
export async function editWorkspace<T>(
  ws: Workspace,
  label: EditLabel,
  change: () => T,
  options: EditOptions = {},
): Promise<T> {
  const backup = options.destructive === true ? await startBackup(ws, 'before-edit') : null;
  try {
    const result = runWrite(ws, change, { kind: 'edit', label });
    backup?.keep();
    return result;
  } catch (e) {
    backup?.discard();
    throw e;
  }
}

/**
 * A non-destructive edit made from synchronous code (no backup is needed, so nothing is awaited):
 * the same labelled, undoable step as editWorkspace.
 */
export const editWorkspaceNow = <T>(ws: Workspace, label: EditLabel, change: () => T): T =>
  runWrite(ws, change, { kind: 'edit', label });
