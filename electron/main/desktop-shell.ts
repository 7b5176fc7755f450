// The desktop ShellContext: owns the one open workspace, the recent list and the native file
// dialogs. Dialogs and the demo seeder are injected, so tests run it on real temp files without
// Electron. The renderer never sends a path: paths come only from dialogs or the recent list.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';

import type Database from 'better-sqlite3';

import type { WorkspaceInfo } from '../../shared/ipc/contract.js';
import { AppError } from '../../shared/ipc/result.js';
import type { ShellContext } from '../core/api/shell-context.js';
import { saveWorkspaceCopy } from '../core/backup/save-copy.js';
import { workspaceError, WorkspaceOpenError } from '../core/db/workspace-errors.js';
import type { ParseTransport } from '../core/import/parse-transport.js';
import { backupOnOpen } from '../core/services/backup-service.js';
import { workspaceInfo } from '../core/services/workspace-info.js';
import { recoverWorkspace } from '../core/services/workspace-recovery.js';
import { closeWorkspace, openWorkspace, type Workspace } from '../core/services/workspace.js';
import {
  describeRecent,
  pushRecent,
  readRecent,
  removeRecent,
  type DesktopPaths,
} from './paths.js';

export const WORKSPACE_EXTENSION = '.chainatlas';

export type DesktopDialogs = {
  /** Native open dialog; resolves to a file path, or null when cancelled. */
  chooseWorkspaceToOpen(): Promise<string | null>;
  /** Native save dialog for a new workspace; resolves to a file path, or null when cancelled. */
  chooseNewWorkspacePath(demo: boolean): Promise<string | null>;
  /** Native save dialog for 另存副本; resolves to a file path, or null when cancelled. */
  chooseCopyPath?(currentName: string): Promise<string | null>;
};

export type DesktopShellOptions = {
  paths: DesktopPaths;
  dialogs: DesktopDialogs;
  seedDemo: (db: Database.Database) => unknown;
  /** Electron build of better-sqlite3 (dev runs); undefined when packaged or under Node. */
  nativeBinding?: string | undefined;
  /** Called after the open workspace changed (null: closed for a damaged file the app now shows),
   * e.g. to reload the renderer and rebuild menus. */
  onSwitched?: (info: WorkspaceInfo | null) => void;
  /** Spreadsheet parsing in a utilityProcess (electron/main/utility-parse-transport.ts). */
  parseTransport?: ParseTransport;
  /** Map export: the folder dialog of 导出全部图谱 and the report's printToPDF. */
  exports?: Pick<ShellContext, 'chooseExportFolder' | 'printToPdf'>;
};

export type DesktopShell = ShellContext & {
  /** Opens the start workspace; creates the default one with demo data on first start. */
  openInitial(): WorkspaceInfo;
  /** Checkpoints the WAL and closes the workspace (before quit). */
  close(): void;
};

export function createDesktopShell(options: DesktopShellOptions): DesktopShell {
  const { paths, dialogs, seedDemo } = options;
  // A file or folder that is not writable opens for reading (writes answer READ_ONLY), as SQLite
  // itself used to do silently; creating a new file there is still refused.
  const openOptions = {
    fallbackToReadOnly: true,
    // One writer per workspace: browser mode or a CLI command on the same file is refused, and back.
    exclusive: 'ChainAtlas 桌面版 / desktop',
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  };
  let current: Workspace | undefined;
  /** Why the start workspace (or the one last chosen) could not be opened, while none is open. */
  let problem: WorkspaceOpenError | undefined;

  /** A damaged file chosen to open: the app shows it with the offer to restore its latest backup. */
  const rememberDamaged = (e: unknown): never => {
    if (e instanceof WorkspaceOpenError && e.code === 'CORRUPT' && e.file !== '') {
      if (current) closeWorkspace(current);
      current = undefined;
      problem = e;
      options.onSwitched?.(null);
    }
    throw e;
  };

  const switchTo = (ws: Workspace): WorkspaceInfo => {
    if (current) closeWorkspace(current);
    current = ws;
    problem = undefined;
    // The first open of the day keeps a copy in the background; it never fails the open.
    void backupOnOpen(ws);
    pushRecent(paths.recentFile, ws.file);
    const info = workspaceInfo(ws, 'desktop');
    options.onSwitched?.(info);
    return info;
  };

  /** Creates a new workspace file; a half-made file is removed if seeding fails. */
  const createAt = (file: string, demo: boolean): Workspace => {
    const ws = openWorkspace(file, openOptions);
    if (!demo) return ws;
    try {
      seedDemo(ws.db);
      return ws;
    } catch (e) {
      closeWorkspace(ws);
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
      throw e;
    }
  };

  const openExisting = (file: string): Workspace => {
    if (!existsSync(file)) {
      removeRecent(paths.recentFile, file);
      throw new AppError(
        'NOT_FOUND',
        `找不到工作区文件：${file}`,
        undefined,
        `Workspace file not found: ${file}`,
      );
    }
    try {
      return openWorkspace(file, openOptions);
    } catch (e) {
      return rememberDamaged(e);
    }
  };

  const isCurrent = (file: string): boolean =>
    current !== undefined && resolve(current.file) === resolve(file);

  return {
    shell: 'desktop',
    ...(options.parseTransport ? { parseTransport: options.parseTransport } : {}),
    ...(options.exports ?? {}),
    current: () => current,
    recent: () => describeRecent(readRecent(paths.recentFile)),

    openInitial() {
      const file = paths.defaultWorkspace;
      // On a first start (or a fresh CHAINATLAS_DB folder) the folder may not exist yet.
      mkdirSync(dirname(file), { recursive: true });
      const ws = existsSync(file) ? openExisting(file) : createAt(file, true);
      return switchTo(ws);
    },

    async openWorkspace(input) {
      let file: string | null;
      if (input.recentIndex !== undefined) {
        file = readRecent(paths.recentFile)[input.recentIndex] ?? null;
        if (file === null)
          throw new AppError(
            'NOT_FOUND',
            '最近列表中没有这一项',
            undefined,
            'No such recent workspace',
          );
      } else {
        file = await dialogs.chooseWorkspaceToOpen();
        if (file === null) return null;
      }
      if (isCurrent(file) && current) return workspaceInfo(current, 'desktop');
      return switchTo(openExisting(file));
    },

    async createWorkspace(input) {
      let file = await dialogs.chooseNewWorkspacePath(input.demo);
      if (file === null) return null;
      if (extname(file) === '') file = `${file}${WORKSPACE_EXTENSION}`;
      // Never overwrite: an existing file may be someone's only copy of their data.
      if (existsSync(file)) {
        throw new AppError(
          'REJECTED',
          `文件已存在，请换一个文件名：${file}`,
          undefined,
          `The file already exists, choose another name: ${file}`,
        );
      }
      return switchTo(createAt(file, input.demo));
    },

    openProblem: () => (current ? undefined : problem),

    recover: (file, id) =>
      recoverWorkspace(file, current, id, {
        detach: () => {
          current = undefined;
          problem = workspaceError.corrupt(file);
        },
        open: (restored) => {
          current = undefined; // already closed by the recovery
          switchTo(openWorkspace(restored, openOptions));
        },
      }),

    async saveCopy() {
      const ws = current;
      if (!ws || !dialogs.chooseCopyPath) return null;
      let file = await dialogs.chooseCopyPath(basename(ws.file, extname(ws.file)));
      if (file === null) return null;
      if (extname(file) === '') file = `${file}${WORKSPACE_EXTENSION}`;
      await saveWorkspaceCopy(ws, file);
      return { name: basename(file), location: dirname(file) };
    },

    close() {
      if (current) closeWorkspace(current);
      current = undefined;
    },
  };
}
