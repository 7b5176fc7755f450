// The one way a hand edit (a form, a merge, a template change) changes a workspace: a labelled write
// that undo/redo can name, with a backup taken first when the edit deletes or merges records.
import { startBackup } from '../backup/workspace-backup.js';
import type { Workspace } from './workspace.js';
import { writeWorkspace } from './write.js';

/** What the edit did, as the undo/redo buttons and messages name it, in both UI languages. */
export type EditLabel = { zh: string; en: string };

export type EditOptions = {
  /** Deletes or merges records: a backup of the state before it is kept first. */
  destructive?: boolean;
};

/**
 * Runs `change` in one write transaction and records it as one undoable step named `label`.
 * A destructive edit first copies the workspace; the copy is kept only when the edit commits.
 */
export async function editWorkspace<T>(
  ws: Workspace,
  label: EditLabel,
  change: () => T,
  options: EditOptions = {},
): Promise<T> {
  const backup = options.destructive === true ? await startBackup(ws, 'before-edit') : null;
  try {
    const result = writeWorkspace(ws, change);
    lastEditLabel = label;
    backup?.keep();
    return result;
  } catch (e) {
    backup?.discard();
    throw e;
  }
}

/** The label of the last edit, until undo/redo keeps its own stack of them. */
export let lastEditLabel: EditLabel | null = null;
