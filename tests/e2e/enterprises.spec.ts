// The Enterprises page: the demo register a page at a time, server-side search (pinyin initials too),
// sort and filters kept in the address, export of exactly the filtered list, the detail drawer.
import { readFileSync } from 'node:fs';

import * as XLSX from '@e965/xlsx';
import { expect, test, type Page } from '@playwright/test';

import { apiCall, openApp, SCREENSHOTS } from './fixtures.js';

type ListOutput = { total: number; rows: { name: string; revenue: number | null }[] };

const bodyRows = (page: Page) => page.locator('.ant-table-tbody .ant-table-row');

// A loaded 2-core machine renders a page of the table slowly: wait for states, never for a time.
test.describe.configure({ timeout: 180_000 });
test.use({ actionTimeout: 60_000 });
const SLOW = { timeout: 60_000 };

test('lists the demo firms and finds 小松 by search', async ({ page, request }) => {
  const all = await apiCall<ListOutput>(request, 'enterprise:list', { limit: 50_000 });
  expect(all.total).toBeGreaterThan(10);
  await openApp(page, 'enterprises');
  await expect(page.getByTestId('enterprise-total')).toHaveText(`共 ${String(all.total)} 家`, SLOW);
  await expect(bodyRows(page).first()).toBeVisible(SLOW);
  await expect.poll(() => bodyRows(page).count(), SLOW).toBeGreaterThan(5);

  await page.getByPlaceholder('搜索名称、信用代码、主营产品、园区或标签').fill('小松');
  const found = await apiCall<ListOutput>(request, 'enterprise:list', {
    query: '小松',
    limit: 50_000,
  });
  expect(found.total).toBeGreaterThan(0);
  await expect(page.getByTestId('enterprise-total')).toHaveText(
    `共 ${String(found.total)} 家`,
    SLOW,
  );
  await expect(bodyRows(page)).toHaveCount(found.total, SLOW);
  await expect(bodyRows(page).first()).toContainText('小松', SLOW);

  await page.getByPlaceholder('搜索名称、信用代码、主营产品、园区或标签').fill('不存在的企业名称');
  await expect(page.getByText('没有符合条件的企业')).toBeVisible(SLOW);
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
  await expect(bodyRows(page).first()).toContainText(sorted.rows[0]?.name ?? '?', SLOW);
  await expect(page).toHaveURL(/sort=revenue&dir=desc/);
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
  await expect(drawer.getByText('基本信息')).toBeVisible(SLOW);
  await expect(drawer.getByTestId('enterprise-segments')).toBeVisible(SLOW);
  const suppliers = drawer.getByTestId('enterprise-suppliers').locator('.ant-table-row');
  await expect(suppliers).toHaveCount(komatsu.supplierCount);
  await expect(drawer.getByTestId('enterprise-suppliers')).toContainText(/本地|外地/);
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0, SLOW);
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
  await expect(bodyRows(page).first()).toBeVisible(SLOW);
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0, SLOW);
  await page.screenshot({ path: `${SCREENSHOTS}/enterprises.png` });
});

type Chain = { id: number; name: string };

test('filters the register by chain and 规上, keeps it in the address, and exports exactly it', async ({
  page,
  request,
}) => {
  // Building the workbook and the download can be slow on a loaded machine; nothing here is timed.
  test.setTimeout(300_000);
  const chains = await apiCall<Chain[]>(request, 'chain:list', {});
  const counted = await Promise.all(
    chains.map(async (c) => ({
      chain: c,
      list: await apiCall<ListOutput>(request, 'enterprise:list', {
        chainId: c.id,
        isAboveScale: true,
        limit: 500,
      }),
    })),
  );
  const pick = counted.find((x) => x.list.total >= 2) ?? counted.find((x) => x.list.total >= 1);
  if (!pick) throw new Error('the demo workspace has no 规上 firm on any chain');
  const onChain = await apiCall<ListOutput>(request, 'enterprise:list', { chainId: pick.chain.id });
  expect(onChain.total).toBeGreaterThan(pick.list.total);

  await openApp(page, 'enterprises');
  await page.getByRole('combobox', { name: '产业链' }).click();
  await page.locator(`.ant-select-item-option[title="${pick.chain.name}"]`).click();
  await expect(page.getByTestId('enterprise-total')).toHaveText(
    `共 ${String(onChain.total)} 家`,
    SLOW,
  );
  await page.getByRole('combobox', { name: '规上' }).click();
  await page.locator('.ant-select-item-option[title="规上企业"]').click();
  await expect(page.getByTestId('enterprise-total')).toHaveText(
    `共 ${String(pick.list.total)} 家`,
    SLOW,
  );
  // The table renders only the rows in view (virtual): its pager says all of them are on this page.
  const n = String(pick.list.total);
  await expect(page.locator('.ant-pagination-total-text')).toHaveText(
    `第 1–${n} 家，共 ${n} 家`,
    SLOW,
  );
  await expect(bodyRows(page).first()).toBeVisible(SLOW);
  await expect(page).toHaveURL(new RegExp(`chain=${String(pick.chain.id)}`));
  await expect(page).toHaveURL(/scale=1/);
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0, SLOW);
  await page.screenshot({ path: `${SCREENSHOTS}/enterprises-filtered.png` });

  // The address is a bookmark: opened afresh, it shows the same filtered list.
  await page.reload();
  await expect(page.getByTestId('enterprise-total')).toHaveText(
    `共 ${String(pick.list.total)} 家`,
    { timeout: 60_000 },
  );

  const download = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const file = await (await download).path();
  const book = XLSX.read(readFileSync(file), { type: 'buffer' });
  const sheet = book.Sheets['企业'];
  if (sheet === undefined) throw new Error('the export has no 企业 sheet');
  const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet);
  expect(rows.map((r) => r['企业名称'])).toEqual(pick.list.rows.map((r) => r.name));
  expect(rows.every((r) => r['是否规上'] === '是')).toBe(true);
});

test('finds 小松 by the initials of its short name, "xsgcjx"', async ({ page, request }) => {
  const found = await apiCall<ListOutput>(request, 'enterprise:list', { query: 'xsgcjx' });
  expect(found.rows[0]?.name).toMatch(/^小松/);
  await openApp(page, 'enterprises');
  await page.getByPlaceholder('搜索名称、信用代码、主营产品、园区或标签').fill('xsgcjx');
  await expect(page.getByTestId('enterprise-total')).toHaveText(
    `共 ${String(found.total)} 家`,
    SLOW,
  );
  await expect(bodyRows(page).first()).toContainText(found.rows[0]?.name ?? '?', SLOW);
  await expect(page).toHaveURL(/q=xsgcjx/);
});

test('the table follows the window height, scrolls a page of 200, and shows a two-row result whole', async ({
  page,
  request,
}) => {
  const all = await apiCall<ListOutput>(request, 'enterprise:list', { limit: 200 });
  let query: string | undefined;
  for (const name of all.rows.map((r) => r.name.slice(0, 2))) {
    const hits = await apiCall<ListOutput>(request, 'enterprise:list', { query: name, limit: 3 });
    if (hits.total === 2) {
      query = name;
      break;
    }
  }
  if (query === undefined) throw new Error('no two-letter search finds exactly two demo firms');

  await page.setViewportSize({ width: 1280, height: 700 });
  await openApp(page, 'enterprises');
  await expect(bodyRows(page).first()).toBeVisible(SLOW);
  const body = page.locator('.ant-table-tbody-virtual-holder');
  const heightOf = async () => (await body.boundingBox())?.height ?? 0;
  const short = await heightOf();
  expect(short).toBeGreaterThan(200);
  await page.setViewportSize({ width: 1280, height: 1000 });
  // The window grew by 300 px: so does the table, the pager staying in view under it.
  await expect.poll(heightOf, SLOW).toBeGreaterThan(short + 250);
  await expect(page.locator('.ant-pagination')).toBeInViewport();

  // A 200-row page: only the rows in view are rendered, and the last is reached by scrolling.
  await page.locator('.ant-pagination-options .ant-select').click();
  await page.locator('.ant-select-item-option', { hasText: '200' }).click();
  const shown = Math.min(all.total, 200);
  await expect(page.locator('.ant-pagination-total-text')).toContainText(
    `1–${String(shown)}`,
    SLOW,
  );
  expect(await bodyRows(page).count()).toBeLessThan(shown);
  await body.hover();
  await expect
    .poll(async () => {
      await page.mouse.wheel(0, 4000);
      return bodyRows(page).last().innerText();
    }, SLOW)
    .toContain(all.rows[shown - 1]?.name ?? '?');

  await page.getByPlaceholder('搜索名称、信用代码、主营产品、园区或标签').fill(query);
  await expect(page.getByTestId('enterprise-total')).toHaveText('共 2 家', SLOW);
  await expect(bodyRows(page)).toHaveCount(2, SLOW);
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0, SLOW);
  const frame = await body.boundingBox();
  for (const row of await bodyRows(page).all()) {
    const box = await row.boundingBox();
    if (!frame || !box) throw new Error('the table or a row has no box');
    // Whole inside the table body: not cut at the bottom by the body or the pager.
    expect(box.y).toBeGreaterThanOrEqual(frame.y - 1);
    expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height + 1);
    // And above the window's bottom edge (the table may scroll sideways; only height is checked).
    expect(box.y + box.height).toBeLessThanOrEqual(1000);
  }
  await page.screenshot({ path: `${SCREENSHOTS}/enterprises-two-rows.png` });
});
