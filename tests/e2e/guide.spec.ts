// The 使用指南 in browser mode: reachable from the navigation, every section present in Chinese, each
// picture loaded (not a broken image), and the table of contents scrolls to a section; in English
// the same sections and pictures.
import { expect, test } from '@playwright/test';

import { openApp } from './fixtures.js';

const SECTIONS = [
  '一、安装与首次启动',
  '二、演示工作区',
  '三、导入企业名录与供应关系',
  '四、读懂产业链图谱与缺口状态',
  '五、招商目标清单与招商线索',
  '六、导出图谱与报告',
  '七、备份与恢复',
  '八、手工修改、画供应关系与撤销',
];

test('the guide opens from the navigation with every section and its pictures', async ({
  page,
}) => {
  await openApp(page, 'analysis');
  await page.getByRole('navigation').getByRole('link', { name: '使用指南' }).click();
  await expect(page).toHaveURL(/#\/guide$/);
  for (const title of SECTIONS) await expect(page.getByLabel(title, { exact: true })).toBeVisible();
  const images = page.locator('#main img');
  await expect(images).toHaveCount(5);
  for (const img of await images.all()) {
    await img.scrollIntoViewIfNeeded();
    await expect
      .poll(() =>
        // A string holding a function would be evaluated, not called: pass the function itself.
        img.evaluate((i: unknown) => {
          const el = i as { complete: boolean; naturalWidth: number };
          return el.complete ? el.naturalWidth : 0;
        }),
      )
      .toBeGreaterThan(600);
  }
  await page.getByRole('link', { name: '七、备份与恢复' }).click();
  await expect(page.getByLabel('七、备份与恢复', { exact: true })).toBeInViewport();
  // Drawing a link on the network and where undo stops are explained.
  const editing = page.getByLabel('八、手工修改、画供应关系与撤销', { exact: true });
  await expect(editing).toContainText('画供应关系”（或按 L 键）');
  await expect(editing).toContainText('按 Esc 或再按 L 退出');
  await expect(editing).toContainText('导入（时间）之后的修改才能撤销');
  await expect(page).toHaveURL(/#\/guide$/);
});

test('the guide follows the app into English, section for section, with the same pictures', async ({
  page,
}) => {
  await openApp(page, 'guide');
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'User guide' })).toBeVisible();
  const cards = page.locator('#main .ant-card');
  await expect(cards).toHaveCount(SECTIONS.length);
  await expect(page.getByLabel('1. Installing and first start', { exact: true })).toBeVisible();
  const editing = page.getByLabel('8. Editing by hand, drawing links and undo', { exact: true });
  await expect(editing).toContainText('(or press L)');
  await expect(editing).toContainText('Esc or L again leaves');
  await expect(editing).toContainText('undo stops there');
  await expect(page.locator('#main img')).toHaveCount(5);
  await expect(page.locator('#main')).not.toContainText('本指南介绍');
});
