// Composition root of the desktop app: wires Electron's objects to the guards, the app:// protocol,
// the workspace shell, ipc, the window and the menu. Logic lives in the modules it imports.
import { join } from 'node:path';

import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  utilityProcess,
} from 'electron';

import { seedDemoWorkspace } from '../core/demo/seed-demo.js';
import { createDesktopShell } from './desktop-shell.js';
import { createDesktopDialogs, createExportFolderDialog } from './dialogs.js';
import { registerIpc } from './ipc.js';
import { buildMenuTemplate, workspaceMenuActions } from './menu.js';
import { resolveDesktopPaths, userDataOverride } from './paths.js';
import { createPdfPrinter, guardPrintSession, PRINT_PARTITION } from './print-pdf.js';
import { createAppProtocolHandler } from './protocol.js';
import { APP_SCHEME, applySessionGuards, applyWebContentsGuards } from './security.js';
import { utilityParseTransport } from './utility-parse-transport.js';
import { createMainWindow } from './window.js';

// Must happen before `ready`: app:// behaves like https (standard origin, secure context, fetch).
// With the code cache, a start after the first reuses the compiled code of the app's scripts instead
// of compiling them again while the first page is drawn (Electron caches only http(s) by default).
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
]);
const dataOverride = userDataOverride(process.env);
if (dataOverride) app.setPath('userData', dataOverride);

let win: BrowserWindow | undefined;
const paths = resolveDesktopPaths(app.getPath('userData'), process.env);
const report = (e: unknown): void => {
  dialog.showErrorBox('产业链招商图谱 ChainAtlas', e instanceof Error ? e.message : String(e));
};
const run = (action: () => Promise<unknown>): void => {
  action().catch(report);
};

const shell = createDesktopShell({
  paths,
  dialogs: createDesktopDialogs(dialog, () => win, paths.dataDir),
  seedDemo: seedDemoWorkspace,
  // Dev runs load the Electron build of better-sqlite3 (build/scripts/electron-native.mjs);
  // packaged apps carry one rebuilt by electron-builder.
  nativeBinding: app.isPackaged ? undefined : process.env['CHAINATLAS_NATIVE_BINDING'],
  // Untrusted spreadsheets are parsed in a utilityProcess (bundled beside main by the build).
  parseTransport: utilityParseTransport(
    (file, args, options) => utilityProcess.fork(file, args, options),
    join(app.getAppPath(), 'out', 'main', 'parse-worker.cjs'),
  ),
  exports: {
    chooseExportFolder: createExportFolderDialog(dialog, () => win, app.getPath('pictures')),
    printToPdf: createPdfPrinter(BrowserWindow),
  },
  onSwitched: () => {
    refreshMenu();
    // After the ipc reply has gone out, so the renderer starts afresh on the new workspace.
    setImmediate(() => win?.webContents.reload());
  },
});

function refreshMenu(): void {
  const actions = {
    ...workspaceMenuActions(shell, run, () => {
      app.quit();
    }),
    // The guide is a page of the app: an in-page (hash) navigation, which the guards allow.
    openGuide: () => {
      void win?.webContents.executeJavaScript("window.location.hash = '#/guide'");
    },
  };
  const state = {
    recent: shell.recent(),
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
  };
  const template = buildMenuTemplate(actions, state);
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

// A second instance hands over to the first (one writer per workspace) and leaves at once.
if (!app.requestSingleInstanceLock()) app.exit(0);
app.on('second-instance', () => {
  if (win?.isMinimized()) win.restore();
  win?.focus();
});
app.on('web-contents-created', (_event, contents) => {
  applyWebContentsGuards(contents);
});
app.on('window-all-closed', () => {
  app.quit();
});
app.on('before-quit', () => {
  shell.close();
});

app
  .whenReady()
  .then(async () => {
    applySessionGuards(session.defaultSession);
    guardPrintSession(session.fromPartition(PRINT_PARTITION));
    const root = app.getAppPath();
    protocol.handle(APP_SCHEME, createAppProtocolHandler(join(root, 'out', 'renderer')));
    let startupError: unknown;
    try {
      shell.openInitial();
    } catch (e) {
      startupError = e; // the window still opens; the renderer shows "no workspace"
    }
    registerIpc(ipcMain, shell);
    refreshMenu();
    const preload = join(root, 'out', 'preload', 'index.cjs');
    win = await createMainWindow(BrowserWindow, preload, app.isPackaged);
    // A damaged start file is shown in the window with its recovery offer, not in a message box.
    if (startupError !== undefined && shell.openProblem?.() === undefined) report(startupError);
  })
  .catch((e: unknown) => {
    report(e);
    app.exit(1);
  });
