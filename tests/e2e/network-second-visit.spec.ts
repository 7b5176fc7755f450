// The supply network on a second visit, as staff keep a workspace for years: Willems chain 22 (from
// tests/fixtures) is opened grouped and laid out, its positions saved; then firms arrive in two groups
// (as an import or a colleague's edits would bring them), each trading with a firm already drawn. On
// the next visit every firm drawn before is where it was, the newcomers sit inside their own groups,
// and no group's box covers another's (on either visit: the layout alone had left them overlapping).

import { expect, test, type Page } from '@playwright/test';
import type { Core } from 'cytoscape';

import { enterpriseDefaults } from '../../shared/domain/defaults.js';
import { FIXTURE_DIR, loadWillemsChain, willemsToWorkspaceData } from '../support/willems.js';
import { SCREENSHOTS } from './fixtures.js';
import { networkSettled, ownHost } from './own-host.js';

const SLOW = 180_000;
type WithCy = { cy: Core };
type Box = { x1: number; y1: number; x2: number; y2: number };
type Drawn = {
  firms: Record<string, { x: number; y: number; parent: string; firmId: number }>;
  groups: Record<string, Box>;
};

const data = willemsToWorkspaceData(loadWillemsChain(22, FIXTURE_DIR));
const app = ownHost('second-visit', data, SLOW);

const api = app.api;

const canvas = (page: Page) => page.getByTestId('network-canvas');

const settled = (page: Page) => networkSettled(page, SLOW);

/** Every drawn firm's place and group, and every open group's box (without its title). */
const drawn = (page: Page) =>
  canvas(page).evaluate((el): Drawn => {
    const cy = (el as unknown as WithCy).cy;
    const firms: Drawn['firms'] = {};
    cy.nodes('.firm').forEach((n) => {
      firms[n.id()] = {
        ...n.position(),
        parent: String(n.data('parent')),
        firmId: Number(n.data('firmId')),
      };
    });
    const groups: Drawn['groups'] = {};
    cy.nodes('.group.expanded').forEach((g) => {
      const b = g.boundingBox({ includeLabels: false });
      groups[g.id()] = { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
    });
    return { firms, groups };
  });

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)) *
  Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1));

function noBoxCoversAnother(groups: Drawn['groups']): void {
  const ids = Object.keys(groups);
  for (const [i, a] of ids.entries())
    for (const b of ids.slice(i + 1)) {
      const boxA = groups[a];
      const boxB = groups[b];
      if (boxA && boxB) expect(overlap(boxA, boxB), `${a} and ${b}`).toBe(0);
    }
}

const savedCount = async (page: Page) =>
  (
    await api<{ positions: unknown[] }>(page, 'network:graph', {
      filter: {},
      groupBy: 'cluster',
    })
  ).positions.length;

/** A firm as the enterprise form sends it: a local firm known by its name only. */
function draft(name: string) {
  const { isDemo: _demo, ...known } = enterpriseDefaults();
  return { ...known, name, aliases: [], isLocal: true };
}

test('firms added to two groups join them in place; nothing drawn before moves, no box covers another', async ({
  page,
}) => {
  test.setTimeout(SLOW * 3);
  const url = app.url();
  url.hash = '#/network?group=cluster';
  await page.goto(url.toString());
  await settled(page);
  const before = await drawn(page);
  await page.screenshot({ path: `${SCREENSHOTS}/network-second-visit-before.png` });
  noBoxCoversAnother(before.groups);
  const groups = Object.keys(before.groups);
  expect(groups.length).toBeGreaterThanOrEqual(2);
  // The first visit's layout is saved (every firm and group has its place).
  await expect
    .poll(() => savedCount(page), { timeout: SLOW })
    .toBe(Object.keys(before.firms).length);

  // Two newcomers in each of the two largest groups, each supplying a firm drawn there.
  const bySize = groups
    .map((g) => ({ g, firms: Object.values(before.firms).filter((f) => f.parent === g) }))
    .sort((a, b) => b.firms.length - a.firms.length)
    .slice(0, 2);
  const newcomers: { name: string; group: string }[] = [];
  for (const { g, firms } of bySize) {
    const segmentId = Number(g.replace('g:seg:', ''));
    expect(Number.isInteger(segmentId), g).toBe(true);
    for (const [i, buyer] of firms.slice(0, 2).entries()) {
      const name = `新入驻配套企业${g.replace(/\D/g, '')}-${String(i + 1)}`;
      const { id } = await api<{ id: number }>(page, 'enterprise:create', draft(name));
      await api(page, 'enterprise:mapSegment', {
        enterpriseId: id,
        segmentId,
        isPrimary: true,
        status: 'confirmed',
      });
      await api(page, 'link:create', {
        fields: {
          supplierId: id,
          buyerId: buyer.firmId,
          product: null,
          segmentId: null,
          amount: null,
          share: null,
          source: 'reported',
          yearFrom: null,
          yearTo: null,
        },
      });
      newcomers.push({ name, group: g });
    }
  }

  await page.reload();
  await settled(page);
  const after = await drawn(page);
  expect(Object.keys(after.firms).length).toBe(Object.keys(before.firms).length + 4);
  for (const [id, p] of Object.entries(before.firms)) {
    const now = after.firms[id];
    expect(now, id).toBeDefined();
    expect(Math.hypot((now?.x ?? 0) - p.x, (now?.y ?? 0) - p.y), id).toBeLessThan(1);
  }
  noBoxCoversAnother(after.groups);
  const names = await canvas(page).evaluate((el) => {
    const out: Record<string, { x: number; y: number; parent: string }> = {};
    (el as unknown as WithCy).cy.nodes('.firm').forEach((n) => {
      out[String(n.data('label'))] = { ...n.position(), parent: String(n.data('parent')) };
    });
    return out;
  });
  for (const { name, group } of newcomers) {
    const p = names[name];
    const box = after.groups[group];
    expect(p?.parent, name).toBe(group);
    expect(box).toBeDefined();
    if (!p || !box) continue;
    expect(p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2, name).toBe(true);
  }
  // Their places are kept: the next visit draws them where this one put them.
  await expect
    .poll(() => savedCount(page), { timeout: SLOW })
    .toBe(Object.keys(after.firms).length);
  await page.screenshot({ path: `${SCREENSHOTS}/network-second-visit.png` });
});
