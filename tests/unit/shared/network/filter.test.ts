// The network filter in the address: what a bookmark restores, and bad parameters dropped one by one.
import { describe, expect, it } from 'vitest';

import { filterFromParams, filterToParams } from '../../../../shared/network/filter.js';

describe('network filter ↔ address', () => {
  it('round-trips every field', () => {
    const filter = {
      clusterId: 2,
      chainId: 5,
      park: '高新区',
      ownership: 'foreign' as const,
      investorCountry: '日本',
      tag: '专精特新',
      aboveScale: false,
      locality: 'outside' as const,
      segmentState: 'missing' as const,
      minAmount: 1000,
    };
    const params = filterToParams(filter, 'chain');
    expect(params).toMatchObject({ chain: '5', local: 'outside', scale: 'false', group: 'chain' });
    expect(filterFromParams(params)).toEqual({ filter, groupBy: 'chain' });
  });

  it('drops malformed parameters and keeps the good ones', () => {
    const got = filterFromParams({
      chain: 'abc',
      local: 'mars',
      scale: 'yes',
      tag: '高新',
      group: 'x',
    });
    expect(got).toEqual({ filter: { tag: '高新' }, groupBy: 'cluster' });
    expect(filterFromParams({ min: '-5', cluster: '0' }).filter).toEqual({});
  });
});
