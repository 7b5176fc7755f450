// Column wrapping of the chain map's boxes.
import { describe, expect, it } from 'vitest';

import {
  fitScore,
  leafBox,
  wrapColumns,
} from '../../../../../renderer/features/chain-map/chain-layout.js';

describe('wrapColumns', () => {
  const boxes = [leafBox('a', 100, 40, 10), leafBox('b', 100, 40, 10), leafBox('c', 60, 40, 10)];

  it('stacks boxes in one column when the limit allows', () => {
    const box = wrapColumns(boxes, 1000, 20);
    expect(box.width).toBe(100);
    expect(box.height).toBe(140);
    expect(box.points.map((p) => [p.id, p.x, p.y])).toEqual([
      ['a', 50, 20],
      ['b', 50, 70],
      ['c', 50, 120],
    ]);
  });

  it('starts a new column to the right when the next box would pass the limit', () => {
    const box = wrapColumns(boxes, 90, 20);
    expect(box.points.map((p) => [p.id, p.x, p.y])).toEqual([
      ['a', 50, 20],
      ['b', 50, 70],
      ['c', 150, 20],
    ]);
    expect(box.width).toBe(100 + 20 + 60);
    expect(box.height).toBe(90);
  });

  it('puts at least one box in a column even when it is taller than the limit', () => {
    const box = wrapColumns(boxes, 10, 20);
    expect(new Set(box.points.map((p) => p.x)).size).toBe(3);
    expect(box.height).toBe(40);
  });

  it('is empty for no boxes', () => {
    expect(wrapColumns([], 100, 20)).toEqual({ width: 0, height: 0, gap: 0, points: [] });
  });
});

describe('fitScore', () => {
  it('prefers the drawing whose shape matches the window', () => {
    expect(fitScore(1600, 1000, 1.6)).toBeGreaterThan(fitScore(800, 2000, 1.6));
    expect(fitScore(800, 2000, 0.4)).toBeGreaterThan(fitScore(1600, 1000, 0.4));
  });
});
