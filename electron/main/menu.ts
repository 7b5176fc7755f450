// The application menu as a pure template: 文件 (new, new demo, open, recent, save a copy, quit), 编辑, 视图,
// 帮助 (使用指南, the guide page inside the app, so it works offline).
// Actions are injected; index.ts builds it with Menu.buildFromTemplate and rebuilds it when the
// recent list changes.
import type { MenuItemConstructorOptions } from 'electron';

import type { ShellContext } from '../core/api/shell-context.js';

export type MenuActions = {
  newWorkspace: () => void;
  newDemoWorkspace: () => void;
  openWorkspace: () => void;
  openRecent: (index: number) => void;
  saveCopy: () => void;
  quit: () => void;
  openGuide: () => void;
};

/** The File menu's actions over the desktop shell; `run` reports a failed action to the user. */
export function workspaceMenuActions(
  shell: Pick<ShellContext, 'openWorkspace' | 'createWorkspace' | 'saveCopy'>,
  run: (action: () => Promise<unknown>) => void,
  quit: () => void,
): Omit<MenuActions, 'openGuide'> {
  return {
    newWorkspace: () => {
      run(() => shell.createWorkspace({ demo: false }));
    },
    newDemoWorkspace: () => {
      run(() => shell.createWorkspace({ demo: true }));
    },
    openWorkspace: () => {
      run(() => shell.openWorkspace({}));
    },
    openRecent: (index) => {
      run(() => shell.openWorkspace({ recentIndex: index }));
    },
    saveCopy: () => {
      run(() => shell.saveCopy?.() ?? Promise.resolve(null));
    },
    quit,
  };
}

export type MenuState = {
  recent: { name: string; location: string }[];
  isMac: boolean;
  /** DevTools entries only in development builds. */
  isPackaged: boolean;
};

export function buildMenuTemplate(
  actions: MenuActions,
  state: MenuState,
): MenuItemConstructorOptions[] {
  const recentItems: MenuItemConstructorOptions[] =
    state.recent.length === 0
      ? [{ label: '（无）', enabled: false }]
      : state.recent.map((item, index) => ({
          label: `${item.name} — ${item.location}`,
          click: () => {
            actions.openRecent(index);
          },
        }));

  const file: MenuItemConstructorOptions = {
    label: '文件',
    submenu: [
      { label: '新建工作区', accelerator: 'CmdOrCtrl+N', click: actions.newWorkspace },
      { label: '新建演示工作区', click: actions.newDemoWorkspace },
      { label: '打开工作区…', accelerator: 'CmdOrCtrl+O', click: actions.openWorkspace },
      { label: '最近打开', submenu: recentItems },
      { label: '另存副本…', accelerator: 'CmdOrCtrl+Shift+S', click: actions.saveCopy },
      { type: 'separator' },
      { label: '退出', accelerator: 'CmdOrCtrl+Q', click: actions.quit },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '编辑',
    submenu: [
      { role: 'undo', label: '撤销' },
      { role: 'redo', label: '重做' },
      { type: 'separator' },
      { role: 'cut', label: '剪切' },
      { role: 'copy', label: '复制' },
      { role: 'paste', label: '粘贴' },
      { role: 'selectAll', label: '全选' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '视图',
    submenu: [
      { role: 'reload', label: '重新加载' },
      { role: 'resetZoom', label: '实际大小' },
      { role: 'zoomIn', label: '放大' },
      { role: 'zoomOut', label: '缩小' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: '全屏' },
      ...(state.isPackaged
        ? []
        : [{ role: 'toggleDevTools', label: '开发者工具' } as MenuItemConstructorOptions]),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: '帮助',
    submenu: [{ label: '使用指南', accelerator: 'F1', click: actions.openGuide }],
  };
  return [
    ...(state.isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    file,
    edit,
    view,
    help,
  ];
}
