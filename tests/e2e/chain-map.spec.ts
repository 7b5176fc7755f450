// The chain map on the demo workspace: segment boxes coloured by the same analysis as the Analysis
// page, the segment panel with its rule, 建议招引 chips that open the lead form, links, hover and
// search, and a screenshot compared with a committed baseline.
import { expect as baseExpect, test, type Page } from '@playwright/test';

import type { WorkspaceAnalysis } from '../../shared/analysis/schemas.js';
import type { Chain } from '../../shared/domain/schemas.js';
import { apiCall, openApp, SCREENSHOTS } from './fixtures.js';

// Every wait is for a state; on a loaded CI machine (two cores shared by many processes) the pages'
// first answers and the worker's layout can take far longer than the defaults.
const expect = baseExpect.configure({ timeout: 60_000 });
test.describe.configure({ timeout: 240_000 });

const map = (page: Page) => page.getByTestId('chain-graph');

async function segmentCount(page: Page): Promise<number> {
  // The map is laid out in a worker after the data arrives: on a loaded CI machine that can take
  // well over the default 15 s.
  await expect(map(page)).not.toHaveAttribute('data-segments', '0', { timeout: 90_000 });
  return Number(await map(page).getAttribute('data-segments'));
}

/** name → state of every segment box on the map. */
async function mapStates(page: Page): Promise<Record<string, string | null>> {
  const out: Record<string, string | null> = {};
  for (const g of await map(page).locator('[data-kind="segment"]').all()) {
    out[(await g.getAttribute('data-name')) ?? ''] = await g.getAttribute('data-state');
  }
  return out;
}

async function chainId(page: Page, name: string): Promise<number> {
  const chains = await apiCall<Chain[]>(page.request, 'chain:list', {});
  const chain = chains.find((c) => c.name === name);
  expect(chain, name).toBeDefined();
  return chain?.id ?? 0;
}

test('draws the chain with every segment state as a badge, in Chinese', async ({ page }) => {
  await openApp(page, 'chain-map');
  expect(await segmentCount(page)).toBeGreaterThan(3);
  await expect(page.getByTestId('chain-summary')).toContainText('个环节');
  for (const badge of ['缺链', '断链', '弱链', '强链']) {
    await expect(map(page).locator('text', { hasText: badge }).first()).toBeAttached();
  }
  await expect(map(page)).toContainText('上游');
  await expect(page.locator('body')).not.toContainText('upstream');
  await page.screenshot({ path: `${SCREENSHOTS}/chain-map.png` });
});

test('segment states on the map match the Analysis page for the same chain', async ({ page }) => {
  // The Analysis page with one chain chosen (through its address) lists that chain's segments.
  const id = await chainId(page, '工程机械');
  await openApp(page, `analysis?chain=${String(id)}`);
  const rows = page.locator('.ant-table-tbody tr.ant-table-row', {
    has: page.locator('[data-state]'),
  });
  await expect(rows.first()).toBeVisible();
  const analysis: Record<string, string | null> = {};
  for (const row of await rows.all()) {
    const name = (await row.locator('td').first().innerText()).trim();
    const state = await row.locator('[data-state]').first().getAttribute('data-state');
    if (name) analysis[name] = state;
  }
  expect(Object.keys(analysis).length).toBeGreaterThan(5);
  await openApp(page, `chain-map?chain=${String(id)}`);
  await segmentCount(page);
  expect(await mapStates(page)).toEqual(analysis);
});

test('a segment click opens its panel with the rule the analysis gave', async ({ page }) => {
  const id = await chainId(page, '工程机械');
  const a = await apiCall<WorkspaceAnalysis>(page.request, 'analysis:run', { chainId: id });
  const engine = a.chains[0]?.segments.find((s) => s.name === '发动机');
  expect(engine?.state).toBe('missing');
  await openApp(page, `chain-map?chain=${String(id)}`);
  await map(page)
    .locator('[data-kind="segment"][data-name="发动机"]')
    .click({ position: { x: 12, y: 8 } });
  const panel = page.getByTestId('segment-panel');
  await expect(panel).toContainText('发动机');
  await expect(panel).toContainText('缺链');
  await expect(panel.getByTestId('segment-rule')).toContainText(engine?.rule.zh ?? '?');
});

test('a 建议招引 chip opens the lead form for that firm', async ({ page }) => {
  await openApp(page, `chain-map?chain=${String(await chainId(page, '锂电池与储能'))}`);
  const chip = map(page).locator('[data-kind="target"]').first();
  const name = await chip.getAttribute('data-name');
  expect(name).toBeTruthy();
  await chip.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`编辑线索：${name ?? ''}`);
  await expect(dialog).toContainText('拟补环节');
  await page.screenshot({ path: `${SCREENSHOTS}/chain-map-target-lead.png` });
});

test('links toggle, hover shows a firm’s suppliers and buyers, search finds a firm by pinyin', async ({
  page,
}) => {
  await openApp(page, `chain-map?chain=${String(await chainId(page, '工程机械'))}`);
  await segmentCount(page);
  expect(Number(await map(page).getAttribute('data-edges'))).toBeGreaterThan(0);
  await expect(map(page).locator('[data-style="flow-outside"]').first()).toBeAttached();
  await page.getByRole('switch', { name: '供应关系' }).click();
  await expect(map(page)).toHaveAttribute('data-edges', '0');
  await page.getByRole('switch', { name: '供应关系' }).click();
  await page.getByRole('combobox', { name: '查找企业（名称或拼音首字母）' }).fill('xs');
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '小松' })
    .first()
    .click();
  const info = page.getByTestId('firm-neighbours');
  await expect(info).toContainText('小松');
  await expect(info).toContainText(/供应商 [1-9]\d* 家/);
  // Centred and zoomed in to a readable scale.
  await expect
    .poll(async () => Number(await map(page).getAttribute('data-zoom')))
    .toBeGreaterThanOrEqual(1);
  await expect(map(page).locator('[data-style="link-hover"]').first()).toBeAttached();
  await page.screenshot({ path: `${SCREENSHOTS}/chain-map-search.png` });
});

test('the chain map looks as it did (screenshot against the committed baseline)', async ({
  page,
}) => {
  await openApp(page, `chain-map?chain=${String(await chainId(page, '工程机械'))}`);
  await segmentCount(page);
  await expect(map(page)).toHaveScreenshot('chain-map-engineering.png', {
    animations: 'disabled',
    maxDiffPixelRatio: 0.01,
  });
});

test("switching cluster redraws the map with that cluster's chain", async ({ page }) => {
  await openApp(page, 'chain-map');
  await segmentCount(page);
  const summaryBefore = await page.getByTestId('chain-summary').innerText();
  await page.getByRole('combobox', { name: '选择产业集群' }).click();
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await expect.poll(() => options.count()).toBeGreaterThan(1);
  await options.nth(1).click();
  await expect(page.getByTestId('chain-summary')).not.toHaveText(summaryBefore);
  expect(await segmentCount(page)).toBeGreaterThan(3);
});

test('the chain map is drawn in English too', async ({ page }) => {
  await openApp(page, 'chain-map');
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByTestId('chain-summary')).toContainText('segments');
  await expect(map(page)).toContainText('Upstream');
  await expect(map(page).locator('text', { hasText: 'Missing' }).first()).toBeAttached();
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
  const segmentName = ((await target.innerText()).split('›')[1] ?? '').trim();
  await target.click();
  await expect(page).toHaveURL(/#\/chain-map\?chain=\d+&segment=\d+$/);
  const chainSelect = page.locator('.ant-select', {
    has: page.getByRole('combobox', { name: '选择产业链' }),
  });
  await expect(chainSelect).toContainText(chainName);
  expect(await segmentCount(page)).toBeGreaterThan(0);
  await expect(page.getByTestId('segment-panel')).toContainText(segmentName);
  await page.reload();
  await expect(chainSelect).toContainText(chainName);
  await expect(page.getByTestId('segment-panel')).toContainText(segmentName, { timeout: 90_000 });
});

test('a segment name on the Analysis page opens the map on that segment, selected, centred and in its panel', async ({
  page,
}) => {
  const id = await chainId(page, '工程机械');
  await openApp(page, `analysis?chain=${String(id)}`);
  const link = page.locator('.ant-table-tbody').getByRole('link', { name: '发动机', exact: true });
  await link.first().click();
  await expect(page).toHaveURL(new RegExp(`#/chain-map\\?chain=${String(id)}&segment=\\d+$`));
  await segmentCount(page);
  const panel = page.getByTestId('segment-panel');
  await expect(panel).toContainText('发动机');
  await expect(panel).toContainText('缺链');
  const box = map(page).locator('[data-kind="segment"][data-name="发动机"] > rect').first();
  await expect(page.getByTestId('selected-segment')).toBeAttached();
  // Centred in the part of the map the panel leaves free, and drawn large enough to read.
  const seg = await box.boundingBox();
  const view = await map(page).boundingBox();
  const side = await panel.boundingBox();
  expect(seg && view && side).toBeTruthy();
  if (!seg || !view || !side) return;
  expect(seg.x).toBeGreaterThanOrEqual(view.x);
  expect(seg.x + seg.width).toBeLessThanOrEqual(side.x);
  expect(seg.y).toBeGreaterThanOrEqual(view.y);
  expect(seg.y + seg.height).toBeLessThanOrEqual(view.y + view.height);
  expect(seg.width).toBeGreaterThan(150);
  // Closing the panel drops the segment from the address; another segment's click puts its own.
  await panel.getByRole('button', { name: '关闭' }).click();
  await expect(page).toHaveURL(new RegExp(`#/chain-map\\?chain=${String(id)}$`));
});
