// The screen's stylesheet on a real (headless) Cytoscape with the page's own elements: in a large view a
// smaller firm carries its name only when the view gives it one (in view, zoomed in) or it is hovered
// or selected, and the drawn links of a dense view are the cheap kind, with their direction in the middle.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';

import { buildNetwork } from '../../../../shared/network/build-network.js';
import {
  NETWORK_COLORS,
  NETWORK_STYLE,
  onWhite,
  toElements,
} from '../../../../shared/network/elements.js';
import { CROWD_FONT } from '../../../../shared/network/labels.js';
import { firm, link } from '../../../support/analysis-fixture.js';

function workspace(n: number) {
  const enterprises = Array.from({ length: n }, (_, i) =>
    firm(i + 1, `企业${String(i + 1)}`, true),
  );
  const links = enterprises.slice(1).map((e, i) => link(i + 1, 1, e.id, null, null));
  return { clusters: [], chains: [], segments: [], mappings: [], enterprises, links, leads: [] };
}

const drawn = (n: number) => {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: NETWORK_STYLE as never });
  cy.add(toElements(buildNetwork(workspace(n), { filter: {}, groupBy: 'none' }), (g) => g.label));
  return cy;
};

describe('network stylesheet', () => {
  it('names a crowd firm only when named by the view, hovered or selected', () => {
    const cy = drawn(400);
    const crowd = cy.nodes('.crowd').first();
    const name = String(crowd.data('label'));
    expect(name).toMatch(/^企业/);
    expect(crowd.style('label')).toBe('');
    crowd.addClass('named');
    expect(crowd.style('label')).toBe(name);
    crowd.removeClass('named').addClass('hl');
    expect(crowd.style('label')).toBe(name);
    crowd.removeClass('hl').select();
    expect(crowd.style('label')).toBe(name);
    // The biggest firms keep their names at every zoom.
    const major = cy.nodes('.major').first();
    expect(major.style('label')).toBe(String(major.data('label')));
  });

  it('gives a nameless crowd firm no text at all, a named one the crowd’s smaller font', () => {
    const cy = drawn(400);
    const crowd = cy.nodes('.crowd').first();
    // Not styled for a name it does not show (that styling cost about 0.2 s on 2,000 firms).
    expect(crowd.style('text-valign')).toBe('top');
    crowd.addClass('named');
    expect(crowd.style('text-valign')).toBe('bottom');
    expect(crowd.style('font-size')).toBe(`${String(CROWD_FONT)}px`);
    const major = cy.nodes('.major').first();
    expect(major.style('font-size')).toBe('22px');
    // A small view's firms all carry their names, below the dot, at the normal size.
    const small = drawn(20).nodes('.firm').first();
    expect(small.style('label')).toBe(String(small.data('label')));
    expect(small.style('text-valign')).toBe('bottom');
    expect(small.style('font-size')).toBe('11px');
  });

  it('draws a dense view’s links as haystacks with the arrow at the middle, a small view’s with arrowheads', () => {
    const big = drawn(400).edges().first();
    expect(big.style('curve-style')).toBe('haystack');
    expect(big.style('mid-target-arrow-shape')).toBe('triangle');
    expect(big.style('target-arrow-shape')).toBe('none');
    const small = drawn(20);
    expect(small.nodes('.crowd').length).toBe(0);
    const edge = small.edges().first();
    expect(edge.style('curve-style')).toBe('straight');
    expect(edge.style('target-arrow-shape')).toBe('triangle');
    expect(small.nodes().first().style('label')).not.toBe('');
  });

  it('draws a dense view’s links opaque, in the colour a small view’s translucent links show', () => {
    const big = drawn(400).edges().first();
    const small = drawn(20).edges().first();
    expect(small.style('opacity')).toBe('0.6');
    expect(big.style('opacity')).toBe('1');
    // The same grey on a white page: #a0a7b4 at 60 %.
    expect(onWhite(NETWORK_COLORS.edge, 0.6)).toBe('#c6cad2');
    expect(big.style('line-color')).toBe('rgb(198,202,210)');
    expect(big.style('mid-target-arrow-color')).toBe('rgb(198,202,210)');
    // Verified links stay darker than reported ones there too.
    big.addClass('verified');
    expect(big.style('line-color')).toBe('rgb(176,182,191)');
  });
});
