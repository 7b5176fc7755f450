// Pan/zoom arithmetic of the map view: fitting, zooming about the pointer, centring on a firm.
import { describe, expect, it } from 'vitest';

import {
  centreOn,
  fitRect,
  focusOn,
  visibleRect,
  zoomAt,
} from '../../../../../renderer/components/map-view/viewport.js';

const view = { width: 1000, height: 500 };

describe('viewport', () => {
  it('fits a picture inside the window, centred, leaving room at the top for the controls', () => {
    const v = fitRect({ x: 0, y: 0, width: 2000, height: 500 }, view, 10, 40);
    expect(v.k).toBeCloseTo(0.49);
    const seen = visibleRect(v, view);
    expect(seen.x).toBeLessThanOrEqual(0);
    expect(seen.x + seen.width).toBeGreaterThanOrEqual(2000);
    expect(v.y).toBeGreaterThanOrEqual(40);
  });

  it('keeps the point under the pointer in place while zooming', () => {
    const v = { x: 30, y: -20, k: 0.5 };
    const z = zoomAt(v, 2, 400, 300);
    const before = { x: (400 - v.x) / v.k, y: (300 - v.y) / v.k };
    const after = { x: (400 - z.x) / z.k, y: (300 - z.y) / z.k };
    expect(z.k).toBe(1);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
    expect(zoomAt(v, 1000, 0, 0).k).toBe(4);
  });

  it('centres a chip and zooms in so its name can be read', () => {
    const v = centreOn({ x: 0, y: 0, k: 0.2 }, { x: 900, y: 400, width: 150, height: 28 }, view);
    expect(v.k).toBe(1);
    expect(975 * v.k + v.x).toBeCloseTo(500);
    expect(414 * v.k + v.y).toBeCloseTo(250);
  });

  it('shows a linked segment whole, clear of the controls and the side panel, never above 100 %', () => {
    const big = { x: 3000, y: 1200, width: 1600, height: 400 };
    const v = focusOn(big, view, { top: 40, right: 300 });
    const left = big.x * v.k + v.x;
    const right = (big.x + big.width) * v.k + v.x;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(700);
    expect((left + right) / 2).toBeCloseTo(350);
    expect(big.y * v.k + v.y).toBeGreaterThanOrEqual(40);
    expect((big.y + big.height) * v.k + v.y).toBeLessThanOrEqual(500);
    const small = focusOn({ x: 10, y: 10, width: 100, height: 50 }, view);
    expect(small.k).toBe(1);
  });
});
