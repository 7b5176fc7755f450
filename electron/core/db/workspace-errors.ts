// Why a workspace could not be opened or written, as a contract error code with Chinese and English
// text. SQLite failures are recognised by their result code (SQLITE_BUSY…), never by message text.
import type { ErrorCode } from '../../../shared/ipc/result.js';

export type WorkspaceErrorCode = Extract<
  ErrorCode,
  | 'NOT_A_WORKSPACE'
  | 'CORRUPT'
  | 'WORKSPACE_TOO_NEW'
  | 'OPEN_FAILED'
  | 'READ_ONLY'
  | 'WORKSPACE_BUSY'
>;

export class WorkspaceOpenError extends Error {
  constructor(
    readonly code: WorkspaceErrorCode,
    /** Chinese text (also `message`, which every shell has always shown first). */
    readonly zh: string,
    readonly en: string,
  ) {
    super(zh);
    this.name = 'WorkspaceOpenError';
  }
}

/** The texts shared by the CLI, browser mode and the desktop shell. */
export const workspaceError = {
  notAWorkspace: (file: string) =>
    new WorkspaceOpenError(
      'NOT_A_WORKSPACE',
      `不是 ChainAtlas 工作区文件：${file}`,
      `Not a ChainAtlas workspace file: ${file}`,
    ),
  corrupt: (file: string, detail?: string) =>
    new WorkspaceOpenError(
      'CORRUPT',
      `工作区文件已损坏${detail ? `（quick_check: ${detail}）` : ''}：${file}`,
      `The workspace file is damaged${detail ? ` (quick_check: ${detail})` : ''}: ${file}`,
    ),
  tooNew: (file: string, fileVersion: number, appVersion: number) =>
    new WorkspaceOpenError(
      'WORKSPACE_TOO_NEW',
      `此工作区由更新版本的 ChainAtlas 创建（数据版本 ${String(fileVersion)}，本程序支持到 ${String(appVersion)}），请升级程序后再打开：${file}`,
      `This workspace was written by a newer ChainAtlas (schema ${String(fileVersion)} > ${String(appVersion)}); please update the app: ${file}`,
    ),
  openFailed: (file: string, reason: string) =>
    new WorkspaceOpenError(
      'OPEN_FAILED',
      `无法打开工作区文件 ${file}：${reason}`,
      `Cannot open the workspace file ${file}: ${reason}`,
    ),
  readOnly: (file: string) =>
    new WorkspaceOpenError(
      'READ_ONLY',
      `工作区文件或其所在文件夹是只读的，不能写入，未做任何修改：${file}（请检查文件权限，或先复制到可写的文件夹）`,
      `The workspace file or its folder is read-only; nothing was written: ${file} (check the permissions, or copy it to a writable folder)`,
    ),
  busy: (file: string) =>
    new WorkspaceOpenError(
      'WORKSPACE_BUSY',
      `工作区正被另一个程序使用，未做任何修改：${file}（请关闭正在使用它的 ChainAtlas 窗口或命令后重试）`,
      `The workspace is in use by another program; nothing was written: ${file} (close the other ChainAtlas window or command and try again)`,
    ),
};

/** SQLite's primary result code of a better-sqlite3 error (extended codes keep their prefix). */
function sqliteCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

/**
 * Turns an error thrown while opening or writing `file` into a WorkspaceOpenError when it is one of
 * the conditions a user can act on; other errors come back unchanged (undefined).
 */
export function asWorkspaceError(e: unknown, file: string): WorkspaceOpenError | undefined {
  if (e instanceof WorkspaceOpenError) return e;
  const code = sqliteCode(e);
  if (code === undefined) return undefined;
  if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code.startsWith('SQLITE_LOCKED'))
    return workspaceError.busy(file);
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY_'))
    return workspaceError.readOnly(file);
  if (code === 'SQLITE_NOTADB') return workspaceError.notAWorkspace(file);
  if (code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT_'))
    return workspaceError.corrupt(file);
  return undefined;
}
