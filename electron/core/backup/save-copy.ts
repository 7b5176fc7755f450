// 另存副本: a consistent copy of the open workspace at a path the user chose, made with SQLite's
// online backup (never a file copy, which could catch a write half-way or miss the WAL). Written
// under a temporary name and renamed, so the target is either the old file or the whole copy.
import { renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

import { AppError } from '../../../shared/ipc/result.js';
import { asWorkspaceError } from '../db/workspace-errors.js';
import type { Workspace } from '../services/workspace.js';

export async function saveWorkspaceCopy(ws: Workspace, target: string): Promise<void> {
  const same = (suffix: string) => resolve(target) === resolve(`${ws.file}${suffix}`);
  if (['', '-wal', '-shm'].some(same))
    throw new AppError(
      'REJECTED',
      `副本不能保存在工作区文件本身的位置，请换一个文件名：${target}`,
      undefined,
      `A copy cannot replace the workspace file itself; choose another name: ${target}`,
    );
  const partial = `${target}.partial`;
  try {
    await ws.db.backup(partial);
    renameSync(partial, target);
  } catch (e) {
    rmSync(partial, { force: true });
    const known = asWorkspaceError(e, target);
    if (known) throw known;
    const reason = e instanceof Error ? e.message : String(e);
    throw new AppError(
      'WRITE_FAILED',
      `副本没有保存：${target}（${reason}）`,
      undefined,
      `The copy was not saved: ${target} (${reason})`,
    );
  }
}
