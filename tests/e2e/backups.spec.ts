// 备份与恢复 in browser mode: a backup taken from the page, a change made after it, and the restore
// (confirmed in a dialog) bringing the data back as it was; the state before the restore is listed
// as its own backup. Leaves the shared demo workspace exactly as it found it.
import { expect, test } from '@playwright/test';

import type { Chain } from '../../shared/domain/schemas.js';
import type { WorkspaceInfo } from '../../shared/ipc/contract.js';
import { apiCall, openApp, SCREENSHOTS } from './fixtures.js';

const SLOW = { timeout: 120_000 };

test('restores a backup and the data is as before', async ({ page, request }) => {
  test.setTimeout(300_000);
  const before = (await apiCall<WorkspaceInfo>(request, 'workspace:info', {})).stats;

  await openApp(page, 'backups');
  await expect(
    page.getByRole('heading', { name: '备份与恢复' }).or(page.getByText('备份与恢复').first()),
  ).toBeVisible();
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByText('已备份当前数据')).toBeVisible(SLOW);
  const manual = page.getByRole('row').filter({ hasText: '手动' });
  await expect(manual).toHaveCount(1, SLOW);
  await expect(manual).toContainText(`${String(before.chains)} 条产业链`);

  // A change after the backup: a chain from the template library.
  await apiCall(request, 'template:add', { id: 'medical-devices', newCluster: '备份测试集群' });
  const changed = (await apiCall<WorkspaceInfo>(request, 'workspace:info', {})).stats;
  expect(changed.chains).toBe(before.chains + 1);

  await manual.getByRole('button', { name: /恢\s*复/ }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: '恢复到' });
  await expect(confirm).toContainText('当前数据会先备份');
  await page.screenshot({ path: `${SCREENSHOTS}/backups-confirm.png` });
  await confirm.getByRole('button', { name: /恢\s*复/ }).click();
  await expect(page.getByTestId('backup-restored')).toBeVisible(SLOW);

  const after = (await apiCall<WorkspaceInfo>(request, 'workspace:info', {})).stats;
  expect(after).toEqual(before);
  const chains = await apiCall<Chain[]>(request, 'chain:list', {});
  expect(chains.map((c) => c.name)).not.toContain('医疗器械');
  // The state before the restore is kept as its own backup, with the added chain in it.
  const beforeRestore = page.getByRole('row').filter({ hasText: '恢复前' }).first();
  await expect(beforeRestore).toContainText(`${String(changed.chains)} 条产业链`, SLOW);
  await page.screenshot({ path: `${SCREENSHOTS}/backups-restored.png`, fullPage: true });
});
