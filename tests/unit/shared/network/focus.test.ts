// Firm focus: supplier and buyer tiers (the Analysis page's rule), local shares by count and amount,
// cycles not looping, and the outside suppliers' segments.
import { describe, expect, it } from 'vitest';

import { supplierTiers } from '../../../../shared/analysis/tiers.js';
import { firmFocus } from '../../../../shared/network/focus.js';
import { firm, link, map, seg } from '../../../support/analysis-fixture.js';

// Root R(1). Suppliers: A(2, local) 100 and B(3, outside) 300 → R; C(4, outside) 40 → A;
// C also supplies B (counted once in tier 2). Cycle: R supplies C (C is also R's buyer).
// Buyers: R → D(5, local) 20.
const data = {
  enterprises: [
    firm(1, 'R', true),
    firm(2, 'A', true),
    firm(3, 'B', false),
    firm(4, 'C', false),
    firm(5, 'D', true),
  ],
  links: [
    link(1, 2, 1, null, 100),
    link(2, 3, 1, null, 300),
    link(3, 4, 2, null, 40),
    link(4, 4, 3, null, 60),
    link(5, 1, 4, null, null),
    link(6, 1, 5, null, 20),
  ],
  segments: [seg(11, 1, null, '轴承')],
  mappings: [map(3, 11)],
};

describe('firmFocus', () => {
  it('puts suppliers and buyers in tiers with local shares by count and amount', () => {
    const f = firmFocus(data, 1, 3);
    expect(f.root).toEqual({ id: 1, name: 'R', isLocal: true });
    const [t1, t2] = f.suppliers;
    expect(t1?.firms.map((x) => x.name)).toEqual(['A', 'B']);
    expect([t1?.localCount, t1?.amount, t1?.localAmount]).toEqual([1, 400, 100]);
    expect(t1?.firms.find((x) => x.name === 'B')?.segments).toEqual([{ id: 11, name: '轴承' }]);
    // C reached through A and B; its two links (40 + 60) are tier 2's amount, none local.
    expect(t2?.firms.map((x) => [x.name, x.via])).toEqual([['C', [2, 3]]]);
    expect([t2?.localCount, t2?.amount, t2?.localAmount]).toEqual([0, 100, 0]);
    // The cycle R → C → … stops: R is never its own supplier tier.
    expect(f.suppliers.flatMap((t) => t.firms.map((x) => x.id))).not.toContain(1);
    expect(f.buyers[0]?.firms.map((x) => x.name)).toEqual(['D', 'C']);
    expect(f.buyers[0]?.amount).toBe(20);
  });

  it('matches the Analysis page tiers (same firms and local counts)', () => {
    const f = firmFocus(data, 1, 3);
    const analysis = supplierTiers(data, 1, 3);
    expect(f.suppliers.map((t) => [t.tier, t.localCount, t.firms.map((x) => x.id)])).toEqual(
      analysis.tiers.map((t) => [t.tier, t.localCount, t.firms.map((x) => x.id)]),
    );
  });

  it('has no amounts when no link carries one', () => {
    const f = firmFocus({ ...data, links: data.links.map((l) => ({ ...l, amount: null })) }, 1, 1);
    expect(f.suppliers[0]).toMatchObject({ amount: null, localAmount: null });
  });
});
