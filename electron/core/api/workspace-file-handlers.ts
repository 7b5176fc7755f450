// Handlers for the workspace-file channels (shared/ipc/workspace-file-contract.ts), spread into the
// handler table in ./handlers.ts: the damaged file's recovery offer, the recovery, 另存副本.
import { AppError } from '../../../shared/ipc/result.js';
import type { workspaceFileContract } from '../../../shared/ipc/workspace-file-contract.js';
import { damagedFile, recoveryOffer } from '../services/workspace-recovery.js';
import type { Handlers } from './handler-types.js';
import { unsupportedInBrowser, type ShellContext } from './shell-context.js';

type WorkspaceFileChannel = keyof typeof workspaceFileContract;

const nothingDamaged = (): never => {
  throw new AppError(
    'NOT_FOUND',
    '工作区没有损坏，无需恢复',
    undefined,
    'The workspace is not damaged; there is nothing to recover',
  );
};

const noCopyHere = (): never => {
  throw new AppError(
    'UNSUPPORTED',
    '浏览器模式下不能另存副本：请在 备份与恢复 中立即备份，或用命令行 npm run cli -- backup create --db 文件',
    undefined,
    'Save a copy is not available in browser mode: use 立即备份 on the backups page, or npm run cli -- backup create --db FILE',
  );
};

const problemOf = (ctx: ShellContext) => damagedFile(ctx.current(), ctx.openProblem?.());

export const workspaceFileHandlers: Pick<Handlers, WorkspaceFileChannel> = {
  'workspace:recovery': (ctx) => recoveryOffer(problemOf(ctx)),
  // The damaged file; on a healthy workspace the open file (replaced by the backup, kept aside).
  'workspace:recover': (ctx, input) => {
    if (!ctx.recover) return unsupportedInBrowser();
    const file = problemOf(ctx)?.file ?? ctx.current()?.file;
    return file ? ctx.recover(file, input.id) : nothingDamaged();
  },
  'workspace:copy': (ctx) => (ctx.saveCopy ? ctx.saveCopy() : noCopyHere()),
};
