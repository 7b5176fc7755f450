// An opened group above the cap: which firms are drawn (most links, then revenue, then name), the rest
// node with the hidden firms' links summed, search's map to it, and a group shown whole on request.
import { describe, expect, it } from 'vitest';

import type { Chain, Cluster, SupplyLink } from '../../../../shared/domain/schemas.js';
import { buildNetwork, type NetworkInput } from '../../../../shared/network/build-network.js';
import { toElements } from '../../../../shared/network/elements.js';
import { locateFirms } from '../../../../shared/network/locate.js';
import {
  byConnections,
  firmsBehindRest,
  groupOfRestNode,
  OPEN_CAP,
  restNodeId,
} from '../../../../shared/network/open-cap.js';
import { firm, link, map, seg } from '../../../support/analysis-fixture.js';

const cluster = (id: number, name: string): Cluster => ({
  id,
  name,
  color: '#000',
  sortOrder: id,
  parks: [],
});
const chain = (id: number, clusterId: number): Chain => ({
  id,
  clusterId,
  name: `链${String(id)}`,
  owner: null,
  description: null,
  sortOrder: id,
});

const BIG = 'g:cluster:1';
const REST = 'r:g:cluster:1';
const N = OPEN_CAP + 20;
/** Firms 1000… in cluster 1, named so that name order is id order. */
const bigId = (i: number) => 1000 + i;

// Cluster 1 holds N firms, each supplying firm 1 (cluster 2) for 10 except three with one inner link
// each: drawn → hidden (the first → T) and hidden → hidden (U → V). The first five also supply firm 2
// (two links each), the last one has the highest revenue.
const [T, U, V] = [bigId(N - 2), bigId(N - 3), bigId(N - 4)];
function data(): NetworkInput {
  const links: SupplyLink[] = [];
  let id = 1;
  for (let i = 0; i < N; i++)
    if (![T, U, V].includes(bigId(i))) links.push(link(id++, bigId(i), 1, null, 10));
  for (let i = 0; i < 5; i++) links.push(link(id++, bigId(i), 2, null, 1));
  links.push(link(id++, bigId(0), T, null, 3));
  links.push(link(id++, U, V, null, 4));
  return {
    clusters: [cluster(1, '装备'), cluster(2, '医药')],
    chains: [chain(1, 1), chain(2, 2)],
    segments: [seg(11, 1, null, '零部件'), seg(21, 2, null, '整机')],
    mappings: [...Array.from({ length: N }, (_, i) => map(bigId(i), 11)), map(1, 21), map(2, 21)],
    enterprises: [
      firm(1, '甲整机', true),
      firm(2, '乙整机', true),
      ...Array.from({ length: N }, (_, i) =>
        firm(bigId(i), `零件${String(i).padStart(4, '0')}`, i % 2 === 0, {
          revenue: i === N - 1 ? 1e6 : null,
        }),
      ),
    ],
    links,
  };
}

const drawnIds = (g: ReturnType<typeof buildNetwork>) =>
  new Set(g.firms.filter((f) => f.group === BIG).map((f) => f.firmId));

describe('an opened group above the cap', () => {
  it('draws its best-connected firms and stands the others behind one rest node', () => {
    const g = buildNetwork(data(), { filter: {}, groupBy: 'cluster', expanded: [BIG] });
    const group = g.groups.find((x) => x.id === BIG);
    expect(group).toMatchObject({ firmCount: N, expanded: true, restCount: N - OPEN_CAP });
    expect(g.groups.find((x) => x.id === 'g:cluster:2')?.restCount).toBe(0);
    const drawn = drawnIds(g);
    expect(drawn.size).toBe(OPEN_CAP);
    // Most links first (the five with two links, 1000 with its inner link too), then revenue (the
    // last firm), then name: the hidden ones are the last by name among the firms with one link.
    for (let i = 0; i < 5; i++) expect(drawn.has(bigId(i))).toBe(true);
    expect(drawn.has(bigId(N - 1))).toBe(true);
    // The search hears which firms stand behind the rest node: exactly those not drawn.
    const all = Array.from({ length: N }, (_, i) => bigId(i));
    const places = locateFirms(data(), { filter: {}, groupBy: 'cluster' }, all);
    expect(places.every((p) => p.group === BIG)).toBe(true);
    const behind = places.filter((p) => p.behindRest).map((p) => p.firmId);
    expect(behind).toHaveLength(N - OPEN_CAP);
    expect(behind.some((id) => drawn.has(id))).toBe(false);
    expect(drawn.has(bigId(N - 4))).toBe(false);
    expect(behind).toContain(bigId(N - 4));
    expect(drawn.has(bigId(OPEN_CAP - 2))).toBe(true);
    expect(g.firmCount).toBe(N + 2);
  });

  it("sums the hidden firms' links on the rest node's edges and loses no link", () => {
    const g = buildNetwork(data(), { filter: {}, groupBy: 'cluster', expanded: [BIG] });
    const byId = new Map(g.edges.map((e) => [e.id, e]));
    // 17 of the 20 hidden firms supply firm 1 (in collapsed cluster 2) for 10 each.
    expect(byId.get(`e:${REST}>g:cluster:2`)).toMatchObject({ count: 17, amount: 170 });
    // The drawn firm's link to a hidden one lands on the rest node; hidden → hidden is inside it.
    expect(byId.get(`e:f:${String(bigId(0))}>${REST}`)).toMatchObject({ count: 1, amount: 3 });
    expect(g.edges.some((e) => e.source === REST && e.target === REST)).toBe(false);
    const summed = g.edges.reduce((s, e) => s + e.count, 0);
    expect(summed).toBe(g.linkCount - 1);
    expect(g.edges.filter((e) => e.source === REST || e.target === REST)).toHaveLength(2);
  });

  it('draws the group whole when it is in showAll, and not at all while collapsed', () => {
    const whole = buildNetwork(data(), {
      filter: {},
      groupBy: 'cluster',
      expanded: [BIG],
      showAll: [BIG],
    });
    expect(drawnIds(whole).size).toBe(N);
    expect(whole.groups.find((x) => x.id === BIG)?.restCount).toBe(0);
    expect(whole.edges.some((e) => e.source === REST || e.target === REST)).toBe(false);
    const closed = buildNetwork(data(), { filter: {}, groupBy: 'cluster', expanded: [] });
    expect(closed.groups.find((x) => x.id === BIG)).toMatchObject({ restCount: 0 });
    expect(closed.firms.some((f) => f.group === BIG)).toBe(false);
  });

  it('leaves a group at the cap whole', () => {
    const base = data();
    const cut = new Set(Array.from({ length: 20 }, (_, i) => bigId(N - 1 - i)));
    const small: NetworkInput = {
      ...base,
      enterprises: base.enterprises.filter((e) => !cut.has(e.id)),
    };
    const g = buildNetwork(small, { filter: {}, groupBy: 'cluster', expanded: [BIG] });
    expect(drawnIds(g).size).toBe(OPEN_CAP);
    expect(g.groups.find((x) => x.id === BIG)?.restCount).toBe(0);
  });

  it('draws the rest node inside its group with its count, its edges as summed ones', () => {
    const g = buildNetwork(data(), { filter: {}, groupBy: 'cluster', expanded: [BIG] });
    const els = toElements(
      g,
      (x) => x.label,
      (n) => `其余 ${String(n)} 家`,
    );
    const rest = els.find((e) => e.data['id'] === REST);
    expect(rest?.data).toMatchObject({ parent: BIG, label: '其余 20 家', firmCount: 20 });
    expect(rest?.classes.split(' ')).toEqual(expect.arrayContaining(['group', 'rest']));
    const edge = els.find((e) => e.data['id'] === `e:f:${String(bigId(0))}>${REST}`);
    expect(edge?.classes).toContain('summed');
    const firmEdge = els.find((e) => e.data['id'] === `e:f:${String(bigId(0))}>g:cluster:2`);
    expect(firmEdge?.classes).toContain('summed');
  });
});

describe('byConnections and firmsBehindRest', () => {
  const f = (id: number, name: string, revenue: number | null) => ({ id, name, revenue });
  it('orders by links, then revenue (unknown last), then name, then id', () => {
    const degree = new Map([
      [1, 2],
      [2, 5],
      [3, 2],
      [4, 2],
      [5, 2],
    ]);
    const firms = [
      f(1, '乙', null),
      f(2, '丙', null),
      f(3, '甲', 7),
      f(4, '甲', null),
      f(5, '甲', null),
    ];
    expect(byConnections(firms, degree).map((x) => x.id)).toEqual([2, 3, 4, 5, 1]);
  });

  it('hides only in opened groups above the cap and not shown whole', () => {
    const members = new Map([
      ['a', [f(1, 'a', null), f(2, 'b', null), f(3, 'c', null)]],
      ['b', [f(4, 'a', null), f(5, 'b', null), f(6, 'c', null)]],
      ['c', [f(7, 'a', null), f(8, 'b', null), f(9, 'c', null)]],
      ['d', [f(10, 'a', null), f(11, 'b', null)]],
    ]);
    const out = firmsBehindRest(members, new Set(['a', 'b', 'd']), new Set(['b']), new Map(), 2);
    expect([...out]).toEqual([[3, 'a']]);
    expect(groupOfRestNode(restNodeId('g:seg:4'))).toBe('g:seg:4');
    expect(groupOfRestNode('g:seg:4')).toBeNull();
  });
});
