// The network canvas while drawing a link, on a real (headless) Cytoscape with the page's own
// elements: what a tap on a firm, a collapsed or open group, empty canvas or a link means, the ring
// on the chosen supplier, and nothing left behind (listeners, ring) once the mode ends.
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';

import {
  bindDrawLink,
  SUPPLIER_CLASS,
} from '../../../../../../renderer/features/network/draw-link/draw-link-canvas.js';
import type { DrawEvent } from '../../../../../../renderer/features/network/draw-link/draw-link-state.js';
import { NETWORK_STYLE, toElements } from '../../../../../../shared/network/elements.js';
import type { NetworkGraph } from '../../../../../../shared/network/schemas.js';

const firm = (firmId: number, name: string, group: string) => ({
  id: `f:${String(firmId)}`,
  firmId,
  name,
  uscc: null,
  isLocal: true,
  isAnchor: false,
  isTop500: false,
  revenue: null,
  degree: 1,
  group,
});

const graph: NetworkGraph = {
  viewKey: 'test',
  groupBy: 'cluster',
  drawnGroupBy: 'cluster',
  firmCount: 3,
  linkCount: 1,
  groups: [
    {
      id: 'g:1',
      kind: 'named',
      label: '高端装备',
      firmCount: 2,
      localCount: 2,
      innerLinks: 1,
      expanded: true,
    },
    {
      id: 'g:2',
      kind: 'named',
      label: '医养健康',
      firmCount: 5,
      localCount: 5,
      innerLinks: 0,
      expanded: false,
    },
  ],
  firms: [firm(1, '济宁大和油缸有限公司', 'g:1'), firm(2, '小松（山东）工程机械有限公司', 'g:1')],
  edges: [
    { id: 'e:1-2', source: 'f:1', target: 'f:2', count: 1, amount: 10, evidence: 'verified' },
  ],
  problems: { missingEnds: 0, selfLoops: 0, duplicates: 0 },
  investorCountries: [],
};

let cy: Core | null = null;
afterEach(() => {
  cy?.destroy();
  cy = null;
});

function drawn(): Core {
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: NETWORK_STYLE as cytoscape.StylesheetJson,
    elements: toElements(graph, (g) => `${g.label}（${String(g.firmCount)} 家）`),
  });
  return cy;
}

describe('draw-a-link on the canvas', () => {
  it('turns taps on firms, groups and empty canvas into draw events; a link is no end', () => {
    const c = drawn();
    const heard: DrawEvent[] = [];
    const binding = bindDrawLink(c, null, (e) => heard.push(e));
    c.getElementById('f:2').emit('tap');
    c.getElementById('g:2').emit('tap');
    c.getElementById('g:1').emit('tap');
    c.emit('tap');
    c.getElementById('e:1-2').emit('tap');
    expect(heard).toEqual([
      { type: 'tapFirm', firm: { id: 2, name: '小松（山东）工程机械有限公司' } },
      { type: 'tapGroup', name: '医养健康（5 家）', collapsed: true },
      { type: 'tapGroup', name: '高端装备（2 家）', collapsed: false },
      { type: 'tapBackground' },
    ]);
    binding.destroy();
    c.getElementById('f:1').emit('tap');
    expect(heard).toHaveLength(4);
  });

  it('rings the chosen supplier while bound and removes the ring afterwards', () => {
    const c = drawn();
    const supplier = c.getElementById('f:1');
    const plain = String(supplier.style('underlay-opacity'));
    const binding = bindDrawLink(c, 'f:1', () => undefined);
    expect(supplier.hasClass(SUPPLIER_CLASS)).toBe(true);
    expect(Number(supplier.style('underlay-opacity'))).toBeGreaterThan(0);
    expect(c.getElementById('f:2').hasClass(SUPPLIER_CLASS)).toBe(false);
    binding.destroy();
    expect(supplier.hasClass(SUPPLIER_CLASS)).toBe(false);
    expect(String(supplier.style('underlay-opacity'))).toBe(plain);
  });

  it('a supplier no longer drawn (filtered away) is no error', () => {
    const c = drawn();
    const binding = bindDrawLink(c, 'f:404', () => undefined);
    expect(c.nodes(`.${SUPPLIER_CLASS}`)).toHaveLength(0);
    binding.destroy();
  });
});
