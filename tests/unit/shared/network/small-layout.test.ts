// The on-page ring for a few collapsed groups: in the given order, no two boxes overlapping, no link
// between two groups passing behind a third, and the worker's layout kept for anything else.
import { describe, expect, it } from 'vitest';

import { SMALL_LAYOUT_UP_TO, smallLayout } from '../../../../shared/network/small-layout.js';

const node = (id: string, size: number) => ({
  id,
  parent: null,
  w: size,
  h: size + 14,
  fixed: false,
});

/** Distance from point p to the segment a–b. */
function toSegment(p: Pt, a: Pt, b: Pt): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}
type Pt = { x: number; y: number };

describe('smallLayout', () => {
  it('puts four stages as a square, clockwise from the top left', () => {
    const at = smallLayout([node('a', 120), node('b', 40), node('c', 90), node('d', 90)]) ?? [];
    expect(at.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd']);
    const [a, b, c, d] = at;
    expect(Math.abs((a?.y ?? 0) - (b?.y ?? 9))).toBeLessThanOrEqual(1);
    expect(Math.abs((c?.y ?? 0) - (d?.y ?? 9))).toBeLessThanOrEqual(1);
    expect(Math.abs((a?.x ?? 0) - (d?.x ?? 9))).toBeLessThanOrEqual(1);
    expect((a?.x ?? 0) < (b?.x ?? 0) && (a?.y ?? 0) < (d?.y ?? 0)).toBe(true);
  });

  for (const count of [2, 3, 4, 7, SMALL_LAYOUT_UP_TO])
    it(`keeps ${String(count)} boxes apart and every link clear of the other boxes`, () => {
      const nodes = Array.from({ length: count }, (_, i) => node(String(i), 40 + 20 * (i % 4)));
      const at = smallLayout(nodes) ?? [];
      expect(at).toHaveLength(count);
      const half = (i: number) => Math.hypot(nodes[i]?.w ?? 0, nodes[i]?.h ?? 0) / 2;
      for (let i = 0; i < count; i++)
        for (let j = i + 1; j < count; j++) {
          const [p, q] = [at[i] as Pt, at[j] as Pt];
          expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(half(i) + half(j));
          for (let k = 0; k < count; k++)
            if (k !== i && k !== j) expect(toSegment(at[k] as Pt, p, q)).toBeGreaterThan(half(k));
        }
    });

  it('leaves many nodes, an opened group and a pinned node to the worker', () => {
    const many = Array.from({ length: SMALL_LAYOUT_UP_TO + 1 }, (_, i) => node(String(i), 30));
    expect(smallLayout(many)).toBeNull();
    expect(smallLayout([node('a', 30), { ...node('g', 0), w: 0, h: 0 }])).toBeNull();
    expect(smallLayout([node('a', 30), { ...node('f', 10), parent: 'g' }])).toBeNull();
    expect(smallLayout([node('a', 30), { ...node('b', 30), fixed: true }])).toBeNull();
    expect(smallLayout([])).toBeNull();
  });
});
