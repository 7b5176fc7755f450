// Undo and redo in browser mode, as a user meets them: a lead made, moved to another stage and
// deleted, each taken back and made again with the header's 撤销 / 重做 buttons and with Ctrl+Z /
// Ctrl+Shift+Z; the board shows what is stored after each step. Ctrl+Z in a text field is the field's
// own undo and leaves the workspace alone. Every wait is for a state on screen, never a fixed time.
import { expect, test, type Page } from '@playwright/test';

import type { EditHistoryState } from '../../shared/ipc/undo-contract.js';
import { apiCall, openApp, SCREENSHOTS } from './fixtures.js';

const STEP = { timeout: 60_000 };

const openLeads = async (page: Page) => {
  await openApp(page, 'analysis');
  await page.getByRole('tab', { name: '招商线索' }).click();
};

test('a lead made, moved and deleted is undone and redone with the buttons and the keyboard', async ({
  page,
  request,
}) => {
  test.setTimeout(300_000);
  const name = `撤销测试线索${String(Date.now())}`;
  await apiCall(request, 'lead:create', { targetName: name, stage: 'lead' });
  await openLeads(page);
  const card = page.getByLabel(name, { exact: true });
  await expect(card).toBeVisible(STEP);
  const undo = page.getByTestId('undo-button');
  const redo = page.getByTestId('redo-button');

  // The button names what it undoes.
  await undo.hover();
  await expect(page.getByRole('tooltip')).toContainText(`撤销：新建线索“${name}”`);
  await page.screenshot({ path: `${SCREENSHOTS}/undo-tooltip.png` });
  await undo.click();
  await expect(page.getByText(`已撤销：新建线索“${name}”`)).toBeVisible(STEP);
  await expect(card).toHaveCount(0, STEP);
  await expect(redo).toBeEnabled(STEP);

  await page.keyboard.press('Control+Shift+Z');
  await expect(page.getByText(`已重做：新建线索“${name}”`)).toBeVisible(STEP);
  await expect(card).toBeVisible(STEP);
  await expect(redo).toBeDisabled(STEP);

  // A stage change from the card's select, undone with Ctrl+Z.
  await card.getByRole('combobox').click();
  await page.locator('.ant-select-item-option[title="接洽"]').click();
  await expect(card).toContainText('接洽', STEP);
  // Focus stays on the select box, which holds no typed text: Ctrl+Z there is the app's undo.
  await page.keyboard.press('Control+z');
  await expect(page.getByText(`已撤销：修改线索“${name}”`)).toBeVisible(STEP);
  await expect(card).toContainText('新线索', STEP);
  await page.keyboard.press('Control+y');
  await expect(page.getByText(`已重做：修改线索“${name}”`)).toBeVisible(STEP);
  await expect(card).toContainText('接洽', STEP);

  // A delete (asked first), undone: the lead comes back with its stage; redone: gone again.
  await card.getByRole('button', { name: `删除 ${name}` }).click();
  await page.getByRole('button', { name: /^删\s*除$/ }).click();
  await expect(card).toHaveCount(0, STEP);
  await expect(undo).toBeEnabled(STEP);
  await undo.click();
  await expect(page.getByText(`已撤销：删除线索“${name}”`)).toBeVisible(STEP);
  await expect(card).toContainText('接洽', STEP);
  await redo.click();
  await expect(page.getByText(`已重做：删除线索“${name}”`)).toBeVisible(STEP);
  await expect(card).toHaveCount(0, STEP);

  // The stored data agrees with the board.
  const leads = await apiCall<{ targetName: string }[]>(request, 'lead:list', {});
  expect(leads.some((l) => l.targetName === name)).toBe(false);
});

test('Ctrl+Z while typing in a field undoes the typing, not the last edit', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const name = `输入框撤销线索${String(Date.now())}`;
  await apiCall(request, 'lead:create', { targetName: name, stage: 'lead' });
  const before = await apiCall<EditHistoryState>(request, 'edit:state', {});
  expect(before.undoLabel?.zh).toBe(`新建线索“${name}”`);
  await openApp(page, 'enterprises');
  const search = page.getByRole('textbox', { name: '搜索名称、信用代码、主营产品、园区或标签' });
  await search.click();
  await search.pressSequentially('小松');
  await page.keyboard.press('Control+z');
  const after = await apiCall<EditHistoryState>(request, 'edit:state', {});
  expect(after).toEqual(before);
  await expect(page.getByText(/已撤销/)).toHaveCount(0);
  // Tidy up for the specs after this one: the lead made here is undone from the header.
  await page.getByTestId('undo-button').click();
  await expect(page.getByText(`已撤销：新建线索“${name}”`)).toBeVisible(STEP);
});
