// The import wizard with a workbook whose second sheet is damaged (written by LibreOffice, then a
// cell pointed past the shared-string table): the preview names the file and the sheet, nothing of
// the readable first sheet is offered, and the import cannot be started.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { apiCall, openApp, SCREENSHOTS } from './fixtures.js';

type ListOutput = { total: number };

test('a workbook with an unreadable sheet is refused, naming the sheet', async ({
  page,
  request,
}) => {
  const before = await apiCall<ListOutput>(request, 'enterprise:list', { limit: 1 });
  await openApp(page, 'import');
  await page.locator('input[type=file]').setInputFiles({
    name: '两张表.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: readFileSync(join(import.meta.dirname, '../fixtures/import/reader/bad-sst.xlsx')),
  });
  await page.getByRole('button', { name: '检查文件' }).click();
  await page.getByRole('button', { name: '预览与问题' }).click();
  const issues = page.getByTestId('import-issues');
  await expect(issues).toContainText('两张表.xlsx');
  await expect(issues).toContainText('工作表“供应关系”无法读取');
  await expect(page.getByRole('button', { name: /^导\s?入$/ })).toBeDisabled();
  await page.screenshot({ path: `${SCREENSHOTS}/import-unreadable-sheet.png`, fullPage: true });
  const after = await apiCall<ListOutput>(request, 'enterprise:list', { limit: 1 });
  expect(after.total).toBe(before.total);
});
