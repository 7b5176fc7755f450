// The supply network in browser mode on the demo workspace, as a user works it: the first picture,
// collapsing and expanding a group, a filter in the address, pinyin search, a dragged firm that stays
// put after a reload, 小松's tiers against the Analysis page's, and PNG/SVG export.
import { readFileSync } from 'node:fs';

import { expect, test, type Page } from '@playwright/test';
import type { Core } from 'cytoscape';

import { pngSize, pngStats } from '../support/png-stats.js';
import { apiCall, openApp, SCREENSHOTS } from './fixtures.js';
import { groupBorderPoint } from './network-points.js';

// Loading the 2 MB layout worker and laying out can take long on a loaded CI machine: states are
// waited for with generous limits, never a fixed time.
const SLOW = 120_000;

type Pos = { x: number; y: number };
type Tiers = { tiers: { tier: number; localCount: number; firms: { id: number }[] }[] };
type Graph = {
  firmCount: number;
  positions: { id: string; x: number; y: number; pinned: boolean }[];
};

/** Waits until the network is drawn and no layout runs. */
async function settled(page: Page): Promise<void> {
  await expect(page.getByTestId('network-canvas')).toBeVisible({ timeout: SLOW });
  await expect(page.getByTestId('layout-status')).toHaveAttribute('data-state', /idle|done/, {
    timeout: SLOW,
  });
}

type WithCy = { cy: Core };
const canvas = (page: Page) => page.getByTestId('network-canvas');

const rendered = (page: Page, id: string) =>
  canvas(page).evaluate((el, nodeId) => {
    const p = (el as unknown as WithCy).cy.getElementById(nodeId).renderedPosition();
    return { x: p.x, y: p.y };
  }, id);

const position = (page: Page, id: string) =>
  canvas(page).evaluate((el, nodeId) => {
    const p = (el as unknown as WithCy).cy.getElementById(nodeId).position();
    return { x: p.x, y: p.y };
  }, id);

const hasClass = (page: Page, id: string, cls: string) =>
  canvas(page).evaluate(
    (el, [nodeId, c]) => (el as unknown as WithCy).cy.getElementById(nodeId).hasClass(c),
    [id, cls] as const,
  );

const count = (page: Page, selector: string) =>
  canvas(page).evaluate((el, sel) => (el as unknown as WithCy).cy.nodes(sel).length, selector);

const firstId = (page: Page, selector: string, except = '') =>
  canvas(page).evaluate(
    (el, [sel, not]) =>
      (el as unknown as WithCy).cy
        .nodes(sel)
        .filter((n) => n.id() !== not)
        .first()
        .id(),
    [selector, except] as const,
  );

const nodeLabel = (el: object, id: string) =>
  String((el as unknown as WithCy).cy.getElementById(id).data('label') ?? '');

const label = (page: Page, selector: string) =>
  canvas(page).evaluate(
    (el, sel) => String((el as unknown as WithCy).cy.nodes(sel).first().data('label') ?? ''),
    selector,
  );

/** The free space (graph units) between a node's circle and the nearest other group box or node. */
const gapAround = (page: Page, id: string) =>
  canvas(page).evaluate((el, nodeId) => {
    const cy = (el as unknown as WithCy).cy;
    const node = cy.getElementById(nodeId);
    const c = node.position();
    const r = node.width() / 2;
    const others = cy
      .nodes()
      .filter((n) => n.id() !== nodeId && (n.isParent() || n.parent().empty()));
    return Math.min(
      ...others.map((n) => {
        const b = n.boundingBox({ includeLabels: false });
        const dx = Math.max(b.x1 - c.x, 0, c.x - b.x2);
        const dy = Math.max(b.y1 - c.y, 0, c.y - b.y2);
        return Math.hypot(dx, dy) - r;
      }),
    );
  }, id);

async function screenPoint(page: Page, local: Pos): Promise<Pos> {
  const box = await page.getByTestId('network-canvas').boundingBox();
  if (!box) throw new Error('canvas not laid out');
  return { x: box.x + local.x, y: box.y + local.y };
}

test('opens grouped, collapses and expands a group by double-click', async ({ page }) => {
  test.setTimeout(SLOW * 3);
  await openApp(page, 'network');
  await settled(page);
  await expect(page.getByTestId('network-summary')).toContainText(/\d+ 家企业，\d+ 条供应关系/);
  await page.screenshot({ path: `${SCREENSHOTS}/network-demo.png` });
  const { id: groupId, ...border } = await groupBorderPoint(page);
  expect(groupId).toMatch(/^g:/);
  const edge = await screenPoint(page, border);
  await page.mouse.dblclick(edge.x, edge.y);
  await expect.poll(() => hasClass(page, groupId, 'collapsed'), { timeout: SLOW }).toBe(true);
  await settled(page);
  // The room the open group took is given back: the nearest other group or firm comes in to a
  // margin's distance of the closed node instead of staying where the open box had kept it.
  expect(await gapAround(page, groupId)).toBeLessThan(200);
  // Its circle names it with the count on a line of its own (wrapped at spaces, "（87 家）" was split
  // from its 家); open, its title keeps name and count on one line.
  expect(await canvas(page).evaluate(nodeLabel, groupId)).toMatch(/^\S.*\n\d+ 家$/);
  const collapsed = await rendered(page, groupId);
  const at = await screenPoint(page, collapsed);
  await page.mouse.dblclick(at.x, at.y);
  await expect
    .poll(() => hasClass(page, groupId, 'expanded'), {
      timeout: SLOW,
    })
    .toBe(true);
  expect(await canvas(page).evaluate(nodeLabel, groupId)).toMatch(/^[^\n]+（\d+ 家）$/);
});

test('a first layout: the state line says done over the final picture and lets clicks through', async ({
  page,
  request,
}) => {
  test.setTimeout(SLOW * 2);
  // The filter makes a view nobody has opened: no saved positions, so it is laid out.
  const filter = { minAmount: 0.001 };
  await openApp(page, 'network?min=0.001&group=chain');
  await settled(page);
  // Read once, not waited for: settled must already mean laid out, not the draw before the layout.
  const status = page.getByTestId('layout-status');
  expect(await status.getAttribute('data-state')).toBe('done');
  await expect(status).toContainText('布局完成');
  // The line lies over the picture; a click on it reaches the canvas beneath (a group there).
  const box = await status.boundingBox();
  if (!box) throw new Error('state line not laid out');
  const beneath = await canvas(page).evaluate(
    (el, [x, y]) => {
      type Doc = { elementFromPoint: (x: number, y: number) => unknown };
      const doc = (globalThis as unknown as { document: Doc }).document;
      return (el as unknown as { contains: (n: unknown) => boolean }).contains(
        doc.elementFromPoint(x, y),
      );
    },
    [box.x + box.width / 2, box.y + box.height / 2] as const,
  );
  expect(beneath).toBe(true);
  // The positions the layout saved are the ones on screen when the line said done.
  const id = await firstId(page, '.firm');
  const shown = await position(page, id);
  const saved = async () => {
    const g = await apiCall<Graph>(request, 'network:graph', { filter, groupBy: 'chain' });
    return g.positions.find((p) => p.id === id) ?? null;
  };
  await expect.poll(saved, { timeout: SLOW }).not.toBeNull();
  const stored = await saved();
  expect(Math.abs((stored?.x ?? Infinity) - shown.x)).toBeLessThan(1);
  expect(Math.abs((stored?.y ?? Infinity) - shown.y)).toBeLessThan(1);
});

test('a filter goes into the address and the picture shows only those firms', async ({
  page,
  request,
}) => {
  test.setTimeout(SLOW * 2);
  await openApp(page, 'network');
  await settled(page);
  await page.getByRole('combobox', { name: '本地/区外' }).click();
  await page.getByTitle('区外企业').click();
  await expect(page).toHaveURL(/local=outside/, { timeout: SLOW });
  const outside = await apiCall<Graph>(request, 'network:graph', {
    filter: { locality: 'outside' },
  });
  await expect(page.getByTestId('network-summary')).toContainText(
    `${String(outside.firmCount)} 家企业`,
    { timeout: SLOW },
  );
  await settled(page);
  expect(await count(page, '.firm.local')).toBe(0);
  expect(await count(page, '.firm.outside')).toBe(outside.firmCount);
  // The address alone restores the view (a bookmark).
  await page.reload();
  await settled(page);
  await expect(page.getByTestId('network-summary')).toContainText(
    `${String(outside.firmCount)} 家企业`,
  );
});

test('pinyin search centres 小松, a dragged firm stays put after reload, focus matches the tiers', async ({
  page,
  request,
}) => {
  test.setTimeout(SLOW * 4);
  await openApp(page, 'network');
  await settled(page);
  await page.getByRole('combobox', { name: /搜索企业/ }).fill('xsgc');
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', {
    hasText: '小松',
  });
  await expect(option).toBeVisible({ timeout: SLOW });
  await option.click();
  await expect
    .poll(() => label(page, 'node:selected'), {
      timeout: SLOW,
    })
    .toMatch(/小松/);
  const komatsu = await firstId(page, 'node:selected');

  // Drag another firm (the first local one that is not 小松) 80 px right and 60 px down.
  const other = await firstId(page, '.firm.local', komatsu);
  const before = await position(page, other);
  const from = await screenPoint(page, await rendered(page, other));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y + 30, { steps: 5 });
  await page.mouse.move(from.x + 80, from.y + 60, { steps: 5 });
  await page.mouse.up();
  const after = await position(page, other);
  expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeGreaterThan(20);
  await expect
    .poll(
      async () => {
        const g = await apiCall<Graph>(request, 'network:graph', {});
        return g.positions.find((p) => p.id === other)?.pinned ?? false;
      },
      { timeout: SLOW },
    )
    .toBe(true);
  await page.reload();
  await settled(page);
  const reloaded = await position(page, other);
  expect(Math.abs(reloaded.x - after.x)).toBeLessThan(1);
  expect(Math.abs(reloaded.y - after.y)).toBeLessThan(1);

  // Firm focus for 小松: every supplier tier's local count as the Analysis page's tiers give it.
  const id = Number(komatsu.slice(2));
  await page.goto(page.url().replace(/#.*$/, `#/network?focus=${String(id)}`));
  await expect(page.getByTestId('firm-focus')).toBeVisible({ timeout: SLOW });
  const tiers = await apiCall<Tiers>(request, 'analysis:tiers', { enterpriseId: id, depth: 3 });
  expect(tiers.tiers.length).toBeGreaterThan(0);
  for (const tier of tiers.tiers) {
    const card = page.getByTestId(`focus-suppliers-${String(tier.tier)}`);
    await expect(card.getByTestId('tier-share')).toContainText(
      `本地 ${String(tier.localCount)}/${String(tier.firms.length)} 家`,
    );
  }
  await page.screenshot({ path: `${SCREENSHOTS}/network-focus.png` });
});

test('exports the drawn network as PNG (not blank) and SVG (names as text)', async ({ page }) => {
  test.setTimeout(SLOW * 2);
  await openApp(page, 'network');
  await settled(page);
  const firstName = await label(page, '.firm');
  for (const format of ['PNG', 'SVG'] as const) {
    await page.getByRole('button', { name: '导出' }).click();
    const downloading = page.waitForEvent('download', { timeout: SLOW });
    await page.getByRole('menuitem', { name: format }).click();
    const file = readFileSync(await (await downloading).path());
    if (format === 'PNG') {
      const size = pngSize(file);
      expect(size.width).toBeGreaterThan(400);
      const stats = pngStats(file, 4);
      expect(stats.inked).toBeGreaterThan(0.01);
      expect(stats.colours).toBeGreaterThan(10);
    } else {
      const svg = file.toString('utf8');
      expect(svg).toContain('<svg');
      expect(svg).toContain(`>${firstName}</text>`);
      expect(svg).toContain('供应网络');
    }
  }
});
