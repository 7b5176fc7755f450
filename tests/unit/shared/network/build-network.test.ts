// The grouped network: what is drawn for a filter, collapsed vs expanded groups with their counts and
// summed links, and bad rows (missing firms, self-loops, duplicates) counted instead of drawn.
import { describe, expect, it } from 'vitest';

import type { Chain, Cluster } from '../../../../shared/domain/schemas.js';
import { buildNetwork, type NetworkInput } from '../../../../shared/network/build-network.js';
import { locateFirms } from '../../../../shared/network/locate.js';
import { firm, link, map, seg } from '../../../support/analysis-fixture.js';

const cluster = (id: number, name: string, sortOrder: number): Cluster => ({
  id,
  name,
  color: '#000',
  sortOrder,
  parks: [],
});
const chain = (id: number, clusterId: number, name: string): Chain => ({
  id,
  clusterId,
  name,
  owner: null,
  description: null,
  sortOrder: id,
});

// Two clusters: 装备 (chain 1, segments 11/12) and 医药 (chain 2, segment 21). Firms 1–3 in 装备,
// 4–5 in 医药, 6 unmapped outside supplier.
const data = (): NetworkInput => ({
  clusters: [cluster(1, '装备', 1), cluster(2, '医药', 2)],
  chains: [chain(1, 1, '工程机械'), chain(2, 2, '疫苗')],
  segments: [seg(11, 1, null, '液压'), seg(12, 1, null, '整机'), seg(21, 2, null, '原料')],
  mappings: [map(1, 11), map(2, 11), map(3, 12), map(4, 21), map(5, 21)],
  enterprises: [
    firm(1, '甲液压', true, { revenue: 500, tags: ['链主'] }),
    firm(2, '乙液压', false, { tags: ['世界500强'] }),
    firm(3, '丙整机', true, { park: '高新区' }),
    firm(4, '丁原料', true, { park: '高新区' }),
    firm(5, '戊原料', false),
    firm(6, '己配件', false),
  ],
  links: [
    link(1, 1, 3, 12, 100),
    link(2, 2, 3, 12, 50),
    link(3, 4, 3, null, null),
    link(4, 5, 4, 21, 10),
    link(5, 6, 1, null, 7),
  ],
});

describe('buildNetwork', () => {
  it('draws a small workspace expanded: every firm inside its cluster, one edge per link', () => {
    const g = buildNetwork(data(), { filter: {}, groupBy: 'cluster' });
    expect(g.firmCount).toBe(6);
    expect(g.groups.map((x) => [x.id, x.firmCount, x.localCount, x.expanded])).toEqual([
      ['g:cluster:1', 3, 2, true],
      ['g:cluster:2', 2, 1, true],
      ['g:none', 1, 0, true],
    ]);
    expect(g.firms.find((f) => f.firmId === 6)?.group).toBe('g:none');
    expect(g.edges).toHaveLength(5);
    const anchor = g.firms.find((f) => f.firmId === 1);
    expect(anchor).toMatchObject({ isAnchor: true, isTop500: false, degree: 2, revenue: 500 });
    expect(g.firms.find((f) => f.firmId === 2)?.isTop500).toBe(true);
  });

  it('collapses groups: one node each, links between groups summed, inner links counted', () => {
    const g = buildNetwork(data(), { filter: {}, groupBy: 'cluster', expanded: [] });
    expect(g.firms).toEqual([]);
    // The search finds a firm behind a collapsed group by asking where it stands.
    expect(locateFirms(data(), { filter: {}, groupBy: 'cluster' }, [1, 4, 6, 999])).toEqual([
      { firmId: 1, group: 'g:cluster:1', behindRest: false },
      { firmId: 4, group: 'g:cluster:2', behindRest: false },
      { firmId: 6, group: 'g:none', behindRest: false },
    ]);
    expect(g.groups.find((x) => x.id === 'g:cluster:1')?.innerLinks).toBe(2);
    const byPair = Object.fromEntries(g.edges.map((e) => [`${e.source}>${e.target}`, e]));
    // 丁原料 (医药) → 丙整机 (装备): one link without amount; 戊→丁 stays inside 医药.
    expect(byPair['g:cluster:2>g:cluster:1']).toMatchObject({ count: 1, amount: null });
    expect(byPair['g:none>g:cluster:1']).toMatchObject({ count: 1, amount: 7 });
    expect(g.edges).toHaveLength(2);
  });

  it('expanding one group keeps the others collapsed and links firms to the collapsed groups', () => {
    const g = buildNetwork(data(), { filter: {}, groupBy: 'cluster', expanded: ['g:cluster:1'] });
    expect(g.firms.map((f) => f.firmId).sort()).toEqual([1, 2, 3]);
    const pairs = g.edges.map((e) => `${e.source}>${e.target}`).sort();
    expect(pairs).toEqual(['f:1>f:3', 'f:2>f:3', 'g:cluster:2>f:3', 'g:none>f:1']);
  });

  it('opens collapsed above 500 firms when nothing is said about expansion', () => {
    const base = data();
    const more = Array.from({ length: 600 }, (_, i) => firm(100 + i, `企业${String(i)}`, true));
    const big = { ...base, enterprises: [...base.enterprises, ...more] };
    const g = buildNetwork(big, { filter: {}, groupBy: 'cluster' });
    expect(g.firmCount).toBe(606);
    expect(g.groups.every((x) => !x.expanded)).toBe(true);
    expect(g.firms).toEqual([]);
    expect(g.groups.find((x) => x.id === 'g:none')?.firmCount).toBe(601);
  });

  it('groups by park with outside firms apart', () => {
    const g = buildNetwork(data(), { filter: {}, groupBy: 'park', expanded: [] });
    expect(g.groups.map((x) => [x.id, x.kind, x.firmCount])).toEqual([
      ['g:park:高新区', 'named', 2],
      ['g:nopark', 'noPark', 1],
      ['g:outside', 'outside', 3],
    ]);
  });

  it('filters by chain (mapped firms and ends of its links), locality and minimum amount', () => {
    const chain1 = buildNetwork(data(), { filter: { chainId: 1 }, groupBy: 'none' });
    // 丁原料 is not mapped to chain 1 and its link has no segment: left out.
    expect(chain1.firms.map((f) => f.firmId).sort()).toEqual([1, 2, 3]);
    expect(chain1.edges.map((e) => e.id).sort()).toEqual(['e:f:1>f:3', 'e:f:2>f:3']);
    const outside = buildNetwork(data(), { filter: { locality: 'outside' }, groupBy: 'none' });
    expect(outside.firms.map((f) => f.firmId).sort()).toEqual([2, 5, 6]);
    expect(outside.edges).toEqual([]);
    const big = buildNetwork(data(), { filter: { minAmount: 50 }, groupBy: 'none' });
    expect(big.linkCount).toBe(2);
  });

  it('counts links to missing firms, self-loops and duplicate pairs, and sums duplicates', () => {
    const base = data();
    const bad = { ...base, links: [...base.links] };
    bad.links.push(link(10, 1, 99, null, 5), link(11, 3, 3, null, 5), link(12, 1, 3, 12, 30), {
      ...link(13, 1, 3, 12, null),
      source: 'verified',
    });
    const g = buildNetwork(bad, { filter: {}, groupBy: 'none' });
    expect(g.problems).toEqual({ missingEnds: 1, selfLoops: 1, duplicates: 2 });
    const e = g.edges.find((x) => x.id === 'e:f:1>f:3');
    expect(e).toMatchObject({ count: 3, amount: 130, evidence: 'verified' });
    expect(g.edges.some((x) => x.source === x.target)).toBe(false);
  });

  it('answers an empty graph for a workspace without links or firms', () => {
    const g = buildNetwork(
      { ...data(), links: [], enterprises: [] },
      { filter: {}, groupBy: 'cluster' },
    );
    expect(g).toMatchObject({ firmCount: 0, linkCount: 0, groups: [], firms: [], edges: [] });
  });

  it('gives the same view key whatever the order of the filter fields', () => {
    const a = buildNetwork(data(), { filter: { chainId: 1, locality: 'local' }, groupBy: 'park' });
    const b = buildNetwork(data(), { filter: { locality: 'local', chainId: 1 }, groupBy: 'park' });
    const c = buildNetwork(data(), { filter: { chainId: 1 }, groupBy: 'park' });
    expect(a.viewKey).toBe(b.viewKey);
    expect(a.viewKey).not.toBe(c.viewKey);
  });
});
