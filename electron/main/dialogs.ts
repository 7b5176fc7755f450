// Native file dialogs for choosing workspaces, shown by the main process so the renderer never
// handles paths. Electron's dialog module is passed in to keep this importable without Electron.
import { join } from 'node:path';

import type { BrowserWindow, Dialog } from 'electron';

import type { DesktopDialogs } from './desktop-shell.js';

const WORKSPACE_FILTERS = [
  { name: 'ChainAtlas 工作区', extensions: ['chainatlas'] },
  { name: '所有文件', extensions: ['*'] },
];

/** 导出全部图谱: the folder the pictures go into (null when cancelled). */
export function createExportFolderDialog(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  getWindow: () => BrowserWindow | undefined,
  defaultDir: string,
): () => Promise<string | null> {
  return async () => {
    const options = {
      title: '选择保存图谱的文件夹',
      buttonLabel: '导出到此文件夹',
      defaultPath: defaultDir,
      properties: ['openDirectory' as const, 'createDirectory' as const],
    };
    const win = getWindow();
    const result = win
      ? await dialog.showOpenDialog(win, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}

export function createDesktopDialogs(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
  getWindow: () => BrowserWindow | undefined,
  defaultDir: string,
): DesktopDialogs {
  return {
    async chooseWorkspaceToOpen() {
      const options = {
        title: '打开工作区',
        defaultPath: defaultDir,
        properties: ['openFile' as const],
        filters: WORKSPACE_FILTERS,
      };
      const win = getWindow();
      const result = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseNewWorkspacePath(demo) {
      const options = {
        title: demo ? '新建演示工作区' : '新建工作区',
        defaultPath: join(defaultDir, `${demo ? '演示工作区' : '新工作区'}.chainatlas`),
        filters: WORKSPACE_FILTERS,
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const win = getWindow();
      const result = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseCopyPath(currentName) {
      const stamp = new Date().toISOString().slice(0, 10);
      const options = {
        title: '另存副本',
        buttonLabel: '保存副本',
        defaultPath: join(defaultDir, `${currentName}-副本-${stamp}.chainatlas`),
        filters: WORKSPACE_FILTERS,
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const win = getWindow();
      const result = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
