// What the app offers when the workspace file is damaged: which file, why, and its latest good
// backup; and the recovery itself for a shell (close the damaged file, restore over it keeping it
// aside, open the result). Shells keep the state; the decisions live here.
import { basename } from 'node:path';

import type { WorkspaceRecovery } from '../../../shared/ipc/workspace-file-contract.js';
import { latestGoodBackup, recoverFromBackup, type Recovery } from '../backup/recover.js';
import { closeDatabase, isMarkedDamaged } from '../db/open-database.js';
import { workspaceError, type WorkspaceOpenError } from '../db/workspace-errors.js';
import type { Workspace } from './workspace.js';

/** The damaged file the app should offer to recover, and why: a failed open, or damage met since. */
export function damagedFile(
  current: Workspace | undefined,
  failed: WorkspaceOpenError | undefined,
): WorkspaceOpenError | undefined {
  if (current && isMarkedDamaged(current.db)) return workspaceError.corrupt(current.file);
  if (!current && failed?.code === 'CORRUPT' && failed.file !== '') return failed;
  return undefined;
}

export function recoveryOffer(problem: WorkspaceOpenError | undefined): WorkspaceRecovery | null {
  if (!problem) return null;
  return {
    name: basename(problem.file),
    problem: { code: problem.code, message: problem.zh, en: problem.en },
    backup: latestGoodBackup(problem.file),
  };
}

/** Closes a damaged connection without letting its final checkpoint fail the recovery. */
function closeDamaged(ws: Workspace): void {
  try {
    closeDatabase(ws.db);
  } catch {
    if (ws.db.open) ws.db.close();
  }
}

/**
 * Replaces `file` by backup `id`, keeping `file` aside (renamed): the way out of a damaged file, and
 * also allowed on a healthy one. The shell's open workspace on that file (if any) is closed and
 * `shell.detach` drops it (so a failed recovery leaves the shell showing the problem); `shell.open`
 * opens the restored file the shell's way and makes it current.
 */
export async function recoverWorkspace(
  file: string,
  current: Workspace | undefined,
  id: string,
  shell: { detach: () => void; open: (file: string) => void },
): Promise<Recovery & { name: string }> {
  if (current?.file === file) {
    closeDamaged(current);
    shell.detach();
  }
  const result = await recoverFromBackup(file, id);
  shell.open(file);
  return { ...result, name: basename(file) };
}
