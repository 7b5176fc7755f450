// Element mapping of a large network: firms drawn smaller as they get many, only the biggest labelled
// at overview zoom, minor edges of a dense view kept apart (added on hover), group titles that grow.
import { describe, expect, it } from 'vitest';

import { buildNetwork } from '../../../../shared/network/build-network.js';
import { minorElements, titleSize, toElements } from '../../../../shared/network/elements.js';
import { firm, link } from '../../../support/analysis-fixture.js';

/** A star of `n` firms around firm 1 plus a dense core among the first 70 (over 2,000 links). */
function dense(n: number) {
  const enterprises = Array.from({ length: n }, (_, i) =>
    firm(i + 1, `企业${String(i + 1)}`, i % 2 === 0),
  );
  const links = enterprises.slice(1).map((e, i) => link(i + 1, e.id, 1, null, null));
  for (let a = 2; a <= 70; a++)
    for (let b = 2; b <= 70; b++) if (a !== b) links.push(link(links.length + 1, a, b, null, null));
  return { clusters: [], chains: [], segments: [], mappings: [], enterprises, links, leads: [] };
}

describe('toElements at scale', () => {
  const graph = buildNetwork(dense(400), { filter: {}, groupBy: 'none' });
  const els = toElements(graph, (g) => g.label);
  const nodes = els.filter((e) => e.group === 'nodes');
  const edges = els.filter((e) => e.group === 'edges');

  it('draws a budget of edges and keeps the rest for hovering, together all of them', () => {
    const minor = minorElements(graph);
    expect(graph.edges.length).toBe(399 + 69 * 68);
    expect(edges.length).toBeLessThanOrEqual(1500);
    expect(edges.length + minor.length).toBe(graph.edges.length);
    // Every spoke of the star (the only link of its outer firm) is drawn.
    for (let i = 71; i <= 400; i++)
      expect(edges.some((e) => e.data['source'] === `f:${String(i)}`)).toBe(true);
  });

  it('labels only the biggest firms at overview zoom and shrinks every firm', () => {
    const major = nodes.filter((n) => n.classes.split(' ').includes('major'));
    expect(major.length).toBe(40);
    // The hub (399 links) is the biggest firm; it is labelled.
    expect(major.some((n) => n.data['id'] === 'f:1')).toBe(true);
    // Ranked for spacing the names: the hub's name is the one kept where names would collide.
    expect(major.map((n) => n.data['labelRank']).sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: 40 }, (_, i) => i),
    );
    expect(major.find((n) => n.data['id'] === 'f:1')?.data['labelRank']).toBe(0);
    const small = buildNetwork(dense(80), { filter: {}, groupBy: 'none' });
    const hubSize = (g: typeof graph) =>
      Number(toElements(g, () => '').find((n) => n.data['id'] === 'f:1')?.data['size']);
    expect(hubSize(graph)).toBeLessThan(hubSize(small));
    // The others are named smaller, only zoomed well in: every firm is one or the other.
    const crowd = nodes.filter((n) => n.classes.split(' ').includes('crowd'));
    expect(crowd.length + major.length).toBe(400);
    expect(crowd.some((n) => n.data['id'] === 'f:1')).toBe(false);
    // A small view labels every firm alike: none is singled out.
    const smallEls = toElements(small, () => '');
    expect(smallEls.filter((n) => /\b(major|crowd)\b/.test(n.classes)).length).toBe(0);
  });

  it('group titles grow with the group and stay within reason', () => {
    expect(titleSize(4)).toBe(18);
    expect(titleSize(1000)).toBeGreaterThan(titleSize(100));
    expect(titleSize(100_000)).toBe(96);
  });
});
