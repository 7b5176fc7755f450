// Supply links edited from a firm's drawer in browser mode: 添加供应商 with the supplier found by
// search, a field-named refusal (years the wrong way round), the duplicate warning, an edit and a
// delete after confirming; each checked against the api. The link made here is deleted again, so
// later specs see the demo as it was. Waits for states, never for time.
import { expect, test, type Page } from '@playwright/test';

import type { EnterpriseDetail } from '../../shared/ipc/contract.js';
import { apiCall, openApp, SCREENSHOTS } from './fixtures.js';

const SLOW = { timeout: 120_000 };
const BUYER = '济宁大和油缸有限公司';
const SUPPLIER = '江苏恒立液压股份有限公司';

async function openDrawer(page: Page) {
  await openApp(page, 'enterprises');
  await page.getByPlaceholder('搜索名称、信用代码、主营产品、园区或标签').fill('大和油缸');
  await page.getByRole('button', { name: BUYER, exact: true }).click();
  const drawer = page.getByTestId('enterprise-drawer');
  await expect(drawer.getByTestId('enterprise-suppliers')).toBeVisible(SLOW);
  return drawer;
}

const suppliersOf = async (request: Parameters<typeof apiCall>[0], id: number) =>
  (await apiCall<EnterpriseDetail>(request, 'enterprise:get', { id })).suppliers;

test('adds, refuses, warns of a duplicate, edits and deletes a supply link from the drawer', async ({
  page,
  request,
}) => {
  test.setTimeout(400_000);
  const found = await apiCall<{ rows: { id: number; name: string }[] }>(
    request,
    'enterprise:list',
    {
      query: BUYER,
    },
  );
  const buyer = found.rows.find((r) => r.name === BUYER);
  if (!buyer) throw new Error(`the demo has no ${BUYER}`);
  const before = await suppliersOf(request, buyer.id);

  const drawer = await openDrawer(page);
  await drawer.getByRole('button', { name: '添加供应商' }).click();
  const form = page.getByRole('dialog', { name: '添加供应关系' });
  await expect(form).toBeVisible();
  // The buyer is this firm already; the supplier is found by typing part of its name.
  await expect(form).toContainText(BUYER);
  await form.getByRole('combobox', { name: '供应商' }).fill('恒立');
  await page.locator('.ant-select-item-option').filter({ hasText: SUPPLIER }).click();
  await form.getByLabel('产品', { exact: true }).fill('活塞杆（测试）');
  await form.getByLabel('年供货额（万元）', { exact: true }).fill('88');
  await form.getByLabel('已核实', { exact: true }).check();
  await form.getByLabel('起始年份', { exact: true }).fill('2025');
  await form.getByLabel('截止年份', { exact: true }).fill('2020');
  await form.getByRole('button', { name: /^确\s?定$/ }).click();
  // Refused on its field, in words, and nothing written.
  await expect(form.getByText('截止年份不能早于起始年份')).toBeVisible();
  expect(await suppliersOf(request, buyer.id)).toHaveLength(before.length);
  await page.screenshot({ path: `${SCREENSHOTS}/link-edit-refused.png` });

  await form.getByLabel('截止年份', { exact: true }).fill('2026');
  await form.getByRole('button', { name: /^确\s?定$/ }).click();
  await expect(page.getByText(`已保存供应关系：${SUPPLIER} → ${BUYER}`)).toBeVisible(SLOW);
  const rows = drawer.getByTestId('enterprise-suppliers').locator('.ant-table-row');
  const made = rows.filter({ hasText: '活塞杆（测试）' });
  await expect(made).toContainText(SUPPLIER, SLOW);
  await expect(made).toContainText('2025–2026');
  const saved = (await suppliersOf(request, buyer.id)).find((l) => l.product === '活塞杆（测试）');
  expect(saved).toMatchObject({ amount: 88, source: 'verified', yearFrom: 2025, yearTo: 2026 });
  await page.screenshot({ path: `${SCREENSHOTS}/link-edit-drawer.png` });

  // The same supplier, buyer and (no) segment again: warned with the existing link, not saved.
  await drawer.getByRole('button', { name: '添加供应商' }).click();
  const again = page.getByRole('dialog', { name: '添加供应关系' });
  await again.getByRole('combobox', { name: '供应商' }).fill('恒立');
  await page.locator('.ant-select-item-option').filter({ hasText: SUPPLIER }).click();
  await again.getByRole('button', { name: /^确\s?定$/ }).click();
  await expect(again.getByTestId('link-duplicate')).toContainText('活塞杆（测试）', SLOW);
  await page.screenshot({ path: `${SCREENSHOTS}/link-edit-duplicate.png` });
  await again.getByRole('button', { name: /^取\s?消$/ }).click();
  expect(await suppliersOf(request, buyer.id)).toHaveLength(before.length + 1);

  // Edit: the amount changes on screen and in the workspace.
  await made.getByRole('button', { name: `修改 ${SUPPLIER}` }).click();
  const edit = page.getByRole('dialog', { name: '修改供应关系' });
  await expect(edit.getByLabel('年供货额（万元）', { exact: true })).toHaveValue('88');
  await edit.getByLabel('年供货额（万元）', { exact: true }).fill('99');
  await edit.getByRole('button', { name: /^确\s?定$/ }).click();
  await expect(made).toContainText('99', SLOW);
  await expect
    .poll(
      async () => (await suppliersOf(request, buyer.id)).find((l) => l.id === saved?.id)?.amount,
      SLOW,
    )
    .toBe(99);

  // Delete after confirming: gone from the drawer and the workspace.
  await made.getByRole('button', { name: `删除 ${SUPPLIER}` }).click();
  await page
    .getByRole('tooltip')
    .getByRole('button', { name: /^删\s?除$/ })
    .click();
  await expect(made).toHaveCount(0, SLOW);
  expect((await suppliersOf(request, buyer.id)).map((l) => l.id)).toEqual(before.map((l) => l.id));
});
