// Workspace files the app cannot use as usual, in browser mode on their own hosts: a read-only file
// shows the banner on every page with the backup actions disabled; a damaged file shows what
// happened and its latest good backup, and one click restores it, keeps the damaged file aside and
// opens the restored data.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { makeReadOnly } from '../support/read-only-fs.js';
import { SCREENSHOTS } from './fixtures.js';
import { createDemoWorkspace, ENV_DIR, startHost, stopHost } from './host-process.js';

const root = process.cwd();
const rendererDir = (): string => join(process.env[ENV_DIR] ?? '', 'renderer');

/** `npm run cli -- backup create` without npm: a real backup of the file, as the app makes them. */
function backupWithCli(file: string): void {
  const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const r = spawnSync(
    process.execPath,
    [tsx, join(root, 'electron', 'cli', 'index.ts'), 'backup', 'create', '--db', file],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`backup create failed: ${r.stderr}${r.stdout}`);
}

test.describe('workspace files', () => {
  // Each test builds a workspace and starts a host of its own: minutes on a loaded machine.
  test.describe.configure({ timeout: 240_000 });

  test('a read-only file: banner on every page, backup actions disabled', async ({ page }) => {
    const { dir, file } = createDemoWorkspace();
    const frozen = makeReadOnly(file);
    test.skip(typeof frozen === 'string', String(frozen));
    let pid: number | undefined;
    try {
      const host = await startHost(file, rendererDir(), 180_000);
      pid = host.pid;
      await page.goto(`${host.url}#/backups`);
      const banner = page.getByTestId('read-only-banner');
      await expect(banner).toBeVisible({ timeout: 60_000 });
      await expect(banner).toContainText('工作区为只读');
      await expect(page.getByRole('button', { name: /立即备份/ })).toBeDisabled();
      await page.screenshot({ path: `${SCREENSHOTS}/workspace-read-only.png` });
      // Another page: the banner is still there (it belongs to the shell, not to one page).
      await page.goto(`${host.url}#/enterprises`);
      await expect(page.getByTestId('read-only-banner')).toBeVisible({ timeout: 60_000 });
    } finally {
      if (pid !== undefined) stopHost(pid);
      if (typeof frozen === 'function') frozen();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a damaged file: the message, its latest good backup, and a restore that opens it', async ({
    page,
  }) => {
    const { dir, file } = createDemoWorkspace();
    let pid: number | undefined;
    try {
      backupWithCli(file);
      truncateSync(file, Math.floor(statSync(file).size / 2));
      const host = await startHost(file, rendererDir(), 180_000);
      pid = host.pid;
      await page.goto(host.url);
      const screen = page.getByTestId('damaged-workspace');
      await expect(screen).toBeVisible({ timeout: 60_000 });
      await expect(screen).toContainText('工作区文件已损坏');
      await expect(page.getByTestId('damaged-backup')).toContainText('家企业', { timeout: 60_000 });
      await page.screenshot({ path: `${SCREENSHOTS}/workspace-damaged.png` });

      await page.getByRole('button', { name: '恢复最近的完好备份' }).click();
      await expect(page.getByTestId('workspace-recovered')).toBeVisible({ timeout: 60_000 });
      // The app opens on the restored data: the demo's firms are counted in the header.
      await expect(page.getByTestId('workspace-stats')).toContainText(/企业 [1-9]\d*/, {
        timeout: 60_000,
      });
      await expect(screen).toHaveCount(0);
      const aside = readdirSync(dir).filter((n) => n.startsWith('demo.damaged-'));
      expect(aside).toHaveLength(1);

      // Second visit: a reload opens the restored file directly, no damaged screen.
      await page.reload();
      await expect(page.getByTestId('workspace-stats')).toContainText(/企业 [1-9]\d*/, {
        timeout: 60_000,
      });
      await expect(page.getByTestId('damaged-workspace')).toHaveCount(0);
    } finally {
      if (pid !== undefined) stopHost(pid);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
