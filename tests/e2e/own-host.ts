// A spec's own workspace and browser-mode host, for data the shared demo workspace must not get (a
// chain tripled, firms added on purpose): written before the spec's tests, removed after them. Also
// what those network specs share: calling the api as the page does, and waiting for a settled picture.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, test, type Page } from '@playwright/test';

import { closeWorkspace, openWorkspace } from '../../electron/core/services/workspace.js';
import type { WorkspaceData } from '../../shared/domain/workspace-data.js';
import { writeData } from '../bench/write-data.js';
import { ENV_DIR, startHost, stopHost } from './host-process.js';

export type OwnHost = {
  /** The app's address, with its token. */
  url: () => URL;
  /** One api call, as the page makes it; fails the test unless the answer is ok. */
  api: <T>(page: Page, channel: string, input: object) => Promise<T>;
};

/** Registers the spec's beforeAll/afterAll: a workspace file named `name` holding `data`, served. */
export function ownHost(name: string, data: WorkspaceData, timeout: number): OwnHost {
  let dir = '';
  let host: { url: string; pid: number } | null = null;
  test.beforeAll(async () => {
    test.setTimeout(timeout);
    dir = mkdtempSync(join(tmpdir(), `chainatlas-e2e-${name}-`));
    const file = join(dir, `${name}.chainatlas`);
    const ws = openWorkspace(file);
    writeData(ws.db, data);
    closeWorkspace(ws);
    host = await startHost(file, join(process.env[ENV_DIR] ?? '', 'renderer'), timeout);
  });
  test.afterAll(() => {
    if (host) stopHost(host.pid);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const url = () => new URL(host?.url ?? '');
  return {
    url,
    api: async <T>(page: Page, channel: string, input: object): Promise<T> => {
      const at = url();
      const response = await page.request.post(new URL(`/api/${channel}`, at).toString(), {
        headers: { 'X-ChainAtlas-Token': at.searchParams.get('token') ?? '' },
        data: input,
      });
      const body = (await response.json()) as { ok: boolean; value: T };
      expect(body.ok, JSON.stringify(body)).toBe(true);
      return body.value;
    },
  };
}

/** Waits until the network is drawn (nothing still being added) and no layout runs. */
export async function networkSettled(page: Page, timeout: number): Promise<void> {
  const canvas = page.getByTestId('network-canvas');
  await expect(canvas).toBeVisible({ timeout });
  await expect(canvas).not.toHaveAttribute('data-adding', 'true', { timeout });
  await expect(page.getByTestId('layout-status')).toHaveAttribute('data-state', /idle|done/, {
    timeout,
  });
}
