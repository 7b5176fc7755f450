// printToPDF for the printable report: the self-contained HTML is served from memory on the print
// window's own session (app://ui/print-<id>.html, nothing else; never file://) into a hidden,
// script-less window, printed on A4 landscape, and forgotten. Electron objects are passed in, so this
// module stays importable without the Electron runtime.
import { randomUUID } from 'node:crypto';

import type { BrowserWindow, BrowserWindowConstructorOptions, Session } from 'electron';

import { APP_ORIGIN, APP_SCHEME, denyPermissionCheck, denyPermissionRequest } from './security.js';
import { printWindowOptions } from './window.js';

export const PRINT_PARTITION = 'chainatlas-print';

type WindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;
type PrintSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest'>;
  protocol: Pick<Session['protocol'], 'handle'>;
};

/** Pages waiting to be printed, by their path. */
const pages = new Map<string, string>();

/** The print session answers only the pages being printed, and nothing from the network. */
export function guardPrintSession(session: PrintSession): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'file:///*'] },
    (_details, callback) => {
      callback({ cancel: true });
    },
  );
  session.protocol.handle(APP_SCHEME, (request) => {
    const html = pages.get(new URL(request.url).pathname);
    return html === undefined
      ? new Response('not found', { status: 404 })
      : new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
  });
}

export function createPdfPrinter(Window: WindowConstructor): (html: string) => Promise<Buffer> {
  return async (html) => {
    const path = `/print-${randomUUID()}.html`;
    pages.set(path, html);
    const win = new Window(printWindowOptions(PRINT_PARTITION));
    try {
      await win.loadURL(`${APP_ORIGIN}${path}`);
      return await win.webContents.printToPDF({
        landscape: true,
        pageSize: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
      });
    } finally {
      pages.delete(path);
      win.destroy();
    }
  };
}
