// The chain map's stylesheet against the elements it styles, checked in headless Cytoscape (no DOM):
// every class has a rule, every data() mapping finds its field, and sibling boxes do not overlap.
import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';

import {
  CHAIN_COLORS,
  chainStylesheet,
} from '../../../../../renderer/features/chain-map/stylesheet.js';
import { toChainElements } from '../../../../../renderer/features/chain-map/to-elements.js';
import { excavatorChain, LABELS, longChain } from './chain-fixture.js';

const elements = (data = excavatorChain(), aspect?: number) => {
  const { nodes, edges } = toChainElements(data, LABELS, aspect === undefined ? {} : { aspect });
  return [...nodes, ...edges];
};

const headless = (els = elements()) =>
  cytoscape({
    headless: true,
    styleEnabled: true,
    elements: els,
    style: chainStylesheet(),
    layout: { name: 'preset' },
  });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('chainStylesheet', () => {
  it('has a rule for every class the elements carry', () => {
    const selectors = chainStylesheet()
      .map((b) => b.selector)
      .join(' ');
    const classes = new Set(
      elements().flatMap((e) => (typeof e.classes === 'string' ? e.classes.split(' ') : [])),
    );
    // Link provenance classes (verified/reported/inferred) are for later views; the rest must be styled.
    for (const c of classes) {
      if (['verified', 'reported', 'inferred'].includes(c)) continue;
      expect(selectors, `no rule for .${c}`).toContain(`.${c}`);
    }
  });

  it('loads into Cytoscape without warnings (every data() mapping finds its field)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const cy = headless();
    cy.nodes().forEach((n) => {
      n.style('width');
      n.style('min-width');
    });
    expect(warn).not.toHaveBeenCalled();
    cy.destroy();
  });

  it('draws local and outside firms and their links in the legend colours', () => {
    const cy = headless();
    // Cytoscape selectors have no :not(); filter instead, and make sure both firms exist.
    const local = cy
      .nodes('.firm.local')
      .filter((n) => !n.hasClass('anchor'))
      .first();
    const outside = cy.nodes('.firm.outside').first();
    expect(local.length).toBe(1);
    expect(outside.length).toBe(1);
    expect(local.style('border-color')).toBe(hexToRgb(CHAIN_COLORS.local));
    expect(outside.style('border-color')).toBe(hexToRgb(CHAIN_COLORS.outside));
    expect(outside.style('border-style')).toBe('dashed');
    expect(cy.edges('.from-outside').first().style('line-color')).toBe(
      hexToRgb(CHAIN_COLORS.edgeOutside),
    );
    cy.destroy();
  });

  it.each([
    ['the short chain', excavatorChain(), 1.6],
    ['a long chain in a wide window', longChain(), 2.4],
    ['a long chain in a tall window', longChain(), 0.7],
  ])('gives sibling boxes room in Cytoscape geometry: %s', (_name, data, aspect) => {
    const cy = headless(elements(data, aspect));
    const boxes = cy.nodes('.segment, .stage');
    boxes.forEach((a) => {
      boxes.forEach((b) => {
        const parentOf = (n: typeof a): unknown => n.data('parent');
        if (a.id() >= b.id() || parentOf(a) !== parentOf(b)) return;
        const p = a.boundingBox({ includeLabels: false });
        const q = b.boundingBox({ includeLabels: false });
        const overlap = p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2;
        expect(overlap, `${a.id()} overlaps ${b.id()}`).toBe(false);
      });
    });
    cy.destroy();
  });
});

function hexToRgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${String((n >> 16) & 255)},${String((n >> 8) & 255)},${String(n & 255)})`;
}
