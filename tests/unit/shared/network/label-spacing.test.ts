// The permanent names of a large view that would cover a bigger firm's name are left out: two big
// firms side by side show one name, not a block of overprinted letters.
import { describe, expect, it } from 'vitest';

import { labelBox, spacedLabels, textEms } from '../../../../shared/network/label-spacing.js';

describe('textEms', () => {
  it('counts a CJK character as a full em and a Latin letter as 0.6', () => {
    expect(textEms('小松工程机械')).toBe(6);
    expect(textEms('Willems 38')).toBeCloseTo(6);
  });
});

describe('spacedLabels', () => {
  const at = (id: string, x: number, y: number, name = '小松工程机械') =>
    labelBox(id, { x, y }, 20, name, 10);

  it('keeps the bigger firm’s name where two names would cover each other', () => {
    expect(spacedLabels([at('big', 0, 0), at('small', 30, 5)])).toEqual(new Set(['big']));
    expect(spacedLabels([at('small', 30, 5), at('big', 0, 0)])).toEqual(new Set(['small']));
  });

  it('keeps both names when they stand apart, sideways or one under the other', () => {
    expect(spacedLabels([at('a', 0, 0), at('b', 200, 0)]).size).toBe(2);
    expect(spacedLabels([at('a', 0, 0), at('b', 0, 60)]).size).toBe(2);
  });

  it('a name left out does not push out a third that only it would have covered', () => {
    // b covers a and c; a and c stand apart: a and c are drawn, b is not.
    const got = spacedLabels([at('a', 0, 0), at('b', 50, 0), at('c', 100, 0)]);
    expect(got).toEqual(new Set(['a', 'c']));
  });

  it('a longer name needs more room: the same distance covers it', () => {
    const long = '山东重工（济宁）工程机械配套有限公司';
    expect(spacedLabels([at('a', 0, 0), at('b', 90, 0)]).size).toBe(2);
    expect(spacedLabels([at('a', 0, 0, long), at('b', 90, 0, long)]).size).toBe(1);
  });
});
