// The real desktop window, where an Electron binary exists: it starts on the demo workspace, the page
// has no Node, only `api.invoke`; eval, window.open and navigating away are blocked. On machines where Electron's
// download is blocked (this build machine) it skips with the reason.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { _electron as electron, expect, test } from '@playwright/test';

import { addon, binary, root, skipReason } from './electron-availability.js';

type PageApi = { invoke(channel: string, input: unknown): Promise<unknown> };
type PageGlobals = {
  api: PageApi;
  require?: unknown;
  process?: unknown;
  open(url: string): unknown;
};

test.describe('Electron desktop app', () => {
  test.skip(skipReason !== null, skipReason ?? '');

  test('opens the demo workspace in a sandboxed, isolated window', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chainatlas-electron-'));
    const app = await electron.launch({
      executablePath: binary ?? '',
      // Chromium refuses to run as root without it (CI containers); the renderer sandbox flag stays on.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), root],
      env: {
        ...process.env,
        CHAINATLAS_USER_DATA: join(dir, 'profile'),
        CHAINATLAS_DB: join(dir, 'demo.chainatlas'),
        CHAINATLAS_NATIVE_BINDING: addon,
      },
    });
    try {
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      expect(page.url()).toMatch(/^app:\/\/ui\//);

      const exposure = await page.evaluate(() => {
        const g = globalThis as unknown as PageGlobals;
        return { require: typeof g.require, process: typeof g.process, api: Object.keys(g.api) };
      });
      expect(exposure).toEqual({ require: 'undefined', process: 'undefined', api: ['invoke'] });

      const info = (await page.evaluate(() =>
        (globalThis as unknown as PageGlobals).api.invoke('workspace:info', {}),
      )) as { ok: boolean; value?: { shell: string; stats: { enterprises: number } } };
      expect(info.ok).toBe(true);
      expect(info.value?.shell).toBe('desktop');
      expect(info.value?.stats.enterprises).toBeGreaterThanOrEqual(40);

      const blocked = await page.evaluate(() => {
        let evalResult = 'ran';
        try {
          // eslint-disable-next-line @typescript-eslint/no-implied-eval -- proving the CSP forbids it
          const fn = new Function('return 1') as () => number;
          fn();
        } catch (e) {
          evalResult = (e as Error).name;
        }
        const popup = (globalThis as unknown as PageGlobals).open('https://example.com/');
        return { evalResult, popup: popup === null };
      });
      expect(blocked).toEqual({ evalResult: 'EvalError', popup: true });

      // The will-navigate guard keeps the window on app://ui.
      await page.evaluate(() => {
        (globalThis as unknown as { location: { href: string } }).location.href =
          'https://example.com/';
      });
      await page.waitForTimeout(500);
      expect(page.url()).toMatch(/^app:\/\/ui\//);
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
