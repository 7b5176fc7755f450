// The second visit in browser mode, as staff work: a demo firm edited by hand (a tag added in the
// form, a second 挂链 from the drawer), then next month's one-row partial register (name and
// employees only) imported for the same firm. The import changes the employees and keeps the
// hand-made tag and 挂链; undo then stops at the import and says so, changing nothing. Runs on a
// workspace of its own, so the import's stop in the undo history does not reach other specs.
import { rmSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test, type Page } from '@playwright/test';

import { SCREENSHOTS } from './fixtures.js';
import { createDemoWorkspace, ENV_DIR, startHost, stopHost } from './host-process.js';

const FIRM = '济宁泰丰液压泵有限公司';
const TAG = '专精特新';
const SLOW = { timeout: 120_000 };

const drawer = (page: Page) => page.getByTestId('enterprise-drawer');
const csv = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf8');

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });

async function openFirm(page: Page): Promise<void> {
  await page.getByPlaceholder('搜索名称、信用代码、主营产品、园区或标签').fill('泰丰液压泵');
  const row = page.locator('.ant-table-tbody .ant-table-row').filter({ hasText: FIRM });
  await expect(row).toHaveCount(1, SLOW);
  await row.getByText(FIRM).first().click();
  await expect(drawer(page).getByText(FIRM).first()).toBeVisible(SLOW);
}

test('a firm edited by hand keeps its tag and 挂链 through a partial import, and undo stops at the import', async ({
  page,
}) => {
  test.setTimeout(900_000);
  const { dir, file } = createDemoWorkspace();
  let pid: number | undefined;
  try {
    const host = await startHost(file, join(process.env[ENV_DIR] ?? '', 'renderer'));
    pid = host.pid;
    await page.goto(`${host.url}#/enterprises`);
    await expect(page.getByTestId('workspace-name')).toBeVisible(SLOW);

    // By hand: a tag in the form…
    await openFirm(page);
    await drawer(page)
      .getByRole('button', { name: /编\s*辑/ })
      .click();
    const form = page.getByRole('dialog', { name: `编辑企业：${FIRM}` });
    await form.getByLabel('其他标签').fill(TAG);
    await form.getByLabel('其他标签').press('Enter');
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await expect(page.getByText(`已保存“${FIRM}”`)).toBeVisible(SLOW);
    await expect(drawer(page)).toContainText(TAG, SLOW);

    // …and a second 挂链, on 主控阀 of 工程机械, beside its 液压泵.
    await drawer(page).getByLabel('添加挂链').click();
    for (const step of ['高端装备', '工程机械', '核心零部件', '主控阀'])
      await page.locator('.ant-cascader-menu-item', { hasText: step }).first().click();
    const valve = drawer(page).getByRole('button', { name: '移除 主控阀' });
    await expect(valve).toBeVisible(SLOW);
    await shot(page, 'second-visit-1-edited');

    // Next month's register: one row, two columns.
    await page.goto(`${host.url}#/import`);
    await page.locator('input[type=file]').setInputFiles({
      name: '员工人数更新.csv',
      mimeType: 'text/csv',
      buffer: csv(`企业名称,员工人数\n${FIRM},45\n`),
    });
    await page.getByRole('button', { name: '检查文件' }).click();
    await expect(page.getByTestId('import-sheet')).toContainText('员工人数更新.csv', SLOW);
    await page.getByRole('button', { name: '预览与问题' }).click();
    await expect(page.getByTestId('import-counts')).toBeVisible(SLOW);
    await shot(page, 'second-visit-2-preview');
    await page.getByRole('button', { name: /^导\s?入$/ }).click();
    await expect(page.getByText('导入完成')).toBeVisible(SLOW);

    // The import changed the employees and nothing it was not given.
    await page.goto(`${host.url}#/enterprises`);
    await openFirm(page);
    await expect(drawer(page).getByRole('row').filter({ hasText: '员工人数' })).toContainText(
      '45',
      SLOW,
    );
    await expect(drawer(page)).toContainText(TAG);
    await expect(drawer(page).getByRole('button', { name: '移除 主控阀' })).toBeVisible();
    await expect(drawer(page).getByRole('button', { name: '移除 液压泵' })).toBeVisible();
    await shot(page, 'second-visit-3-after-import');
    await drawer(page).locator('.ant-drawer-close').first().click();
    await expect(drawer(page)).toBeHidden(SLOW);

    // Undo stops at the import: the button is off and says why; Ctrl+Z says the same.
    const undo = page.getByTestId('undo-button');
    await expect(undo).toBeDisabled(SLOW);
    await undo.hover({ force: true });
    const stop = /导入（\d{4}-\d\d-\d\d \d\d:\d\d）之后的修改才能撤销/;
    await expect(page.getByRole('tooltip')).toHaveText(stop, SLOW);
    await shot(page, 'second-visit-4-undo-stops');
    await page.mouse.move(5, 500);
    await page.keyboard.press('Control+z');
    await expect(page.locator('.ant-message')).toContainText(stop, SLOW);
    // Nothing was undone: the hand edits are still there.
    await openFirm(page);
    await expect(drawer(page)).toContainText(TAG);
    await expect(drawer(page).getByRole('button', { name: '移除 主控阀' })).toBeVisible();
  } finally {
    if (pid !== undefined) stopHost(pid);
    rmSync(dir, { recursive: true, force: true });
  }
});
