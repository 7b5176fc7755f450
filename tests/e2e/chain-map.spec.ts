// The chain map: a chain of the demo workspace is drawn on the Cytoscape canvas.
import { expect, test, type Page } from '@playwright/test';

import { openApp, SCREENSHOTS } from './fixtures.js';

/** Non-transparent pixels over all of Cytoscape's canvas layers (string: the node tsconfig has no DOM). */
const INKED_PIXELS = `(() => {
  let inked = 0;
  for (const canvas of document.querySelectorAll('[data-testid="chain-graph"] canvas')) {
    const ctx = canvas.getContext('2d');
    if (!ctx || canvas.width === 0 || canvas.height === 0) continue;
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) inked += 1;
  }
  return inked;
})()`;

async function graphNodeCount(page: Page): Promise<number> {
  const graph = page.getByTestId('chain-graph');
  await expect(graph).not.toHaveAttribute('data-node-count', '0');
  return Number(await graph.getAttribute('data-node-count'));
}

test('draws the selected chain on the canvas', async ({ page }) => {
  await openApp(page, 'chain-map');
  const graph = page.getByTestId('chain-graph');
  await expect(graph).toBeVisible();
  expect(await graphNodeCount(page)).toBeGreaterThan(3);
  await expect(page.getByTestId('chain-summary')).toContainText('个环节');
  await expect.poll(() => page.evaluate<number>(INKED_PIXELS)).toBeGreaterThan(1000);
  // Stage captions are drawn in Chinese, never as raw identifiers.
  await expect(page.locator('body')).not.toContainText('upstream');
  await page.screenshot({ path: `${SCREENSHOTS}/chain-map.png` });
});

test("switching cluster redraws the graph with that cluster's chain", async ({ page }) => {
  await openApp(page, 'chain-map');
  await graphNodeCount(page);
  const summaryBefore = await page.getByTestId('chain-summary').innerText();
  await page.getByRole('combobox', { name: '选择产业集群' }).click();
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  // The dropdown opens with an animation: wait for its options rather than counting at once.
  await expect.poll(() => options.count()).toBeGreaterThan(1);
  await options.nth(1).click();
  await expect(page.getByTestId('chain-summary')).not.toHaveText(summaryBefore);
  expect(await graphNodeCount(page)).toBeGreaterThan(3);
  await expect.poll(() => page.evaluate<number>(INKED_PIXELS)).toBeGreaterThan(1000);
  await page.screenshot({ path: `${SCREENSHOTS}/chain-map-second-cluster.png` });
});

test('the chain map is drawn in English too', async ({ page }) => {
  await openApp(page, 'chain-map');
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByTestId('chain-summary')).toContainText('segments');
  expect(await graphNodeCount(page)).toBeGreaterThan(3);
  await page.screenshot({ path: `${SCREENSHOTS}/chain-map-en.png` });
});

test('a segment in the detail drawer opens its chain in the map, and a reload keeps it', async ({
  page,
}) => {
  await openApp(page, 'enterprises');
  await page.getByPlaceholder('搜索名称、信用代码、主营产品、园区或标签').fill('小松');
  await page.locator('.ant-table-tbody .ant-table-row').first().getByRole('button').first().click();
  const links = page.getByTestId('enterprise-segments').getByRole('link');
  await expect(links.first()).toBeVisible();
  const target = links.last();
  const chainName = ((await target.innerText()).split('›')[0] ?? '').trim();
  expect(chainName).not.toBe('');
  await target.click();
  await expect(page).toHaveURL(/#\/chain-map\?chain=\d+$/);
  const chainSelect = page.locator('.ant-select', {
    has: page.getByRole('combobox', { name: '选择产业链' }),
  });
  await expect(chainSelect).toContainText(chainName);
  expect(await graphNodeCount(page)).toBeGreaterThan(0);
  await page.reload();
  await expect(chainSelect).toContainText(chainName);
});
