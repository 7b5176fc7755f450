// The report's printToPDF: a hidden window with no script and no preload on its own session, which
// serves the one page being printed from memory (nothing else, no network, no file://), A4 landscape
// with the page's own @page size, and nothing left behind (window or page) even when printing fails.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';

import {
  createPdfPrinter,
  guardPrintSession,
  PRINT_PARTITION,
} from '../../../../electron/main/print-pdf.js';
import { printWindowOptions } from '../../../../electron/main/window.js';

type Handler = (request: { url: string }) => Response | Promise<Response>;

function fakeSession() {
  const s = {
    handler: undefined as Handler | undefined,
    blocked: [] as string[],
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
    webRequest: {
      onBeforeRequest: (filter: { urls: string[] }) => {
        s.blocked = filter.urls;
      },
    },
    protocol: {
      handle: (_scheme: string, handler: Handler) => {
        s.handler = handler;
      },
    },
  };
  return s;
}

describe('print window', () => {
  it('is hidden, sandboxed, script-less and on the print session', () => {
    const o = printWindowOptions(PRINT_PARTITION);
    expect(o.show).toBe(false);
    expect(o.webPreferences).toMatchObject({
      partition: PRINT_PARTITION,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(o.webPreferences?.preload).toBeUndefined();
  });

  it('prints the page it was given, then serves it no more; cleans up when printing fails', async () => {
    const session = fakeSession();
    guardPrintSession(session as unknown as Parameters<typeof guardPrintSession>[0]);
    expect(session.blocked).toEqual(expect.arrayContaining(['https://*/*', 'file:///*']));
    const seen: { url: string; html: string; options: unknown; destroyed: boolean }[] = [];
    let fail = false;
    class FakeWindow {
      record = { url: '', html: '', options: undefined as unknown, destroyed: false };
      constructor(readonly options: BrowserWindowConstructorOptions) {
        seen.push(this.record);
      }
      async loadURL(url: string) {
        this.record.url = url;
        const response = await session.handler?.({ url });
        this.record.html = (await response?.text()) ?? '';
      }
      webContents = {
        printToPDF: (options: unknown) => {
          this.record.options = options;
          return fail
            ? Promise.reject(new Error('printer gone'))
            : Promise.resolve(Buffer.from('%PDF-1.7'));
        },
      };
      destroy() {
        this.record.destroyed = true;
      }
    }
    const print = createPdfPrinter(FakeWindow as unknown as new () => BrowserWindow);
    const pdf = await print('<!DOCTYPE html><p>工程机械</p>');
    expect(pdf.toString()).toBe('%PDF-1.7');
    expect(seen[0]?.url).toMatch(/^app:\/\/ui\/print-[0-9a-f-]+\.html$/);
    expect(seen[0]?.html).toContain('工程机械');
    expect(seen[0]?.options).toMatchObject({
      landscape: true,
      pageSize: 'A4',
      preferCSSPageSize: true,
    });
    expect(seen[0]?.destroyed).toBe(true);
    const again = await session.handler?.({ url: seen[0]?.url ?? '' });
    expect(again?.status).toBe(404);
    fail = true;
    await expect(print('<p>x</p>')).rejects.toThrow('printer gone');
    expect(seen[1]?.destroyed).toBe(true);
    expect((await session.handler?.({ url: seen[1]?.url ?? '' }))?.status).toBe(404);
  });
});
