// The main window: the ONLY place webPreferences are written (reliability §1.1 items 2–11).
// BrowserWindow is passed in so this module stays importable without the Electron runtime.
import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';

import { APP_ORIGIN } from './security.js';

export const START_URL = `${APP_ORIGIN}/index.html`;

export function secureWebPreferences(preloadPath: string, isPackaged: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    webviewTag: false,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    // Middle-click (auxclick) can open links in new windows; off, as Electronegativity advises.
    disableBlinkFeatures: 'Auxclick',
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: !isPackaged,
  };
}

export function mainWindowOptions(
  preloadPath: string,
  isPackaged: boolean,
): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: '产业链招商图谱 ChainAtlas',
    backgroundColor: '#f5f7fa',
    webPreferences: secureWebPreferences(preloadPath, isPackaged),
  };
}

/**
 * The hidden window that renders the printable report for printToPDF: its own session, no preload
 * and no script (the report has none), otherwise the main window's locked-down settings.
 */
export function printWindowOptions(partition: string): BrowserWindowConstructorOptions {
  const { preload: _preload, ...locked } = secureWebPreferences('', true);
  return {
    show: false,
    width: 1123,
    height: 794,
    webPreferences: { ...locked, partition, javascript: false },
  };
}

type WindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export async function createMainWindow(
  Window: WindowConstructor,
  preloadPath: string,
  isPackaged: boolean,
): Promise<BrowserWindow> {
  const win = new Window(mainWindowOptions(preloadPath, isPackaged));
  win.once('ready-to-show', () => {
    win.show();
  });
  await win.loadURL(START_URL);
  return win;
}
