// Shared helpers for the e2e specs: where the host is, how to open a page of the app, and a typed
// api call made the way the renderer makes it (token header), to compare the UI with the data.
import { expect, type APIRequestContext, type Page } from '@playwright/test';

import { ENV_URL } from './host-process.js';

export const SCREENSHOTS = 'test-results/screenshots';

export function appUrl(): URL {
  const url = process.env[ENV_URL];
  if (!url) throw new Error(`${ENV_URL} is not set: global setup did not start the host`);
  return new URL(url);
}

export async function openApp(page: Page, route = ''): Promise<void> {
  const url = appUrl();
  url.hash = route ? `#/${route}` : '';
  await page.goto(url.toString());
  // The first api answers can wait behind a picture the host is drawing on a loaded 2-core machine.
  await expect(page.getByTestId('workspace-name')).toBeVisible({ timeout: 60_000 });
}

export async function apiCall<T>(
  request: APIRequestContext,
  channel: string,
  input: object,
): Promise<T> {
  const url = appUrl();
  const response = await request.post(new URL(`/api/${channel}`, url).toString(), {
    headers: { 'X-ChainAtlas-Token': url.searchParams.get('token') ?? '' },
    data: input,
  });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { ok: boolean; value: T };
  expect(body.ok).toBe(true);
  return body.value;
}
