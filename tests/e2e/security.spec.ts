// Browser mode only answers the page that carries the run's token, keeps the token out of the address
// bar, and refuses api calls that another page made.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { expect, test } from '@playwright/test';

import { appUrl, openApp, SCREENSHOTS } from './fixtures.js';

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
  await expect(page.getByText(/共 [1-9]\d* 家/)).toBeVisible();
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
