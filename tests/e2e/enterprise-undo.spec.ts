// Undo and redo of firm edits in browser mode, judged by what a user sees: a firm made, a field edited,
// two firms merged and one deleted, each taken back with 撤销 / Ctrl+Z and made again with 重做 /
// Ctrl+Shift+Z, checking the register's 共 N 家, the names in its table and the drawer's field against
// what the api says is stored. The open drawer lies over the header's buttons, so steps taken with it
// open use the keyboard, as a user would. Only firms made here are touched and they end deleted, so
// the shared demo workspace ends as it began. Every wait is for a state, never a fixed time.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

import { apiCall, openApp, SCREENSHOTS } from './fixtures.js';

// 5 min on this 2-core machine under load; CI may be several times slower.
test.describe.configure({ timeout: 2_400_000 });
test.use({ actionTimeout: 60_000 });
const SLOW = { timeout: 90_000 };

// A prefix no demo firm has, so a search shows only the firms made here.
const TAG = `撤销回归${String(Date.now()).slice(-6)}`;
const FIRST = `${TAG}液压件有限公司`;
const SECOND = `${TAG}精密铸造厂`;

const searchBox = (page: Page) => page.getByPlaceholder('搜索名称、信用代码、主营产品、园区或标签');
const total = (page: Page) => page.getByTestId('enterprise-total');
const rows = (page: Page) => page.locator('.ant-table-tbody .ant-table-row');
const drawer = (page: Page) => page.getByTestId('enterprise-drawer');
const undoButton = (page: Page) => page.getByTestId('undo-button');
const redoButton = (page: Page) => page.getByTestId('redo-button');

/** The names of the firms made here that the workspace really holds, sorted. */
async function storedNames(request: APIRequestContext): Promise<string[]> {
  const list = await apiCall<{ rows: { name: string }[] }>(request, 'enterprise:list', {
    query: TAG,
    limit: 100,
  });
  return list.rows.map((r) => r.name).sort();
}

/** The register's 共 N 家 as a number, read off the screen. */
async function shownTotal(page: Page): Promise<number> {
  const text = (await total(page).textContent()) ?? '';
  const match = /共\s*(\d+)\s*家/.exec(text);
  if (!match) throw new Error(`no total in “${text}”`);
  return Number(match[1]);
}

/** Shows only the firms made here (or the whole register when text is empty). */
async function filter(page: Page, text: string): Promise<void> {
  await searchBox(page).fill(text);
}

/** The shortcuts act only when no text field has the focus, as for a user who clicked away. */
async function pressShortcut(page: Page, keys: string): Promise<void> {
  const focused = page.locator('*:focus');
  if ((await focused.count()) > 0) await focused.first().blur();
  await page.keyboard.press(keys);
}

async function closeDrawer(page: Page): Promise<void> {
  await drawer(page).locator('.ant-drawer-close').first().click();
  await expect(drawer(page)).toBeHidden(SLOW);
}

/** The register (filtered to the firms made here) lists exactly `names`, and so does the workspace. */
async function expectNames(page: Page, names: string[]): Promise<void> {
  await expect.poll(() => storedNames(page.request), SLOW).toEqual([...names].sort());
  await expect(rows(page)).toHaveCount(names.length, SLOW);
  await expect(total(page)).toHaveText(`共 ${String(names.length)} 家`, SLOW);
  for (const name of names) {
    await expect(rows(page).filter({ hasText: name })).toHaveCount(1, SLOW);
  }
}

async function createFirm(page: Page, name: string, employees: string): Promise<void> {
  await page.getByRole('button', { name: '新建企业' }).click();
  const form = page.getByRole('dialog', { name: '新建企业' });
  await form.getByLabel('企业名称', { exact: true }).fill(name);
  await form.getByLabel('员工人数').fill(employees);
  await form.getByRole('button', { name: /保\s?存$/ }).click();
  await expect(page.getByText(`已新建“${name}”`)).toBeVisible(SLOW);
  await expect(drawer(page).getByText(name).first()).toBeVisible(SLOW);
  await closeDrawer(page);
}

const employeesRow = (page: Page) => drawer(page).getByRole('row').filter({ hasText: '员工人数' });

test('create, edit, merge and delete of a firm are each undone and redone', async ({ page }) => {
  await openApp(page, 'enterprises');
  await expect(total(page)).toHaveText(/共 \d+ 家/, SLOW);
  const before = await shownTotal(page);

  // Create, undone with the button: the register is back to its count and lists no such firm.
  await createFirm(page, FIRST, '50');
  await expect.poll(() => shownTotal(page), SLOW).toBe(before + 1);
  await expect(undoButton(page)).toBeEnabled(SLOW);
  await undoButton(page).click();
  await expect(page.getByText(`已撤销：新建企业「${FIRST}」`)).toBeVisible(SLOW);
  await expect.poll(() => shownTotal(page), SLOW).toBe(before);
  await filter(page, TAG);
  await expectNames(page, []);
  // Redone with Ctrl+Shift+Z: the firm is listed again.
  await pressShortcut(page, 'Control+Shift+Z');
  await expect(page.getByText(`已重做：新建企业「${FIRST}」`)).toBeVisible(SLOW);
  await expectNames(page, [FIRST]);
  await filter(page, '');
  await expect.poll(() => shownTotal(page), SLOW).toBe(before + 1);

  // Edit one field from the drawer; Ctrl+Z shows the old value in the drawer, Ctrl+Shift+Z the new.
  await filter(page, TAG);
  await expectNames(page, [FIRST]);
  await rows(page).filter({ hasText: FIRST }).getByText(FIRST).first().click();
  await expect(employeesRow(page)).toContainText('50', SLOW);
  await drawer(page)
    .getByRole('button', { name: /编\s?辑$/ })
    .click();
  const edit = page.getByRole('dialog', { name: `编辑企业：${FIRST}` });
  await edit.getByLabel('员工人数').fill('88');
  await edit.getByRole('button', { name: /保\s?存$/ }).click();
  await expect(page.getByText(`已保存“${FIRST}”`)).toBeVisible(SLOW);
  await expect(edit).toBeHidden(SLOW);
  await expect(employeesRow(page)).toContainText('88', SLOW);
  await pressShortcut(page, 'Control+z');
  await expect(page.getByText(`已撤销：编辑企业「${FIRST}」`)).toBeVisible(SLOW);
  await expect(employeesRow(page)).toContainText('50', SLOW);
  await expect(employeesRow(page)).not.toContainText('88');
  // The open drawer lies over the header's buttons, so a user redoes here with the keyboard.
  await pressShortcut(page, 'Control+Shift+Z');
  const redone = page.getByText(`已重做：编辑企业「${FIRST}」`);
  await expect(redone).toBeVisible(SLOW);
  await expect(employeesRow(page)).toContainText('88', SLOW);
  // The notice lies over the drawer's close button; with the pointer resting on it, it still goes
  // after its time (antd would keep a hovered notice, and the button covered, for ever).
  await redone.hover();
  await expect(redone).toBeHidden({ timeout: 8000 });
  await closeDrawer(page);

  // Merge the second firm into the first: two rows become one; undone, both are back.
  await createFirm(page, SECOND, '120');
  await expectNames(page, [FIRST, SECOND]);
  for (const name of [FIRST, SECOND]) {
    await rows(page).filter({ hasText: name }).locator('.ant-checkbox-input').check();
  }
  await page.getByRole('button', { name: '合并所选 2 家' }).click();
  const merge = page.getByRole('dialog', { name: '合并同一企业的两条记录' });
  await merge
    .getByLabel(`记录 A：${FIRST}`)
    .or(merge.getByLabel(`记录 B：${FIRST}`))
    .check();
  await merge.getByRole('button', { name: /合\s?并$/ }).click();
  await expect(page.getByText(/已合并/).first()).toBeVisible(SLOW);
  await expect(merge).toBeHidden(SLOW);
  await expectNames(page, [FIRST]);
  // The register opens the surviving firm after a merge.
  await expect(drawer(page).getByText(FIRST).first()).toBeVisible(SLOW);
  await closeDrawer(page);
  await undoButton(page).click();
  await expect(page.getByText(`已撤销：合并企业「${SECOND}」到「${FIRST}」`)).toBeVisible(SLOW);
  await expectNames(page, [FIRST, SECOND]);
  await page.screenshot({ path: `${SCREENSHOTS}/enterprise-undo-merge.png` });
  await pressShortcut(page, 'Control+Shift+Z');
  await expect(page.getByText(`已重做：合并企业「${SECOND}」到「${FIRST}」`)).toBeVisible(SLOW);
  await expectNames(page, [FIRST]);

  // Delete the survivor; undone, it is listed again with the field it had; redone, it is gone.
  await rows(page).filter({ hasText: FIRST }).getByText(FIRST).first().click();
  await expect(drawer(page).getByText(FIRST).first()).toBeVisible(SLOW);
  await drawer(page)
    .getByRole('button', { name: /删\s?除$/ })
    .click();
  const confirm = page.getByRole('dialog').filter({ hasText: `删除企业“${FIRST}”？` });
  await confirm.getByRole('button', { name: /删\s?除$/ }).click();
  await expect(page.getByText(`已删除“${FIRST}”`)).toBeVisible(SLOW);
  await expect(drawer(page)).toBeHidden(SLOW);
  await expectNames(page, []);
  await pressShortcut(page, 'Control+z');
  await expect(page.getByText(`已撤销：删除企业「${FIRST}」`)).toBeVisible(SLOW);
  await expectNames(page, [FIRST]);
  await rows(page).filter({ hasText: FIRST }).getByText(FIRST).first().click();
  await expect(employeesRow(page)).toContainText('88', SLOW);
  await closeDrawer(page);
  await redoButton(page).click();
  await expect(page.getByText(`已重做：删除企业「${FIRST}」`)).toBeVisible(SLOW);
  await expectNames(page, []);

  // Both firms made here are gone again: the whole register is back to its first count.
  await filter(page, '');
  await expect.poll(() => shownTotal(page), SLOW).toBe(before);
});
