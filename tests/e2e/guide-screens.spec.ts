// Takes the 使用指南's screenshots from the real app on the demo workspace and writes them where the
// guide reads them (renderer/features/guide/screens/), so the pictures follow the app; the committed
// copies keep a fresh clone's guide illustrated. Waits for what each picture must show, never sleeps.
import { expect, test, type Page } from '@playwright/test';

import { openApp } from './fixtures.js';

const SCREENS = 'renderer/features/guide/screens';

async function shoot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: `${SCREENS}/${name}.png` });
}

test.describe.configure({ timeout: 180_000 });

test('chain map', async ({ page }) => {
  await openApp(page, 'chain-map');
  await expect(page.getByTestId('chain-summary')).toBeVisible({ timeout: 60_000 });
  await shoot(page, 'chain-map');
});

test('import page', async ({ page }) => {
  await openApp(page, 'import');
  await expect(page.getByRole('button', { name: '下载导入模板' })).toBeVisible();
  await shoot(page, 'import');
});

test('analysis: charts of every chain', async ({ page }) => {
  await openApp(page, 'analysis');
  await expect(page.getByTestId('chart').locator('canvas')).toHaveCount(2, { timeout: 60_000 });
  await shoot(page, 'analysis-gaps');
});

test('analysis: target list of one chain', async ({ page }) => {
  await openApp(page, 'analysis');
  await page.getByRole('combobox', { name: '产业链', exact: true }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '工程机械' })
    .click();
  await page.getByRole('tab', { name: /^招商目标清单/ }).click();
  await expect(page.getByRole('tabpanel').getByRole('row').nth(1)).toBeVisible();
  await shoot(page, 'analysis-targets');
});

test('analysis: leads board and funnel', async ({ page }) => {
  await openApp(page, 'analysis?tab=leads');
  await expect(page.getByRole('img', { name: '招商线索漏斗' }).locator('canvas')).toBeVisible({
    timeout: 60_000,
  });
  await shoot(page, 'analysis-leads');
});
