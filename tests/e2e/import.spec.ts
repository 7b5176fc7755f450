// The import wizard in browser mode: choose a file → sheets & columns → preview with issues → commit;
// and a file with an error is shown with its row and column and cannot be imported.
import { expect, test } from '@playwright/test';

import { apiCall, openApp, SCREENSHOTS } from './fixtures.js';

type ListOutput = { total: number; rows: { name: string; uscc: string | null }[] };

const csv = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf8');

test('imports a CSV through the wizard', async ({ page, request }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  const info = await apiCall<{ stats: { enterprises: number } }>(request, 'workspace:info', {});
  await openApp(page, 'import');
  await page.locator('input[type=file]').setInputFiles({
    name: '园区企业.csv',
    mimeType: 'text/csv',
    buffer: csv(
      '企业名称,统一社会信用代码,所属园区\n向导导入测试企业有限公司,913502000728319549,智能终端产业园\n',
    ),
  });
  await page.getByRole('button', { name: '检查文件' }).click();
  const sheet = page.getByTestId('import-sheet');
  await expect(sheet).toContainText('园区企业.csv');
  await expect(sheet).toContainText('统一社会信用代码');
  await page.getByRole('button', { name: '预览与问题' }).click();
  const counts = page.getByTestId('import-counts');
  await expect(counts.locator('tr', { hasText: '企业' })).toContainText('1');
  await expect(page.getByText('没有发现问题')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/import-preview.png`, fullPage: true });
  await page.getByRole('button', { name: /^导\s?入$/ }).click();
  await expect(page.getByText('导入完成')).toBeVisible();
  // The header's counts follow the import without a reload.
  await expect(page.getByTestId('workspace-stats')).toContainText(
    `企业 ${String(info.stats.enterprises + 1)}`,
  );
  await page.getByRole('button', { name: '再导入一批' }).click();
  await expect(page.getByTestId('import-runs')).toContainText('园区企业.csv');
  expect(problems).toEqual([]);

  const found = await apiCall<ListOutput>(request, 'enterprise:list', {
    query: '向导导入测试企业',
  });
  expect(found.rows).toMatchObject([
    { name: '向导导入测试企业有限公司', uscc: '913502000728319549' },
  ]);
});

test('shows where a file is wrong and refuses to import it', async ({ page, request }) => {
  const before = await apiCall<ListOutput>(request, 'enterprise:list', { limit: 1 });
  await openApp(page, 'import');
  await page.locator('input[type=file]').setInputFiles({
    name: '有错误.csv',
    mimeType: 'text/csv',
    buffer: csv('企业名称,统一社会信用代码\n错误示例企业,12345\n'),
  });
  await page.getByRole('button', { name: '检查文件' }).click();
  await page.getByRole('button', { name: '预览与问题' }).click();
  const issues = page.getByTestId('import-issues');
  await expect(issues).toContainText('第 2 行');
  await expect(issues).toContainText('B 统一社会信用代码');
  await expect(issues).toContainText('统一社会信用代码应为 18 位');
  await expect(page.getByText('请先修正文件中的错误再导入')).toBeVisible();
  await expect(page.getByRole('button', { name: /^导\s?入$/ })).toBeDisabled();
  const after = await apiCall<ListOutput>(request, 'enterprise:list', { limit: 1 });
  expect(after.total).toBe(before.total);
});
