// Browser mode only answers the page that carries the run's token.
import { expect, test } from '@playwright/test';

import { appUrl } from './fixtures.js';

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
