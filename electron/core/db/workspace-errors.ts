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
  | 'WRITE_FAILED'
>;

export class WorkspaceOpenError extends Error {
  constructor(
    readonly code: WorkspaceErrorCode,
    /** Chinese text (also `message`, which every shell has always shown first). */
    readonly zh: string,
    readonly en: string,
    /** The workspace file it is about, so a shell can offer what to do next (restore a backup). */
    readonly file = '',
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
      file,
    ),
  /** `detail` (quick_check's findings) says only that the check failed: page numbers help no one. */
  corrupt: (file: string, detail?: string) =>
    new WorkspaceOpenError(
      'CORRUPT',
      `工作区文件已损坏，无法读取${detail ? '（完整性检查未通过）' : ''}：${file}`,
      `The workspace file is damaged and cannot be read${detail ? ' (the integrity check failed)' : ''}: ${file}`,
      file,
    ),
  /** A file named as a workspace, or with backups of one, whose SQLite header is gone. */
  headerDamaged: (file: string) =>
    new WorkspaceOpenError(
      'CORRUPT',
      `工作区文件已损坏：文件头无法识别（可能被其他程序改写或复制不完整）：${file}`,
      `The workspace file is damaged: its header is unreadable (overwritten by another program, or an incomplete copy): ${file}`,
      file,
    ),
  tooNew: (file: string, fileVersion: number, appVersion: number) =>
    new WorkspaceOpenError(
      'WORKSPACE_TOO_NEW',
      `此工作区由更新版本的 ChainAtlas 创建（数据版本 ${String(fileVersion)}，本程序支持到 ${String(appVersion)}），请升级程序后再打开：${file}`,
      `This workspace was written by a newer ChainAtlas (schema ${String(fileVersion)} > ${String(appVersion)}); please update the app: ${file}`,
      file,
    ),
  openFailed: (file: string, reason: string) =>
    new WorkspaceOpenError(
      'OPEN_FAILED',
      `无法打开工作区文件 ${file}：${reason}`,
      `Cannot open the workspace file ${file}: ${reason}`,
      file,
    ),
  readOnly: (file: string) =>
    new WorkspaceOpenError(
      'READ_ONLY',
      `工作区文件或其所在文件夹是只读的，不能写入，未做任何修改：${file}（请检查文件权限，或先复制到可写的文件夹）`,
      `The workspace file or its folder is read-only; nothing was written: ${file} (check the permissions, or copy it to a writable folder)`,
      file,
    ),
  busy: (file: string) =>
    new WorkspaceOpenError(
      'WORKSPACE_BUSY',
      `工作区正被另一个程序使用，未做任何修改：${file}（请关闭正在使用它的 ChainAtlas 窗口或命令后重试）`,
      `The workspace is in use by another program; nothing was written: ${file} (close the other ChainAtlas window or command and try again)`,
      file,
    ),
  /** Another ChainAtlas (desktop, browser mode, a CLI command) has the workspace open to write. */
  inUse: (file: string, by: { program: string; pid: number; since: string }) =>
    new WorkspaceOpenError(
      'WORKSPACE_BUSY',
      `工作区正被另一个程序使用（${by.program}，进程 ${String(by.pid)}，${by.since} 起），未做任何修改：${file}（请先关闭那个 ChainAtlas 窗口、浏览器模式或命令，再重试）`,
      `The workspace is in use by another program (${by.program}, process ${String(by.pid)}, since ${by.since}); nothing was written: ${file} (close that ChainAtlas window, browser mode or command first, then try again)`,
      file,
    ),
  diskFull: (file: string) =>
    new WorkspaceOpenError(
      'WRITE_FAILED',
      `磁盘空间不足，没有写入，工作区保持原样：${file}（请释放磁盘空间后重试）`,
      `The disk is full: nothing was written and the workspace is unchanged: ${file} (free some space and try again)`,
      file,
    ),
  ioError: (file: string, code: string) =>
    new WorkspaceOpenError(
      'WRITE_FAILED',
      `读写工作区文件失败（${code}），没有写入，工作区保持原样：${file}（请检查磁盘和文件权限）`,
      `Reading or writing the workspace file failed (${code}): nothing was written and the workspace is unchanged: ${file} (check the disk and the permissions)`,
      file,
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
  // A full disk or a failing one: SQLite rolled the transaction back, so nothing was written.
  if (code === 'SQLITE_FULL') return workspaceError.diskFull(file);
  if (code.startsWith('SQLITE_IOERR')) return workspaceError.ioError(file, code);
  return undefined;
}
