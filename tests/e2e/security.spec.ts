// Browser mode only answers the page that carries the run's token, keeps the token out of the address
// bar, refuses api calls that another page made, and says plainly when the workspace is read-only
// or locked by another program.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { holdWriteLock } from '../support/hold-write-lock.js';
import { makeReadOnly } from '../support/read-only-fs.js';
import { appUrl, openApp, SCREENSHOTS } from './fixtures.js';
import { createDemoWorkspace, ENV_DIR, startHost, stopHost } from './host-process.js';

test('api requests without the token are refused', async ({ request }) => {
  const url = appUrl();
  const api = new URL('/api/workspace:info', url).toString();
  const none = await request.post(api, { data: {} });
  expect([401, 403]).toContain(none.status());
  const wrong = await request.post(api, {
    data: {},
    headers: { 'X-ChainAtlas-Token': 'not-the-token' },
  });
  expect([401, 403]).toContain(wrong.status());
  const right = await request.post(api, {
    data: {},
    headers: { 'X-ChainAtlas-Token': url.searchParams.get('token') ?? '' },
  });
  expect(right.status()).toBe(200);
});

test('the page without the token is refused', async ({ page }) => {
  const url = appUrl();
  const response = await page.goto(new URL('/', url).toString());
  expect([401, 403]).toContain(response?.status());
});

test('the token leaves the address bar after the first load, and the app still works', async ({
  page,
}) => {
  await openApp(page, 'enterprises');
  expect(page.url()).not.toContain('token');
  expect(new URL(page.url()).hash).toBe('#/enterprises');
  expect(String(await page.evaluate('document.URL'))).not.toContain('token');
  // The page's own data came through the api with the token header: counts and the firm list.
  await expect(page.getByTestId('workspace-stats')).toContainText(/企业 [1-9]\d*/);
  await expect(page.getByTestId('enterprise-total')).toHaveText(/共 [1-9]\d* 家/);
  await page.screenshot({ path: `${SCREENSHOTS}/security-token-gone.png` });
});

test('an api call from another origin is refused while the same call from the app works', async ({
  page,
  request,
}) => {
  const url = appUrl();
  const token = url.searchParams.get('token') ?? '';
  await openApp(page);
  // From the app: the browser adds Origin and Sec-Fetch-Site: same-origin itself.
  const fromApp = await page.evaluate(async (t) => {
    const r = await fetch('/api/workspace:info', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-ChainAtlas-Token': t },
      body: '{}',
    });
    return { status: r.status, body: (await r.json()) as { ok: boolean } };
  }, token);
  expect(fromApp).toMatchObject({ status: 200, body: { ok: true } });
  // The same call, token included, as a page on another loopback port would send it.
  const api = new URL('/api/workspace:info', url).toString();
  const foreign = await request.post(api, {
    data: {},
    headers: {
      'X-ChainAtlas-Token': token,
      Origin: `http://127.0.0.1:${String(Number(url.port) + 1)}`,
      'Sec-Fetch-Site': 'same-site',
    },
  });
  expect(foreign.status()).toBe(403);
  expect(await foreign.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

test('a page on another loopback port cannot use the cookie to post to the api', async ({
  page,
}) => {
  const url = appUrl();
  await openApp(page); // the browser now holds the HttpOnly cookie
  const target = new URL('/api/snapshot:save', url).toString();
  const attacker = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(
      `<form id="f" method="POST" enctype="text/plain" action="${target}">` +
        `<input name='{"name":"x","pad":"' value='"}'></form>` +
        `<script>document.getElementById('f').submit()</script>`,
    );
  });
  await new Promise<void>((r) => attacker.listen(0, '127.0.0.1', r));
  try {
    const port = (attacker.address() as AddressInfo).port;
    const landed = page.waitForURL(target);
    await page.goto(`http://127.0.0.1:${String(port)}/`);
    await landed;
    const body = await page.locator('body').innerText();
    expect(body).toContain('FORBIDDEN');
    expect(body).toContain(`127.0.0.1:${String(port)}`);
  } finally {
    attacker.close();
  }
});

test.describe('a workspace the app cannot write', () => {
  test.describe.configure({ timeout: 120_000 });
  const rendererDir = (): string => join(process.env[ENV_DIR] ?? '', 'renderer');

  test('read-only: the app shows the data and refuses a change with the read-only message', async ({
    page,
  }) => {
    const { dir, file } = createDemoWorkspace();
    const frozen = makeReadOnly(file);
    test.skip(typeof frozen === 'string', String(frozen));
    let pid: number | undefined;
    try {
      const host = await startHost(file, rendererDir());
      pid = host.pid;
      await page.goto(`${host.url}#/analysis`);
      await expect(page.getByTestId('workspace-stats')).toContainText(/企业 [1-9]\d*/);
      await page.getByRole('tab', { name: '快照对比' }).click();
      await page.getByLabel('快照名称').press('Enter');
      const notice = page.getByText(/工作区文件或其所在文件夹是只读的/);
      await expect(notice).toBeVisible();
      await page.screenshot({ path: `${SCREENSHOTS}/security-read-only.png` });
    } finally {
      if (pid !== undefined) stopHost(pid);
      if (typeof frozen === 'function') frozen();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('read-only: the network’s 画供应关系 is disabled with the reason, L does nothing, nothing is written', async ({
    page,
  }) => {
    // Laying out the demo network can take minutes on a loaded CI machine.
    test.setTimeout(600_000);
    const SLOW = { timeout: 240_000 };
    const { dir, file } = createDemoWorkspace();
    const frozen = makeReadOnly(file);
    test.skip(typeof frozen === 'string', String(frozen));
    const snapshot = () => ({
      files: readdirSync(dir).sort(),
      sha: createHash('sha256').update(readFileSync(file)).digest('hex'),
    });
    const before = snapshot();
    let pid: number | undefined;
    try {
      const host = await startHost(file, rendererDir());
      pid = host.pid;
      await page.goto(`${host.url}#/network`);
      await expect(page.getByTestId('read-only-banner')).toBeVisible(SLOW);
      // Firms are drawn, so only the read-only file can be why the button is off.
      await expect(page.getByTestId('network-canvas')).toBeVisible(SLOW);
      await expect(page.getByTestId('layout-status')).toHaveAttribute(
        'data-state',
        /idle|done/,
        SLOW,
      );
      await expect(page.getByTestId('network-summary')).toContainText(/[1-9]\d* 家企业/);
      const toggle = page.getByTestId('draw-link-toggle');
      await expect(toggle).toBeDisabled();
      await toggle.hover({ force: true });
      await expect(page.getByRole('tooltip')).toHaveText('工作区为只读，不能添加供应关系', SLOW);
      await page.screenshot({ path: `${SCREENSHOTS}/security-read-only-draw-link.png` });
      // The shortcut does not switch the mode on either: no prompt, the button stays unpressed.
      await page.getByTestId('network-summary').click();
      await page.keyboard.press('l');
      await expect(page.getByTestId('draw-link-hint')).toHaveCount(0);
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      await expect(toggle).toBeDisabled();
    } finally {
      if (pid !== undefined) stopHost(pid);
      if (typeof frozen === 'function') frozen();
    }
    // Not a byte of the file changed and nothing (backup, -wal, -shm) appeared beside it.
    try {
      expect(snapshot()).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('locked by another program: refused at start, and a write during the lock says so', async ({
    page,
  }) => {
    const { dir, file } = createDemoWorkspace();
    let pid: number | undefined;
    try {
      const lock = await holdWriteLock(file);
      const refused = await startHost(file, rendererDir()).then(
        (h) => {
          pid = h.pid;
          return '';
        },
        (e: unknown) => String(e),
      );
      await lock.release();
      expect(refused).toContain('工作区正被另一个程序使用');

      const host = await startHost(file, rendererDir());
      pid = host.pid;
      await page.goto(`${host.url}#/analysis`);
      await page.getByRole('tab', { name: '快照对比' }).click();
      const again = await holdWriteLock(file);
      try {
        await page.getByLabel('快照名称').press('Enter');
        await expect(page.getByText(/工作区正被另一个程序使用/)).toBeVisible({ timeout: 20_000 });
      } finally {
        await again.release();
      }
    } finally {
      if (pid !== undefined) stopHost(pid);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
