// What the app shows about the open workspace (name, folder, schema version, counts, read-only), for
// the workspace:info channel and for the desktop shell right after it opens or creates a file.
import type { WorkspaceStats } from '../../../shared/domain/schemas.js';
import type { WorkspaceInfo } from '../../../shared/ipc/contract.js';
import { isMarkedDamaged, isReadOnly } from '../db/open-database.js';
import { canWriteWorkspace } from '../db/write-access.js';
import { workspaceError } from '../db/workspace-errors.js';
import { workspaceStats } from '../repositories/stats-repository.js';
import { workspaceLocation, workspaceName, type Workspace } from './workspace.js';

export const statsOf = (ws: Workspace): WorkspaceStats => workspaceStats(ws.db);

/**
 * Read-only when opened so, and also when the file or folder lost its write permission since: a write
 * refused for that reason refetches this answer, so the banner appears without reopening.
 */
export const workspaceReadOnly = (ws: Workspace): boolean =>
  ws.db.readonly || isReadOnly(ws.db) || !canWriteWorkspace(ws.file);

export function workspaceInfo(ws: Workspace, shell: WorkspaceInfo['shell']): WorkspaceInfo {
  // Damage met by an earlier query: the app shows the damaged-file screen instead of the pages.
  if (isMarkedDamaged(ws.db)) throw workspaceError.corrupt(ws.file);
  return {
    name: workspaceName(ws),
    location: workspaceLocation(ws),
    schemaVersion: ws.db.pragma('user_version', { simple: true }) as number,
    stats: statsOf(ws),
    shell,
    readOnly: workspaceReadOnly(ws),
  };
}
