// Empty and error states are real: the host's failures reach the screen with their message.
// These tests make the host fail on purpose by answering one api route in its place.
import { expect, test } from '@playwright/test';

import { openApp, appUrl } from './fixtures.js';

test('an api failure shows its message and a retry that recovers', async ({ page }) => {
  let failing = true;
  await page.route('**/api/enterprise:list', async (route) => {
    if (!failing) return route.continue();
    return route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: { code: 'CORRUPT', message: '工作区文件已损坏（测试）' },
      }),
    });
  });
  await openApp(page, 'enterprises');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('加载失败：工作区文件已损坏');
  await expect(alert).toContainText('工作区文件已损坏（测试）');
  failing = false;
  await alert.getByRole('button', { name: /重\s*试/ }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('.ant-table-tbody .ant-table-row').first()).toBeVisible();
});

test('in English an api failure reads in English, in the alert and in a toast', async ({
  page,
}) => {
  // Two page loads; on a loaded CI machine each can take tens of seconds.
  test.setTimeout(180_000);
  // The language the app keeps in localStorage, set before the first script runs.
  await page.addInitScript("window.localStorage.setItem('chainatlas.language', 'en')");
  await page.route('**/api/enterprise:list', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: {
          code: 'CORRUPT',
          message: '工作区文件已损坏（测试）',
          en: 'The workspace file is damaged (test)',
        },
      }),
    }),
  );
  await openApp(page, 'enterprises');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not load: Workspace file is damaged');
  await expect(alert).toContainText('The workspace file is damaged (test)');
  await expect(alert).not.toContainText('工作区');
  // A write's failure raised from a button (the import template) reads in English too.
  await page.route('**/api/import:template', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: { code: 'INTERNAL', message: '模板生成失败（测试）', en: 'Template failed (test)' },
      }),
    }),
  );
  await openApp(page, 'import');
  await page.getByRole('button', { name: 'Download template' }).click();
  await expect(page.locator('.ant-message')).toContainText('Template failed (test)');
  await expect(page.locator('.ant-message')).not.toContainText('模板');
});

test('a refused token is explained, not shown as an empty list', async ({ page }) => {
  await page.route('**/api/graph:chain', (route) =>
    route.fulfill({ status: 401, contentType: 'text/plain', body: 'missing or wrong token' }),
  );
  await openApp(page, 'chain-map');
  await expect(page.getByRole('alert')).toContainText('访问被拒绝');
  await expect(page.getByRole('alert')).toContainText('HTTP 401');
});

test('without a workspace the app says what a workspace is and how to open one', async ({
  page,
}) => {
  await page.route('**/api/workspace:info', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: { code: 'NO_WORKSPACE', message: '尚未打开工作区' },
      }),
    }),
  );
  await page.goto(appUrl().toString());
  await expect(page.getByText('尚未打开工作区')).toBeVisible();
  await expect(page.getByText('npm run serve -- --db', { exact: false })).toBeVisible();
});

test('the app loads without console errors (no CSP violations, no missing files)', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  for (const route of ['chain-map', 'enterprises', 'network', 'analysis', 'import']) {
    await openApp(page, route);
  }
  await page.getByRole('navigation').getByRole('menuitem', { name: '产业链图谱' }).click();
  await expect(page.getByTestId('chain-graph')).not.toHaveAttribute('data-node-count', '0');
  expect(problems).toEqual([]);
});
