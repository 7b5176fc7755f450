// The links a dense view paints under its firms: exactly the drawn links between firms, in the colour,
// width and dash the stylesheet gives them on a real (headless) Cytoscape, each with the arrow at its
// middle pointing at the buyer.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';

import { buildNetwork } from '../../../../shared/network/build-network.js';
import { NETWORK_STYLE, toElements } from '../../../../shared/network/elements.js';
import {
  arrowSize,
  isPaintedLink,
  linkPaint,
  midArrow,
} from '../../../../shared/network/link-paint.js';
import { firm, link } from '../../../support/analysis-fixture.js';

/** `n` firms, each linked to the next and to the first; every third link verified, every fifth inferred. */
function workspace(n: number) {
  const enterprises = Array.from({ length: n }, (_, i) =>
    firm(i + 1, `企业${String(i + 1)}`, i % 2 === 0),
  );
  const pairs = enterprises.slice(1).flatMap((e, i) => [
    [enterprises[i]?.id ?? 1, e.id],
    [1, e.id],
  ]);
  const links = pairs.map(([s, b], i) => ({
    ...link(i + 1, s ?? 1, b ?? 1, null, null),
    source:
      i % 3 === 0
        ? ('verified' as const)
        : i % 5 === 0
          ? ('inferred' as const)
          : ('reported' as const),
  }));
  return { clusters: [], chains: [], segments: [], mappings: [], enterprises, links, leads: [] };
}

const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => String(parseInt(hex.slice(i, i + 2), 16))).join(',')})`;

describe('painted links', () => {
  it('are the drawn links between firms of a dense view, none of a small one', () => {
    const dense = toElements(
      buildNetwork(workspace(400), { filter: {}, groupBy: 'none' }),
      (g) => g.label,
    );
    const edges = dense.filter((e) => e.group === 'edges');
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every(isPaintedLink)).toBe(true);
    expect(dense.filter((e) => e.group === 'nodes').some(isPaintedLink)).toBe(false);
    const small = toElements(
      buildNetwork(workspace(40), { filter: {}, groupBy: 'none' }),
      (g) => g.label,
    );
    expect(small.some(isPaintedLink)).toBe(false);
    // A link summed to a collapsed group keeps its count label: it stays Cytoscape's.
    expect(isPaintedLink({ group: 'edges', data: {}, classes: 'reported summed dense' })).toBe(
      false,
    );
  });

  it('look as the stylesheet draws the same links', () => {
    const els = toElements(
      buildNetwork(workspace(400), { filter: {}, groupBy: 'none' }),
      (g) => g.label,
    );
    const cy = cytoscape({ headless: true, styleEnabled: true, style: NETWORK_STYLE as never });
    cy.add(els);
    const seen = new Set<string>();
    for (const def of els.filter(isPaintedLink)) {
      const e = cy.getElementById(String(def.data['id']));
      const paint = linkPaint(def);
      expect(rgb(paint.color)).toBe(String(e.style('line-color')).replace(/\s/g, ''));
      expect(rgb(paint.color)).toBe(String(e.style('mid-target-arrow-color')).replace(/\s/g, ''));
      expect(`${String(paint.width)}px`).toBe(e.style('width'));
      expect(paint.dashed).toBe(e.style('line-style') === 'dashed');
      seen.add(`${paint.color}${String(paint.dashed)}`);
    }
    // Verified, reported and inferred links were all compared.
    expect(seen.size).toBe(3);
  });

  it('put a triangle at the middle, pointing at the target', () => {
    const tri = midArrow(0, 0, 100, 0, 1);
    const size = arrowSize(1);
    expect(size).toBeCloseTo(29 * 0.8);
    expect(tri).not.toBeNull();
    const [tx, ty, ax, ay, bx, by] = tri ?? [];
    expect([tx, ty]).toEqual([50, 0]);
    // The base lies towards the source, as wide as it is 0.3 of the arrow's size back.
    expect(ax).toBeCloseTo(50 - 0.3 * size);
    expect(bx).toBeCloseTo(50 - 0.3 * size);
    expect(Math.abs((ay ?? 0) - (by ?? 0))).toBeCloseTo(0.3 * size);
    // Reversed, it points the other way.
    expect(midArrow(100, 0, 0, 0, 1)?.[2]).toBeCloseTo(50 + 0.3 * size);
    // Wider lines get bigger arrows, as Cytoscape draws them.
    expect(arrowSize(12)).toBeGreaterThan(arrowSize(1));
    expect(midArrow(5, 5, 5, 5, 1)).toBeNull();
  });
});
