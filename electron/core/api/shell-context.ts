// What a shell (desktop, browser host, CLI) provides to the shared handlers: the open workspace
// and the few shell-specific actions (native dialogs, recent files).
import type { WorkspaceInfo } from '../../../shared/ipc/contract.js';
import type { BackupEntry } from '../../../shared/ipc/backup-contract.js';
import { AppError } from '../../../shared/ipc/result.js';
import type { WorkspaceOpenError } from '../db/workspace-errors.js';
import type { ParseTransport } from '../import/parse-transport.js';
import type { Workspace } from '../services/workspace.js';

export type ShellContext = {
  shell: 'desktop' | 'browser';
  /** The open workspace, or undefined when none is open. */
  current(): Workspace | undefined;
  recent(): { name: string; location: string }[];
  openWorkspace(input: { recentIndex?: number | undefined }): Promise<WorkspaceInfo | null>;
  createWorkspace(input: { demo: boolean }): Promise<WorkspaceInfo | null>;
  /** How spreadsheets are parsed out of process; unset means a forked Node child (CLI, browser mode).
   * The desktop app sets an Electron utilityProcess, since its RunAsNode fuse is off. */
  parseTransport?: ParseTransport;
  /** Desktop: the native folder dialog for 导出全部图谱 (null when cancelled). Absent in browser
   * mode, where the maps come back as one zip to download. */
  chooseExportFolder?: () => Promise<string | null>;
  /** Desktop: prints a self-contained HTML page to PDF (A4 landscape). Absent in browser mode. */
  printToPdf?: (html: string) => Promise<Buffer>;
  /** Why the last workspace could not be opened (damaged, too new…), while none is open. */
  openProblem?: () => WorkspaceOpenError | undefined;
  /** Replaces `file` by backup `id` (the file is kept aside, renamed) and opens the result. */
  recover?: (
    file: string,
    id: string,
  ) => Promise<{ name: string; restored: BackupEntry; aside: string }>;
  /** Desktop: 另存副本 to a path from the save dialog (null when cancelled). */
  saveCopy?: () => Promise<{ name: string; location: string } | null>;
};

export function requireWorkspace(ctx: ShellContext): Workspace {
  const ws = ctx.current();
  // A file that failed to open is named with its reason, so the app can say it and offer recovery.
  const problem = ws ? undefined : ctx.openProblem?.();
  if (problem) throw problem;
  if (!ws) throw new AppError('NO_WORKSPACE', '尚未打开工作区', undefined, 'No workspace is open');
  return ws;
}

export const unsupportedInBrowser = (): never => {
  throw new AppError(
    'UNSUPPORTED',
    '浏览器模式下请用命令行 --db 参数选择工作区文件',
    undefined,
    'In browser mode choose the workspace with --db',
  );
};
