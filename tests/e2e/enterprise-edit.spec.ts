// Editing firms through the UI in browser mode: create one in the form (a malformed USCC refused as it
// is typed), edit it from its drawer, get the duplicate warning for a second record of it, merge the
// two from the register, and delete the survivor after reading what goes with it. Only firms made
// here are touched, so the shared demo workspace ends as it began.
import { expect, test, type Page } from '@playwright/test';

import { withUsccCheckChar } from '../../shared/domain/uscc.js';
import { apiCall, openApp, SCREENSHOTS } from './fixtures.js';

test.describe.configure({ timeout: 900_000 });
test.use({ actionTimeout: 60_000 });
const SLOW = { timeout: 90_000 };

const NAME = '济宁测试编辑液压件有限公司';
const SECOND = '测试编辑液压件（济宁）制造厂';
const USCC = withUsccCheckChar('91370811MA3TEXT01');

type ListOutput = { total: number; rows: { id: number; name: string; employees: number | null }[] };
type Editable = {
  enterprise: { id: number; name: string; employees: number | null; tags: string[] };
  aliases: string[];
};

const search = (page: Page, text: string) =>
  page.getByPlaceholder('搜索名称、信用代码、主营产品、园区或标签').fill(text);
const listed = (request: Parameters<typeof apiCall>[0], query: string) =>
  apiCall<ListOutput>(request, 'enterprise:list', { query, limit: 100 });

test('create, edit, merge and delete a firm', async ({ page, request }) => {
  await openApp(page, 'enterprises');
  const before = (await apiCall<{ stats: { enterprises: number } }>(request, 'workspace:info', {}))
    .stats;

  // Create: the form checks the code while it is typed.
  await page.getByRole('button', { name: '新建企业' }).click();
  const form = page.getByRole('dialog', { name: '新建企业' });
  await form.getByLabel('企业名称', { exact: true }).fill(NAME);
  await form.getByLabel('统一社会信用代码').fill('9137081');
  await expect(form.getByText('应为 18 位')).toBeVisible(SLOW);
  await form.getByLabel('统一社会信用代码').fill(USCC);
  await expect(form.getByText('应为 18 位')).toBeHidden(SLOW);
  await form.getByLabel('园区', { exact: true }).fill('高新区');
  await form.getByLabel('营业收入（万元）').fill('5000');
  await form.getByLabel('链主').check();
  await page.screenshot({ path: `${SCREENSHOTS}/enterprise-edit-form.png` });
  await form.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText(`已新建“${NAME}”`)).toBeVisible(SLOW);
  const drawer = page.getByTestId('enterprise-drawer');
  await expect(drawer.getByText(NAME).first()).toBeVisible(SLOW);
  const [made] = (await listed(request, NAME)).rows;
  expect(made?.name).toBe(NAME);
  const id = made?.id ?? 0;

  // Edit from the drawer: employees and a short name.
  await drawer.getByRole('button', { name: /编\s*辑/ }).click();
  const edit = page.getByRole('dialog', { name: `编辑企业：${NAME}` });
  await edit.getByLabel('员工人数').fill('88');
  await edit.getByLabel('简称 / 曾用名').fill('测试液压件');
  await edit.getByLabel('简称 / 曾用名').press('Enter');
  await edit.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText(`已保存“${NAME}”`)).toBeVisible(SLOW);
  await expect(drawer.getByRole('row').filter({ hasText: '员工人数' })).toContainText('88', SLOW);
  const stored = await apiCall<Editable>(request, 'enterprise:editable', { id });
  expect(stored.enterprise).toMatchObject({ employees: 88, tags: ['链主'] });
  expect(stored.aliases).toEqual(['测试液压件']);
  await drawer
    .getByRole('button', { name: 'Close' })
    .or(drawer.locator('.ant-drawer-close'))
    .first()
    .click();

  // A second record of the same firm: the form warns, naming the first.
  await page.getByRole('button', { name: '新建企业' }).click();
  const second = page.getByRole('dialog', { name: '新建企业' });
  await second.getByLabel('企业名称', { exact: true }).fill('济宁测试编辑液压件有限责任公司');
  await expect(second.getByTestId('duplicate-warning')).toContainText(NAME, SLOW);
  await second.getByLabel('企业名称', { exact: true }).fill(SECOND);
  await second.getByLabel('员工人数').fill('120');
  await second.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText(`已新建“${SECOND}”`)).toBeVisible(SLOW);
  await drawer.locator('.ant-drawer-close').first().click();

  // Merge: tick both rows in the register.
  await search(page, '测试编辑液压件');
  const rows = page.locator('.ant-table-tbody .ant-table-row');
  await expect(rows).toHaveCount(2, SLOW);
  for (const name of [NAME, SECOND]) {
    await rows.filter({ hasText: name }).locator('.ant-checkbox-input').check();
  }
  await page.getByRole('button', { name: '合并所选 2 家' }).click();
  const merge = page.getByRole('dialog', { name: '合并同一企业的两条记录' });
  await expect(merge).toContainText('同一产品视为同一笔供货', SLOW);
  await merge
    .getByLabel(`记录 A：${NAME}`)
    .or(merge.getByLabel(`记录 B：${NAME}`))
    .check();
  const employeesFromSecond = merge
    .getByRole('row')
    .filter({ hasText: '员工人数' })
    .getByText('120');
  await employeesFromSecond.click();
  await page.screenshot({ path: `${SCREENSHOTS}/enterprise-merge.png` });
  await merge.getByRole('button', { name: /合\s*并/ }).click();
  await expect(page.getByText(/已合并/)).toBeVisible(SLOW);
  await expect(rows).toHaveCount(1, SLOW);
  const merged = await apiCall<Editable>(request, 'enterprise:editable', { id });
  expect(merged.enterprise).toMatchObject({ name: NAME, employees: 120 });
  expect(merged.aliases).toEqual(expect.arrayContaining(['测试液压件', SECOND]));
  // The register finds the survivor by the merged record's name.
  expect((await listed(request, SECOND)).rows.map((r) => r.id)).toEqual([id]);

  // Delete: the confirmation says what goes with it.
  await expect(drawer.getByText(NAME).first()).toBeVisible(SLOW);
  await drawer.getByRole('button', { name: /删\s*除/ }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: `删除企业“${NAME}”？` });
  await expect(confirm).toContainText('0 条供应关系', SLOW);
  await expect(confirm).toContainText('2 个简称/曾用名');
  await confirm.getByRole('button', { name: /删\s*除/ }).click();
  await expect(page.getByText(`已删除“${NAME}”`)).toBeVisible(SLOW);
  expect((await listed(request, '测试编辑液压件')).total).toBe(0);
  const after = (await apiCall<{ stats: { enterprises: number } }>(request, 'workspace:info', {}))
    .stats;
  expect(after.enterprises).toBe(before.enterprises);
});
