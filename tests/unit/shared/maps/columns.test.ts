// Splitting a stage's boxes into columns and choosing the columns per stage for a landscape sheet.
import { describe, expect, it } from 'vitest';

import {
  chooseStageColumns,
  columnsHeight,
  PANORAMA_ASPECT,
  splitColumns,
} from '../../../../shared/maps/columns.js';

describe('splitColumns', () => {
  it('keeps the boxes in order and makes the tallest column as short as it can be', () => {
    const hs = [100, 100, 100, 100, 100, 100];
    expect(splitColumns(hs, 2, 10)).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
    expect(columnsHeight(hs, 2, 10)).toBe(320);
    expect(columnsHeight(hs, 3, 10)).toBe(210);
    // A tall box alone in its column; the small ones share the other.
    expect(splitColumns([500, 100, 100, 100], 2, 10)).toEqual([[0], [1, 2, 3]]);
  });

  it('uses fewer columns when there are fewer boxes, and none for none', () => {
    expect(splitColumns([80, 90], 4, 10)).toEqual([[0], [1]]);
    expect(splitColumns([], 3, 10)).toEqual([]);
    expect(columnsHeight([], 3, 10)).toBe(0);
  });
});

describe('chooseStageColumns', () => {
  it('splits the tall stage until the sheet is close to the landscape aim', () => {
    // Stage 0 is 1,200 high in one column, the others 200; each column is 250 wide.
    const heights = [[200, 200, 200, 200, 200, 200], [200], [200]];
    const shape = (ks: readonly number[]) => ({
      width: ks.reduce((a, k) => a + k * 250, 0),
      height: Math.max(...heights.map((hs, i) => columnsHeight(hs, ks[i] ?? 1, 0))),
    });
    const { cols } = chooseStageColumns(3, shape);
    const { width, height } = shape(cols);
    expect(cols[0]).toBeGreaterThan(1);
    expect(width / height).toBeGreaterThan(1);
    expect(Math.abs(Math.log(width / height / PANORAMA_ASPECT))).toBeLessThan(
      Math.abs(Math.log(shape([1, 1, 1]).width / shape([1, 1, 1]).height / PANORAMA_ASPECT)),
    );
  });

  it('adds no columns to a sheet that is already landscape', () => {
    expect(chooseStageColumns(3, (ks) => ({ width: 1600 * ks.length, height: 3000 })).cols).toEqual(
      [1, 1, 1],
    );
  });
});
