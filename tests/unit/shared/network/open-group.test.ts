// Placing a group that just opened: which leaves are laid out (only that group's), the laid-out group
// put where it was, and the rest of the picture moved out just enough, each part keeping its shape.
import { describe, expect, it } from 'vitest';

import {
  openedScope,
  placeClosed,
  placeOpened,
  type Leaf,
} from '../../../../shared/network/open-group.js';

const leaf = (id: string, parent: string | null, x: number, y: number, size = 20): Leaf => ({
  id,
  parent,
  x,
  y,
  size,
});

// A collapsed group B to the right of the opened group A (its three firms just drawn around 0,0), an
// opened group C above with two firms, and a lone firm far to the left.
const picture = (): Leaf[] => [
  leaf('a1', 'g:A', 5, 5),
  leaf('a2', 'g:A', -5, 0),
  leaf('r:g:A', 'g:A', 0, -5, 60),
  leaf('g:B', null, 200, 0, 100),
  leaf('c1', 'g:C', -20, -300),
  leaf('c2', 'g:C', 20, -300),
  leaf('f:9', null, -1000, 0),
];
const fresh = new Set(['a1', 'a2', 'r:g:A']);

describe('openedScope', () => {
  it('lays out every leaf of the groups that gained positionless leaves, and nothing else', () => {
    expect(openedScope(picture(), fresh)).toEqual(new Set(['a1', 'a2', 'r:g:A']));
    // A group shown whole: its earlier firms are laid out again with the new ones.
    expect(openedScope(picture(), new Set(['a1']))).toEqual(new Set(['a1', 'a2', 'r:g:A']));
  });

  it('asks for a full layout when nothing, everything or an ungrouped leaf is new', () => {
    const all = new Set(picture().map((l) => l.id));
    expect(openedScope(picture(), new Set())).toBeNull();
    expect(openedScope(picture(), all)).toBeNull();
    expect(openedScope(picture(), new Set(['a1', 'f:9']))).toBeNull();
    expect(openedScope(picture(), new Set(['gone']))).toBeNull();
  });
});

describe('placeOpened', () => {
  // The worker's answer in its own coordinates: a row 400 wide far from the origin.
  const laid = new Map([
    ['a1', { x: 1000, y: 1000 }],
    ['a2', { x: 1400, y: 1000 }],
    ['r:g:A', { x: 1200, y: 1000 }],
  ]);

  it('centres the laid-out group where its leaves were, its rest node under its firms', () => {
    const at = placeOpened(picture(), fresh, laid);
    // The leaves' box before (sizes included): x −30…30, y −35…25, so its centre is (0, −5). Laid
    // out, the firms span x 990…1410, y 990…1010, the rest node (60) goes under them at y 1070:
    // the whole spans y 990…1100, its centre (1200, 1045) lands on (0, −5).
    expect(at.get('a1')).toEqual({ x: -200, y: -50 });
    expect(at.get('a2')).toEqual({ x: 200, y: -50 });
    expect(at.get('r:g:A')).toEqual({ x: 0, y: 20 });
  });

  it('moves every other part straight out by one distance that clears the group', () => {
    const before = new Map(picture().map((l) => [l.id, l]));
    const at = placeOpened(picture(), fresh, laid);
    const moved = (id: string) => {
      const p = at.get(id);
      const b = before.get(id);
      if (!p || !b) throw new Error(id);
      return { dx: p.x - b.x, dy: p.y - b.y };
    };
    const b = moved('g:B');
    const c1 = moved('c1');
    // Straight out from the centre (0, −5) through B's centre (200, 0).
    expect(b.dy / b.dx).toBeCloseTo(5 / 200, 6);
    expect(b.dx).toBeGreaterThan(100);
    // Group C moves as one piece (same shift for both firms), away from A (upwards).
    expect(moved('c2')).toEqual(c1);
    expect(c1.dy).toBeLessThan(0);
    // One common distance for every part.
    expect(Math.hypot(c1.dx, c1.dy)).toBeCloseTo(Math.hypot(b.dx, b.dy), 6);
    expect(moved('f:9').dx).toBeLessThan(0);
    // Cleared: B's box (100 square) lies outside the circle around the laid-out group (420 × 110).
    const bAt = at.get('g:B') ?? { x: 0, y: 0 };
    const clearance = Math.hypot(bAt.x, bAt.y + 5) - Math.hypot(50, 50) - Math.hypot(420, 110) / 2;
    expect(clearance).toBeGreaterThanOrEqual(59.99);
    // C was nearly clear already; B, the nearest, decided the distance.
    expect(clearance).toBeLessThan(60.01);
  });

  it('leaves the rest of the picture alone when the group fits, and pinned leaves where they are', () => {
    const small = new Map([
      ['a1', { x: 0, y: 0 }],
      ['a2', { x: 10, y: 0 }],
      ['r:g:A', { x: 5, y: 0 }],
    ]);
    const far = picture().map((l) => (l.parent === 'g:A' ? l : { ...l, x: l.x * 10, y: l.y * 10 }));
    const at = placeOpened(far, fresh, small);
    expect([...at.keys()].sort()).toEqual(['a1', 'a2', 'r:g:A']);
    const pinned = placeOpened(picture(), fresh, laid, new Set(['a2', 'g:B']));
    expect(pinned.has('a2')).toBe(false);
    expect(pinned.has('g:B')).toBe(false);
    expect(pinned.has('c1')).toBe(true);
  });
});

describe('placeClosed', () => {
  // Group g:A just closed to one node (60 across) at the origin; what its opening pushed aside sits
  // far out: a collapsed group to the right, an open group of two firms above, a lone firm below.
  const closedPicture = (): Leaf[] => [
    leaf('g:A', null, 0, 0, 60),
    leaf('g:B', null, 1000, 0, 100),
    leaf('c1', 'g:C', -20, -800),
    leaf('c2', 'g:C', 20, -800),
    leaf('f:9', null, 0, 600),
  ];

  it('moves everything back in by one distance, until the nearest part is a margin away', () => {
    const at = placeClosed(closedPicture(), 'g:A');
    expect(at.has('g:A')).toBe(false);
    // The lone firm was nearest: it ends 60 (the margin) clear of the closed node.
    const f9 = at.get('f:9');
    const reach = Math.hypot(20, 20) / 2;
    expect((f9?.y ?? 0) - reach - 30).toBeCloseTo(60);
    const pull = 600 - (f9?.y ?? 0);
    expect(pull).toBeGreaterThan(0);
    // The others came straight in by the same distance, group C whole.
    expect(at.get('g:B')).toEqual({ x: 1000 - pull, y: 0 });
    expect(at.get('c1')?.y).toBeCloseTo(-800 + pull);
    expect(at.get('c2')?.y).toBeCloseTo(-800 + pull);
    expect(at.get('c1')?.x).toBeCloseTo(-20);
  });

  it('leaves pinned parts where they are and moves nothing when nothing has room to come in', () => {
    const at = placeClosed(closedPicture(), 'g:A', new Set(['c1']));
    expect(at.has('c1')).toBe(false);
    expect(at.has('c2')).toBe(false);
    expect(at.has('g:B')).toBe(true);
    const tight = [leaf('g:A', null, 0, 0, 60), leaf('f:1', null, 100, 0)];
    expect(placeClosed(tight, 'g:A').size).toBe(0);
    expect(placeClosed(tight, 'g:none').size).toBe(0);
  });
});
