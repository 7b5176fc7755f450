// The Enterprises page: all demo firms in the table, server-side search and sort, the detail drawer.
import { expect, test, type Page } from '@playwright/test';

import { apiCall, openApp, SCREENSHOTS } from './fixtures.js';

type ListOutput = { total: number; rows: { name: string; revenue: number | null }[] };

const bodyRows = (page: Page) => page.locator('.ant-table-tbody .ant-table-row');

test('lists the demo firms and finds 小松 by search', async ({ page, request }) => {
  const all = await apiCall<ListOutput>(request, 'enterprise:list', { limit: 50_000 });
  expect(all.total).toBeGreaterThan(10);
  await openApp(page, 'enterprises');
  await expect(page.getByTestId('enterprise-total')).toHaveText(`共 ${String(all.total)} 家`);
  await expect(bodyRows(page).first()).toBeVisible();
  await expect.poll(() => bodyRows(page).count()).toBeGreaterThan(5);

  await page.getByPlaceholder('搜索名称、信用代码、主营产品、园区或标签').fill('小松');
  const found = await apiCall<ListOutput>(request, 'enterprise:list', {
    query: '小松',
    limit: 50_000,
  });
  expect(found.total).toBeGreaterThan(0);
  await expect(page.getByTestId('enterprise-total')).toHaveText(`共 ${String(found.total)} 家`);
  await expect(bodyRows(page)).toHaveCount(found.total);
  await expect(bodyRows(page).first()).toContainText('小松');

  await page.getByPlaceholder('搜索名称、信用代码、主营产品、园区或标签').fill('不存在的企业名称');
  await expect(page.getByText('没有符合条件的企业')).toBeVisible();
});

test('sorts by revenue on the server', async ({ page, request }) => {
  const sorted = await apiCall<ListOutput>(request, 'enterprise:list', {
    sort: { field: 'revenue', direction: 'desc' },
    limit: 3,
  });
  await openApp(page, 'enterprises');
  const header = page.locator('.ant-table-thead th', { hasText: '营收(万元)' });
  await header.click(); // ascending
  await header.click(); // descending
  await expect(bodyRows(page).first()).toContainText(sorted.rows[0]?.name ?? '?');
});

test('the detail drawer shows segments, suppliers and buyers', async ({ page, request }) => {
  const found = await apiCall<{ rows: { name: string; supplierCount: number }[] }>(
    request,
    'enterprise:list',
    { query: '小松', limit: 50 },
  );
  const komatsu = found.rows.find((r) => r.supplierCount > 0);
  if (!komatsu) throw new Error('the demo workspace has no 小松 firm with suppliers');
  await openApp(page, 'enterprises');
  await page.getByPlaceholder('搜索名称、信用代码、主营产品、园区或标签').fill('小松');
  await page.getByRole('button', { name: komatsu.name, exact: true }).click();
  const drawer = page.getByTestId('enterprise-drawer');
  await expect(drawer.locator('.ant-drawer-title')).toContainText(komatsu.name);
  await expect(drawer.getByText('基本信息')).toBeVisible();
  await expect(drawer.getByTestId('enterprise-segments')).toBeVisible();
  const suppliers = drawer.getByTestId('enterprise-suppliers').locator('.ant-table-row');
  await expect(suppliers).toHaveCount(komatsu.supplierCount);
  await expect(drawer.getByTestId('enterprise-suppliers')).toContainText(/本地|外地/);
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}/enterprises-drawer.png` });

  // A supplier's name opens that supplier in the same drawer.
  const link = suppliers.first().getByRole('button').first();
  const supplierName = (await link.innerText()).trim();
  await link.click();
  await expect(drawer.locator('.ant-drawer-title')).toContainText(supplierName);
  await expect(drawer.getByTestId('enterprise-buyers')).toContainText(komatsu.name);
});

test('screenshot of the enterprises table', async ({ page }) => {
  await openApp(page, 'enterprises');
  await expect(bodyRows(page).first()).toBeVisible();
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}/enterprises.png` });
});
