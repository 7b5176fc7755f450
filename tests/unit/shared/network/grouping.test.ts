// Grouping levels: by segment (a firm's primary segment's top-level ancestor), and the refinement that
// turns a view where every firm falls in one cluster or chain into several groups one level down.
import { describe, expect, it } from 'vitest';

import type { Chain, Cluster } from '../../../../shared/domain/schemas.js';
import { buildNetwork, type NetworkInput } from '../../../../shared/network/build-network.js';
import { grouper, refineGrouping } from '../../../../shared/network/grouping.js';
import { firm, link, map, seg } from '../../../support/analysis-fixture.js';

const cluster: Cluster = { id: 1, name: '装备', color: '#000', sortOrder: 1, parks: [] };
const chain = (id: number, name: string): Chain => ({
  id,
  clusterId: 1,
  name,
  owner: null,
  description: null,
  sortOrder: id,
});

// One cluster; chain 1 has top segments 10 (零部件, with child 11 液压) and 20 (整机).
const oneChain = (): NetworkInput => ({
  clusters: [cluster],
  chains: [chain(1, '工程机械')],
  segments: [seg(10, 1, null, '零部件'), seg(11, 1, 10, '液压'), seg(20, 1, null, '整机')],
  mappings: [map(1, 11), map(2, 10), map(3, 20), { ...map(4, 20), status: 'rejected' }],
  enterprises: [
    firm(1, '甲', true),
    firm(2, '乙', false),
    firm(3, '丙', true),
    firm(4, '丁', true),
  ],
  links: [link(1, 1, 3, null, 10), link(2, 2, 3, null, 5)],
});

describe('grouping by segment and refinement', () => {
  it('puts a firm in its segment’s top-level ancestor; rejected mappings count for nothing', () => {
    const d = oneChain();
    const of = grouper(d, 'segment');
    const ids = d.enterprises.map((e) => of?.(e).id);
    expect(ids).toEqual(['g:seg:10', 'g:seg:10', 'g:seg:20', 'g:none']);
  });

  it('one cluster with one chain is grouped by segment; two chains by chain', () => {
    const d = oneChain();
    const mapped = d.enterprises.slice(0, 3);
    expect(refineGrouping(d, 'cluster', mapped)).toBe('segment');
    expect(refineGrouping(d, 'chain', mapped)).toBe('segment');
    const two: NetworkInput = {
      ...d,
      chains: [...d.chains, chain(2, '疫苗')],
      segments: [...d.segments, seg(30, 2, null, '原料')],
      mappings: [...d.mappings.slice(0, 2), map(3, 30)],
    };
    expect(refineGrouping(two, 'cluster', mapped)).toBe('chain');
    // Already several groups (the unmapped firm 丁 is a group of its own): nothing changes.
    expect(refineGrouping(d, 'cluster', d.enterprises)).toBe('cluster');
    expect(refineGrouping(d, 'none', mapped)).toBe('none');
  });

  it('the network says which grouping it drew, and its groups are the segments', () => {
    const g = buildNetwork(oneChain(), { filter: { chainId: 1 }, groupBy: 'cluster' });
    expect(g.groupBy).toBe('cluster');
    expect(g.drawnGroupBy).toBe('segment');
    expect(g.groups.map((x) => [x.label, x.firmCount])).toEqual([
      ['零部件', 2],
      ['整机', 1],
    ]);
  });
});
