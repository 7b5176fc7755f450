// The supply network in browser mode on a workspace whose groups outgrow the picture: Willems chain 22
// (from tests/fixtures) three times over in one chain, so 制造 and 零售 hold 369 firms each. Opening
// one by double-click draws its 300 best-connected firms and a rest node "其余 69 家"; a double-click on
// that shows all 369, the buttons under the summary go back and forth (also by keyboard), and search
// finds a firm behind the rest node by showing its group whole.

import { expect, test, type Page } from '@playwright/test';
import type { Core } from 'cytoscape';

import {
  FIXTURE_DIR,
  loadWillemsChain,
  willemsToWorkspaceData,
  type WillemsChain,
} from '../support/willems.js';
import { SCREENSHOTS } from './fixtures.js';
import { networkSettled, ownHost } from './own-host.js';

// Loading the layout worker and laying out can take long on a loaded CI machine: states are waited
// for with generous limits, never a fixed time.
const SLOW = 180_000;

type WithCy = { cy: Core };
type Graph = {
  groups: { id: string; firmCount: number; restCount?: number }[];
  firms: { firmId: number }[];
};
type Place = { firmId: number; group: string | null; behindRest: boolean };

/** Chain 22 three times over: each copy's stages renamed, so 3 × 123 firms in 制造 and in 零售. */
function tripled(): WillemsChain {
  const c = loadWillemsChain(22, FIXTURE_DIR);
  const copies = ['a', 'b', 'c'];
  return {
    chainNo: 22,
    stages: copies.flatMap((k) => c.stages.map((s) => ({ ...s, name: `${s.name}${k}` }))),
    arcs: copies.flatMap((k) => c.arcs.map((a) => ({ from: `${a.from}${k}`, to: `${a.to}${k}` }))),
  };
}

const data = willemsToWorkspaceData(tripled());
const app = ownHost('big-group', data, SLOW);

const api = app.api;
const graph = (page: Page, input: object) => api<Graph>(page, 'network:graph', input);

/** A firm of `group` the core places behind its rest node, asked of the firms the answer leaves out. */
async function behindRestOf(page: Page, answer: Graph, group: string): Promise<number | undefined> {
  const drawn = new Set(answer.firms.map((f) => f.firmId));
  const left = data.enterprises.map((e) => e.id).filter((id) => !drawn.has(id));
  for (let i = 0; i < left.length; i += 200) {
    const input = { filter: {}, groupBy: 'cluster', firmIds: left.slice(i, i + 200) };
    const places = await api<Place[]>(page, 'network:locate', input);
    const found = places.find((p) => p.group === group && p.behindRest);
    if (found) return found.firmId;
  }
  return undefined;
}

const canvas = (page: Page) => page.getByTestId('network-canvas');

/** Waits until the answer is drawn and no layout runs. */
const settled = (page: Page) => networkSettled(page, SLOW);

const firmsIn = (page: Page, group: string) =>
  canvas(page).evaluate(
    (el, g) =>
      (el as unknown as WithCy).cy.nodes('.firm').filter((n) => n.data('parent') === g).length,
    group,
  );

const labelOf = (page: Page, id: string) =>
  canvas(page).evaluate((el, nodeId) => {
    const n = (el as unknown as WithCy).cy.getElementById(nodeId);
    return n.empty() ? null : String(n.data('label'));
  }, id);

const isSelected = (page: Page, id: string) =>
  canvas(page).evaluate(
    (el, nodeId) => (el as unknown as WithCy).cy.getElementById(nodeId).selected(),
    id,
  );

/** Double-clicks a leaf node with the real mouse, at a point Cytoscape's own hit test gives to it. */
async function dblclickNode(page: Page, id: string): Promise<void> {
  const local = await canvas(page).evaluate((el, nodeId) => {
    const cy = (el as unknown as WithCy).cy;
    type HitTest = {
      findNearestElement: (
        x: number,
        y: number,
        i: boolean,
        t: boolean,
      ) => { id: () => string } | null;
    };
    const hit = (cy as unknown as { renderer: () => HitTest }).renderer();
    const b = cy.getElementById(nodeId).renderedBoundingBox({ includeLabels: false });
    const zoom = cy.zoom();
    const pan = cy.pan();
    for (let f = 0.5; f > 0.05; f -= 0.1)
      for (const [x, y] of [
        [b.x1 + (b.x2 - b.x1) * f, b.y1 + (b.y2 - b.y1) * f],
        [b.x2 - (b.x2 - b.x1) * f, b.y2 - (b.y2 - b.y1) * f],
      ] as const) {
        const found = hit.findNearestElement((x - pan.x) / zoom, (y - pan.y) / zoom, true, false);
        if (found?.id() === nodeId) return { x, y };
      }
    return null;
  }, id);
  if (!local) throw new Error(`no point of ${id} reaches it`);
  const box = await canvas(page).boundingBox();
  if (!box) throw new Error('canvas not laid out');
  await page.mouse.dblclick(box.x + local.x, box.y + local.y);
}

test('a group above 300 firms opens with its best-connected 300 and a rest node, then whole', async ({
  page,
}) => {
  test.setTimeout(SLOW * 5);
  const url = app.url();
  url.hash = '#/network?group=cluster';
  await page.goto(url.toString());
  await settled(page);
  await expect(page.getByTestId('network-summary')).toContainText(
    `${String(data.enterprises.length)} 家企业`,
  );
  const largest = await canvas(page).evaluate((el) =>
    (el as unknown as WithCy).cy
      .nodes('.group.collapsed')
      .sort((a, b) => Number(b.data('firmCount')) - Number(a.data('firmCount')))
      .first()
      .id(),
  );
  const answer = await graph(page, { filter: {}, groupBy: 'cluster', expanded: [largest] });
  const group = answer.groups.find((g) => g.id === largest);
  expect(group).toMatchObject({ firmCount: 369, restCount: 69 });
  const rest = `r:${largest}`;

  await dblclickNode(page, largest);
  await expect.poll(() => firmsIn(page, largest), { timeout: SLOW }).toBe(300);
  await settled(page);
  await expect.poll(() => labelOf(page, rest)).toBe('其余 69 家 · 双击显示全部');
  await expect(page.getByTestId('network-capped')).toContainText(
    '只画出关系最多的 300 家（共 369 家）',
  );
  await page.screenshot({ path: `${SCREENSHOTS}/network-big-group-capped.png` });

  await dblclickNode(page, rest);
  await expect.poll(() => firmsIn(page, largest), { timeout: SLOW }).toBe(369);
  await settled(page);
  expect(await labelOf(page, rest)).toBeNull();
  await expect(page.getByTestId('network-capped')).toContainText('已显示全部 369 家');
  await page.screenshot({ path: `${SCREENSHOTS}/network-big-group-whole.png` });

  // Back to the best-connected 300, then whole again by keyboard.
  await page.getByRole('button', { name: '只显示前 300 家' }).click();
  await expect.poll(() => firmsIn(page, largest), { timeout: SLOW }).toBe(300);
  await settled(page);
  const showAll = page.getByRole('button', { name: '显示全部 369 家' });
  await showAll.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => firmsIn(page, largest), { timeout: SLOW }).toBe(369);
  await settled(page);

  // Capped again: a firm behind the rest node, found by search, shows its group whole, selected.
  await page.getByRole('button', { name: '只显示前 300 家' }).click();
  await expect.poll(() => firmsIn(page, largest), { timeout: SLOW }).toBe(300);
  await settled(page);
  const behind = await behindRestOf(page, answer, largest);
  expect(behind).toBeDefined();
  const name = data.enterprises.find((e) => e.id === behind)?.name ?? '';
  expect(name).not.toBe('');
  await page.getByRole('combobox', { name: /搜索企业/ }).fill(name);
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', {
    hasText: name,
  });
  await expect(option).toBeVisible({ timeout: SLOW });
  await option.click();
  await expect.poll(() => firmsIn(page, largest), { timeout: SLOW }).toBe(369);
  await expect.poll(() => isSelected(page, `f:${String(behind)}`), { timeout: SLOW }).toBe(true);

  // Centred by the search, the firm stands among the names of the smaller firms around it (they are
  // named in view once zoomed in far enough to read them); zoomed out to the whole picture they have
  // none again (only the biggest firms are named there).
  const named = () =>
    canvas(page).evaluate((el) => {
      const crowd = (el as unknown as WithCy).cy.nodes('.crowd.named');
      return {
        count: crowd.length,
        labelled: crowd.filter((n) => n.style('label') === n.data('label')).length,
      };
    });
  // Search centres the firm with a short animation; a zoom made while it runs is undone by it.
  await expect
    .poll(() => canvas(page).evaluate((el) => (el as unknown as WithCy).cy.animated()))
    .toBe(false);
  await expect.poll(async () => (await named()).count).toBeGreaterThan(0);
  const zoomedIn = await named();
  expect(zoomedIn.labelled).toBe(zoomedIn.count);
  await canvas(page).evaluate((el) => {
    (el as unknown as WithCy).cy.fit();
  });
  await expect.poll(async () => (await named()).count).toBe(0);
  // Fitted to the whole picture, every group's name is still drawn at least 12 px high.
  const smallestTitlePx = () =>
    canvas(page).evaluate((el) => {
      const cy = (el as unknown as WithCy).cy;
      return Math.min(
        ...cy.nodes('.group').map((n) => parseFloat(String(n.style('font-size'))) * cy.zoom()),
      );
    });
  await expect.poll(smallestTitlePx).toBeGreaterThanOrEqual(11.9);
});
