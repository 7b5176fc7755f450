// The one way a use-case changes a workspace: its rows change inside one write transaction, taken
// at the start (BEGIN IMMEDIATE) so a write lock held by another program is met before any work.
// Every committed write changes the workspace revision (revision.ts), which caches compare.
import { isReadOnly } from '../db/open-database.js';
import { workspaceError } from '../db/workspace-errors.js';
import type { Workspace } from './workspace.js';

/** Runs `change` in a transaction: all of it is written, or nothing (it throws, the rows stay). */
export function writeWorkspace<T>(ws: Workspace, change: () => T): T {
  // A workspace opened for reading answers with the same message as any refused write.
  if (ws.db.readonly || isReadOnly(ws.db)) throw workspaceError.readOnly(ws.file);
  return ws.db.transaction(change).immediate();
}
