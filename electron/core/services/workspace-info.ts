// What the app shows about the open workspace (name, folder, schema version, counts), for the
// workspace:info channel and for the desktop shell right after it opens or creates a file.
import type { WorkspaceStats } from '../../../shared/domain/schemas.js';
import type { WorkspaceInfo } from '../../../shared/ipc/contract.js';
import { workspaceStats } from '../repositories/stats-repository.js';
import { workspaceLocation, workspaceName, type Workspace } from './workspace.js';

export const statsOf = (ws: Workspace): WorkspaceStats => workspaceStats(ws.db);

export function workspaceInfo(ws: Workspace, shell: WorkspaceInfo['shell']): WorkspaceInfo {
  return {
    name: workspaceName(ws),
    location: workspaceLocation(ws),
    schemaVersion: ws.db.pragma('user_version', { simple: true }) as number,
    stats: statsOf(ws),
    shell,
  };
}
