// The app shell: Chinese by default, English on request (and remembered), navigation between pages.
import { expect, test } from '@playwright/test';

import { apiCall, openApp } from './fixtures.js';

const NAV_ZH = ['产业链图谱', '供应网络', '企业', '分析', '导入'];
const NAV_EN = ['Chain map', 'Network', 'Enterprises', 'Analysis', 'Import'];

test('loads in Chinese with the navigation and the workspace counts', async ({ page, request }) => {
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const nav = page.getByRole('navigation');
  for (const label of NAV_ZH)
    await expect(nav.getByRole('menuitem', { name: label })).toBeVisible();
  const info = await apiCall<{ stats: { enterprises: number; chains: number } }>(
    request,
    'workspace:info',
    {},
  );
  const stats = page.getByTestId('workspace-stats');
  await expect(stats).toContainText(`企业 ${String(info.stats.enterprises)}`);
  await expect(stats).toContainText(`产业链 ${String(info.stats.chains)}`);
  // No raw identifiers leak into the Chinese UI.
  await expect(page.locator('body')).not.toContainText(/upstream|midstream|downstream/);
});

test('switches to English and remembers the choice', async ({ page }) => {
  await openApp(page);
  await page.getByText('English', { exact: true }).click();
  const nav = page.getByRole('navigation');
  for (const label of NAV_EN)
    await expect(nav.getByRole('menuitem', { name: label })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(nav.getByRole('menuitem', { name: 'Enterprises' })).toBeVisible();
  await page.getByText('中文', { exact: true }).click();
  await expect(nav.getByRole('menuitem', { name: '企业' })).toBeVisible();
});

test('navigates between the pages', async ({ page }) => {
  await openApp(page);
  const nav = page.getByRole('navigation');
  // A workspace of several clusters (the demo has four) opens on the overview.
  await expect(page).toHaveURL(/#\/overview$/);
  await expect(page.getByTestId('overview-map')).toBeVisible();

  await nav.getByRole('menuitem', { name: '企业' }).click();
  await expect(page).toHaveURL(/#\/enterprises$/);
  await expect(page.getByPlaceholder('搜索名称、信用代码、主营产品、园区或标签')).toBeVisible();

  await nav.getByRole('menuitem', { name: '供应网络' }).click();
  await expect(page).toHaveURL(/#\/network/);
  await expect(page.getByTestId('network-canvas')).toBeVisible();

  await nav.getByRole('menuitem', { name: '分析' }).click();
  await expect(page).toHaveURL(/#\/analysis$/);

  await nav.getByRole('menuitem', { name: '导入' }).click();
  await expect(page).toHaveURL(/#\/import$/);

  await page.goBack();
  await expect(page).toHaveURL(/#\/analysis$/);

  await nav.getByRole('menuitem', { name: '产业链图谱' }).click();
  await expect(page.getByTestId('chain-graph')).toBeVisible();
});

test('the menu works from the keyboard', async ({ page }) => {
  await openApp(page, 'chain-map');
  await page.getByRole('navigation').getByRole('menuitem', { name: '企业' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/enterprises$/);
});

test('a page whose code cannot be loaded says so and offers a reload; the others still open', async ({
  page,
}) => {
  // The analysis page's chunk refused, as a damaged install or a vanished build would.
  await page.route(/\/assets\/AnalysisPage-[^/]*\.js/, (route) => route.abort());
  await openApp(page, 'enterprises');
  const nav = page.getByRole('navigation');
  await nav.getByRole('menuitem', { name: '分析' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('页面未能载入');
  await expect(alert.getByRole('button', { name: '重新载入' })).toBeVisible();
  // The shell stays: another page opens as usual.
  await nav.getByRole('menuitem', { name: '企业' }).click();
  await expect(page.getByPlaceholder('搜索名称、信用代码、主营产品、园区或标签')).toBeVisible();
  await page.unroute(/\/assets\/AnalysisPage-[^/]*\.js/);
  await nav.getByRole('menuitem', { name: '分析' }).click();
  await expect(page.getByRole('alert')).toContainText('页面未能载入');
});
