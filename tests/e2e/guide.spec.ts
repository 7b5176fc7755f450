// The 使用指南 in browser mode: reachable from the navigation, every section present in Chinese, each
// picture loaded (not a broken image), and the table of contents scrolls to a section.
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
  await expect(page).toHaveURL(/#\/guide$/);
});
