// Drawing a supply link on the network view in browser mode on the demo workspace, with real mouse
// clicks on the firms Cytoscape drew: 画供应关系, the supplier, itself again (refused), the buyer,
// the prefilled link form, the new link on the picture without a reload, and Ctrl+Z taking it away;
// then two firms already linked (the existing link offered for editing) and the group refusals.
// Every link made here is undone or cancelled, so later specs see the demo as it was.
import { expect, test, type Page } from '@playwright/test';
import type { Core } from 'cytoscape';

import { apiCall, openApp, SCREENSHOTS } from './fixtures.js';
import { groupBorderPoint } from './network-points.js';

// Loading the layout worker and laying out can take long on a loaded CI machine: states are waited
// for with generous limits, never a fixed time.
const SLOW = 120_000;

type Graph = {
  linkCount: number;
  firms: { id: string; firmId: number; name: string }[];
  edges: { source: string; target: string }[];
};
type Spot = { id: string; x: number; y: number };
type WithCy = { cy: Core };

const canvas = (page: Page) => page.getByTestId('network-canvas');
const hint = (page: Page) => page.getByTestId('draw-link-hint');

async function settled(page: Page): Promise<void> {
  await expect(canvas(page)).toBeVisible({ timeout: SLOW });
  await expect(page.getByTestId('layout-status')).toHaveAttribute('data-state', /idle|done/, {
    timeout: SLOW,
  });
}

/**
 * Firms a click lands on: their centre inside the canvas (clear of its edges and the hint) and no
 * other node drawn over that point. In the canvas's own pixels.
 */
const clickable = (page: Page) =>
  canvas(page).evaluate((el) => {
    const cy = (el as unknown as WithCy).cy;
    const w = cy.width();
    const h = cy.height();
    const nodes = cy.nodes(':childless');
    const out: Spot[] = [];
    nodes.forEach((n) => {
      if (!n.hasClass('firm')) return;
      const p = n.renderedPosition();
      if (p.x < 40 || p.x > w - 40 || p.y < 90 || p.y > h - 60) return;
      const covered = nodes.some((o) => {
        if (o.same(n)) return false;
        const b = o.renderedBoundingBox({ includeLabels: false });
        return p.x >= b.x1 - 4 && p.x <= b.x2 + 4 && p.y >= b.y1 - 4 && p.y <= b.y2 + 4;
      });
      if (!covered) out.push({ id: n.id(), x: p.x, y: p.y });
    });
    return out;
  });

async function click(page: Page, at: { x: number; y: number }): Promise<void> {
  const box = await canvas(page).boundingBox();
  if (!box) throw new Error('canvas not laid out');
  await page.mouse.click(box.x + at.x, box.y + at.y);
}

const edgesBetween = (page: Page, source: string, target: string) =>
  canvas(page).evaluate(
    (el, [s, t]) =>
      (el as unknown as WithCy).cy
        .edges()
        .filter((e) => e.source().id() === s && e.target().id() === t).length,
    [source, target] as const,
  );

const linked = (g: Graph, a: string, b: string) =>
  g.edges.some((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));

async function startDrawing(page: Page): Promise<void> {
  await openApp(page, 'network');
  await settled(page);
  const toggle = page.getByTestId('draw-link-toggle');
  await expect(toggle).toBeEnabled({ timeout: SLOW });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(hint(page)).toHaveAttribute('data-step', 'supplier');
  await expect(hint(page)).toContainText('点击供应商');
}

test('draws a link from supplier to buyer, refuses a self-loop, shows it at once, Ctrl+Z removes it', async ({
  page,
  request,
}) => {
  test.setTimeout(SLOW * 5);
  const graph = await apiCall<Graph>(request, 'network:graph', {});
  const name = new Map(graph.firms.map((f) => [f.id, f.name]));
  await startDrawing(page);
  // The pointer over the picture says "pick a firm" while the mode is on.
  await expect(page.getByTestId('network-canvas')).toHaveCSS('cursor', 'crosshair');
  const summary = page.getByTestId('network-summary');
  await expect(summary).toContainText(`${String(graph.linkCount)} 条供应关系`);
  await page.screenshot({ path: `${SCREENSHOTS}/network-draw-link-mode.png` });

  // Two firms drawn apart from others with no link between them yet.
  const spots = await clickable(page);
  const pair = spots
    .flatMap((s) => spots.map((b) => [s, b] as const))
    .find(
      ([s, b]) =>
        s.id !== b.id && !linked(graph, s.id, b.id) && Math.hypot(s.x - b.x, s.y - b.y) > 120,
    );
  if (!pair) throw new Error('no two unlinked firms to click on the demo network');
  const [supplier, buyer] = pair;
  const supplierName = name.get(supplier.id) ?? '';
  const buyerName = name.get(buyer.id) ?? '';

  await click(page, supplier);
  await expect(hint(page)).toHaveAttribute('data-step', 'buyer');
  await expect(hint(page)).toContainText(`供应商：${supplierName}`);
  await expect
    .poll(() =>
      canvas(page).evaluate(
        (el, id) => (el as unknown as WithCy).cy.getElementById(id).hasClass('draw-supplier'),
        supplier.id,
      ),
    )
    .toBe(true);
  // The dashed arrow follows the pointer towards the buyer.
  const box = await canvas(page).boundingBox();
  if (!box) throw new Error('canvas not laid out');
  await page.mouse.move(box.x + (supplier.x + buyer.x) / 2, box.y + (supplier.y + buyer.y) / 2, {
    steps: 4,
  });
  await expect(page.getByTestId('draw-link-band').locator('line')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/network-draw-link-supplier.png` });

  // The supplier again is no buyer: refused in words, the supplier stays chosen, nothing opens.
  await click(page, supplier);
  await expect(page.getByTestId('draw-link-refusal')).toContainText('不能是同一家企业');
  await expect(hint(page)).toHaveAttribute('data-step', 'buyer');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await click(page, buyer);
  const form = page.getByRole('dialog', { name: '添加供应关系' });
  await expect(form).toBeVisible({ timeout: SLOW });
  // Prefilled: both firms are in the form already.
  await expect(form).toContainText(supplierName);
  await expect(form).toContainText(buyerName);
  await form.getByLabel('产品', { exact: true }).fill('连线测试件');
  await form.getByLabel('年供货额（万元）', { exact: true }).fill('66');
  await form.getByLabel('已核实', { exact: true }).check();
  await form.getByLabel('起始年份', { exact: true }).fill('2024');
  await page.screenshot({ path: `${SCREENSHOTS}/network-draw-link-form.png` });
  await form.getByRole('button', { name: /^确\s?定$/ }).click();
  await expect(page.getByText(`已保存供应关系：${supplierName} → ${buyerName}`)).toBeVisible({
    timeout: SLOW,
  });

  // On the picture and in the count without a reload; the mode waits for the next supplier.
  await expect(summary).toContainText(`${String(graph.linkCount + 1)} 条供应关系`, {
    timeout: SLOW,
  });
  await expect.poll(() => edgesBetween(page, supplier.id, buyer.id), { timeout: SLOW }).toBe(1);
  await expect(hint(page)).toHaveAttribute('data-step', 'supplier');
  const saved = await apiCall<Graph>(request, 'network:graph', {});
  expect(saved.linkCount).toBe(graph.linkCount + 1);
  await settled(page);
  await page.screenshot({ path: `${SCREENSHOTS}/network-draw-link-saved.png` });

  // Esc leaves the mode; Ctrl+Z undoes the drawn link.
  await page.keyboard.press('Escape');
  await expect(hint(page)).toHaveCount(0);
  await expect(page.getByTestId('draw-link-toggle')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('network-canvas')).not.toHaveCSS('cursor', 'crosshair');
  await page.keyboard.press('Control+z');
  await expect(summary).toContainText(`${String(graph.linkCount)} 条供应关系`, { timeout: SLOW });
  await expect.poll(() => edgesBetween(page, supplier.id, buyer.id), { timeout: SLOW }).toBe(0);
  expect((await apiCall<Graph>(request, 'network:graph', {})).linkCount).toBe(graph.linkCount);
});

test('two firms already linked: the link is offered for editing; groups are refused; L and Esc', async ({
  page,
  request,
}) => {
  test.setTimeout(SLOW * 5);
  const graph = await apiCall<Graph>(request, 'network:graph', {});
  await openApp(page, 'network');
  await settled(page);
  // The keyboard way in.
  await page.keyboard.press('l');
  await expect(hint(page)).toHaveAttribute('data-step', 'supplier');

  const spots = new Map((await clickable(page)).map((s) => [s.id, s]));
  const edge = graph.edges.find((e) => spots.has(e.source) && spots.has(e.target));
  if (!edge) throw new Error('no drawn link with both firms clear to click');
  const supplier = spots.get(edge.source);
  const buyer = spots.get(edge.target);
  if (!supplier || !buyer) throw new Error('unreachable');
  await click(page, supplier);
  await expect(hint(page)).toHaveAttribute('data-step', 'buyer');
  await click(page, buyer);
  const existing = page.getByTestId('draw-link-existing');
  await expect(existing).toBeVisible({ timeout: SLOW });
  await expect(existing).toContainText('已有');
  await page.screenshot({ path: `${SCREENSHOTS}/network-draw-link-existing.png` });
  await existing.getByRole('button', { name: '修改这条' }).first().click();
  const edit = page.getByRole('dialog', { name: '修改供应关系' });
  await expect(edit).toBeVisible();
  await edit.getByRole('button', { name: /^取\s?消$/ }).click();
  await expect(edit).toHaveCount(0);
  await expect(hint(page)).toHaveAttribute('data-step', 'supplier');
  expect((await apiCall<Graph>(request, 'network:graph', {})).linkCount).toBe(graph.linkCount);

  // An open group (its border, not a firm in it) is refused; collapsed by double-click it is
  // refused with the advice to expand it first.
  const group = await groupBorderPoint(page);
  await click(page, group);
  await expect(page.getByTestId('draw-link-refusal')).toContainText('是一个分组');
  const box = await canvas(page).boundingBox();
  if (!box) throw new Error('canvas not laid out');
  await page.mouse.dblclick(box.x + group.x, box.y + group.y);
  await expect
    .poll(
      () =>
        canvas(page).evaluate(
          (el, id) => (el as unknown as WithCy).cy.getElementById(id).hasClass('collapsed'),
          group.id,
        ),
      { timeout: SLOW },
    )
    .toBe(true);
  await settled(page);
  const collapsed = await canvas(page).evaluate(
    (el, id) => (el as unknown as WithCy).cy.getElementById(id).renderedPosition(),
    group.id,
  );
  await click(page, collapsed);
  await expect(page.getByTestId('draw-link-refusal')).toContainText('请先双击展开');
  await page.screenshot({ path: `${SCREENSHOTS}/network-draw-link-group.png` });

  // Esc leaves; a firm click then opens its drawer again.
  await page.keyboard.press('Escape');
  await expect(hint(page)).toHaveCount(0);
  const firm = (await clickable(page))[0];
  if (!firm) throw new Error('no firm to click');
  await click(page, firm);
  await expect(page.getByTestId('enterprise-drawer')).toBeVisible({ timeout: SLOW });
});
