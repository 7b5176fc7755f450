// A dense network in browser mode: 600 firms and 2,500 links (the synthetic workspace), ungrouped. Its
// drawn links are painted under the firms rather than added to Cytoscape; they must still be on screen
// after a first layout and after a reload, light up around a hovered firm, shape the layout and
// reach the SVG export.
import { readFileSync } from 'node:fs';

import { expect, test, type Page } from '@playwright/test';
import type { Core } from 'cytoscape';

import { syntheticWorkspace } from '../bench/synthetic-workspace.js';
import { networkSettled, ownHost } from './own-host.js';

const SLOW = 180_000;

type Frame = { cy: Core; drawnLinks: () => number; imagesMade: () => number };
type Graph = { firms: unknown[]; edges: { source: string; target: string; minor?: boolean }[] };

const app = ownHost('dense', syntheticWorkspace(600, 2500, 7), SLOW);
const ROUTE = '#/network?group=none';

const canvas = (page: Page) => page.getByTestId('network-canvas');

async function open(page: Page): Promise<void> {
  const url = app.url();
  url.hash = ROUTE;
  await page.goto(url.toString());
  await networkSettled(page, SLOW);
}

/** What the ink count reads of the links canvas (the specs are type-checked without the DOM's types). */
type Painted = {
  width: number;
  height: number;
  getContext: (kind: '2d') => {
    getImageData: (x: number, y: number, w: number, h: number) => { data: ArrayLike<number> };
  } | null;
};

/** Share of the links canvas's pixels that carry ink. */
const inked = (page: Page) =>
  page.getByTestId('network-links').evaluate((el) => {
    const c = el as unknown as Painted;
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
    let ink = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) ink++;
    return ink / Math.max(1, data.length / 4);
  });

const counts = (page: Page) =>
  canvas(page).evaluate((el) => {
    const f = el as unknown as Frame;
    return {
      drawn: f.drawnLinks(),
      cyLinks: f.cy.edges().length,
      firms: f.cy.nodes('.firm').length,
      // Cytoscape's images of the firms in view, made before the frame that paints them.
      images: f.imagesMade(),
    };
  });

test('a dense view paints its links under the firms, lights a hovered firm’s up, exports them and keeps them after a reload', async ({
  page,
}) => {
  test.setTimeout(SLOW * 2);
  const answer = await app.api<Graph>(page, 'network:graph', { filter: {}, groupBy: 'none' });
  const drawnInAnswer = answer.edges.filter((e) => e.minor !== true).length;
  // Dense: some links are left to hover, the rest drawn.
  expect(answer.edges.length).toBeGreaterThan(drawnInAnswer);

  await open(page);
  const first = await counts(page);
  expect(first.firms).toBe(answer.firms.length);
  expect(first.images).toBeGreaterThanOrEqual(first.firms);
  expect(first.drawn).toBe(drawnInAnswer);
  // Painted, not Cytoscape edges: none is in Cytoscape until a firm is hovered.
  expect(first.cyLinks).toBe(0);
  await expect.poll(() => inked(page), { timeout: SLOW }).toBeGreaterThan(0.002);

  // The layout kept linked firms close: the drawn links are shorter than links between random firms.
  const lengths = await canvas(page).evaluate(
    (el, edges) => {
      const cy = (el as unknown as Frame).cy;
      const at = (id: string) => cy.getElementById(id).position();
      const len = (a: string, b: string) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
      const ids = cy.nodes('.firm').map((n) => n.id());
      const linked = edges.map((e) => len(e.source, e.target));
      const random = edges.map((_, i) =>
        len(ids[i % ids.length] ?? '', ids[(i * 7 + 3) % ids.length] ?? ''),
      );
      const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
      return { linked: mean(linked), random: mean(random) };
    },
    answer.edges.filter((e) => e.minor !== true),
  );
  expect(lengths.linked).toBeLessThan(lengths.random * 0.8);

  // Hovering a firm brings its links into Cytoscape, highlighted; leaving the canvas removes them.
  // The firm is one standing clear of the others (on a crowded spot the pointer lands on another).
  const degree = new Map<string, number>();
  for (const e of answer.edges)
    for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const spot = await canvas(page).evaluate((el, byDegree) => {
    const cy = (el as unknown as Frame).cy;
    const firms = cy.nodes('.firm');
    const clear = firms.filter((n) => {
      const p = n.position();
      const room = Number(n.data('size')) + 20;
      const near = firms.filter(
        (m) => !m.same(n) && Math.hypot(m.position().x - p.x, m.position().y - p.y) <= room,
      );
      return near.empty();
    });
    const n = clear.max((x) => byDegree[x.id()] ?? 0).ele;
    cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
    cy.center(n);
    return { id: n.id(), ...n.renderedPosition() };
  }, Object.fromEntries(degree));
  const box = await canvas(page).boundingBox();
  const hub = { ...spot, x: (box?.x ?? 0) + spot.x, y: (box?.y ?? 0) + spot.y };
  const ofHub = degree.get(hub.id) ?? 0;
  expect(ofHub).toBeGreaterThan(1);
  await page.mouse.move(hub.x, hub.y);
  await expect
    .poll(() => canvas(page).evaluate((el) => (el as unknown as Frame).cy.edges('.hl').length))
    .toBe(ofHub);
  await page.mouse.move(5, 5);
  await expect
    .poll(() => canvas(page).evaluate((el) => (el as unknown as Frame).cy.edges().length))
    .toBe(0);

  // The SVG holds every drawn link.
  await page.getByRole('button', { name: '导出' }).click();
  const downloading = page.waitForEvent('download', { timeout: SLOW });
  await page.getByRole('menuitem', { name: 'SVG' }).click();
  const svg = readFileSync(await (await downloading).path()).toString('utf8');
  expect(svg.match(/<line /g)?.length ?? 0).toBe(drawnInAnswer);

  // Reopened from saved places: the same links, painted again.
  await page.reload();
  await networkSettled(page, SLOW);
  const again = await counts(page);
  expect({ ...again, images: 0 }).toEqual({ ...first, images: 0 });
  expect(again.images).toBeGreaterThanOrEqual(again.firms);
  await expect.poll(() => inked(page), { timeout: SLOW }).toBeGreaterThan(0.002);
});
