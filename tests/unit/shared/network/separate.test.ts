// Group boxes kept apart after a layout: overlapping groups are moved whole, the least distance along
// one axis, until no two boxes (titles included) meet; a group with a pinned firm stays put.
import { describe, expect, it } from 'vitest';

import {
  GAP,
  SAVED_GAP,
  separateGroups,
  type PlacedLeaf,
} from '../../../../shared/network/separate.js';

/** `n` firms of group `g` in a row from (x, y), 20 apart, each 10 across, titles 20 high. */
const row = (g: string, n: number, x: number, y: number): PlacedLeaf[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${g}${String(i)}`,
    parent: g,
    x: x + i * 20,
    y,
    size: 10,
    titleSize: 20,
  }));

type Box = { x1: number; y1: number; x2: number; y2: number };
function boxes(leaves: readonly PlacedLeaf[], moved: Map<string, { x: number; y: number }>) {
  const out = new Map<string, Box>();
  for (const l of leaves) {
    const p = moved.get(l.id) ?? l;
    const key = l.parent ?? l.id;
    const b = out.get(key) ?? { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
    out.set(key, {
      x1: Math.min(b.x1, p.x - 5),
      y1: Math.min(b.y1, p.y - 5 - (l.parent ? 26 : 0)),
      x2: Math.max(b.x2, p.x + 5),
      y2: Math.max(b.y2, p.y + 5),
    });
  }
  return [...out.values()];
}
const meets = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe('separateGroups', () => {
  it('moves overlapping groups apart whole, keeping each group’s own shape', () => {
    const leaves = [...row('A', 10, 0, 0), ...row('B', 10, 100, 30), ...row('C', 3, 60, -20)];
    const moved = separateGroups(leaves);
    const bs = boxes(leaves, moved);
    for (const [i, a] of bs.entries())
      for (const b of bs.slice(i + 1)) expect(meets(a, b)).toBe(false);
    // Rigid: within a group every firm moved by the same offset.
    for (const g of ['A', 'B', 'C']) {
      const offsets = leaves
        .filter((l) => l.parent === g)
        .map((l) => {
          const p = moved.get(l.id) ?? l;
          return `${(p.x - l.x).toFixed(6)},${(p.y - l.y).toFixed(6)}`;
        });
      expect(new Set(offsets).size).toBe(1);
    }
  });

  it('moves nothing when no boxes meet', () => {
    const leaves = [
      ...row('A', 5, 0, 0),
      ...row('B', 5, 0, 300),
      { id: 'g:x', parent: null, x: 500, y: 0, size: 60 },
    ];
    expect(separateGroups(leaves).size).toBe(0);
  });

  it('drawing from saved places, leaves alone boxes a little closer than a layout keeps them', () => {
    // Padded boxes 25 apart side by side: a layout keeps 30, a picture drawn from saved places 20
    // (a title grown with a firm or two must not move a whole group the user has seen).
    const leaves = [...row('A', 5, 0, 0), ...row('B', 5, 143, 0)];
    expect(separateGroups(leaves, new Set(), GAP).size).toBe(10);
    expect(separateGroups(leaves, new Set(), SAVED_GAP).size).toBe(0);
    // Closer than that, they are moved apart all the same.
    const closer = [...row('A', 5, 0, 0), ...row('B', 5, 130, 0)];
    expect(separateGroups(closer, new Set(), SAVED_GAP).size).toBe(10);
  });

  it('keeps a group with a pinned firm where it is and moves the other', () => {
    const leaves = [...row('A', 10, 0, 0), ...row('B', 10, 50, 10)];
    const moved = separateGroups(leaves, new Set(['A3']));
    expect([...moved.keys()].every((id) => id.startsWith('B'))).toBe(true);
    const [a, b] = boxes(leaves, moved);
    expect(a && b && meets(a, b)).toBe(false);
  });

  it('leaves overlapping groups alone when both hold pinned firms', () => {
    const leaves = [...row('A', 4, 0, 0), ...row('B', 4, 10, 0)];
    expect(separateGroups(leaves, new Set(['A0', 'B0'])).size).toBe(0);
  });
});
