// Chunked adding: every element reaches Cytoscape exactly once, in an order it accepts (a parent
// before its children, both ends before an edge), no chunk over the limit; leaves placed before adding;
// the viewport fitted from the positions shows every node whole.
import { describe, expect, it } from 'vitest';

import {
  ADD_CHUNK,
  addChunks,
  fitViewport,
  placeNodes,
  type Placed,
} from '../../../../shared/network/chunks.js';
import type { ElementDef } from '../../../../shared/network/elements.js';
import { boxOf } from '../../../../shared/network/open-group.js';

/** A placed node as the box measures it: its position, and 30 across when it has no size. */
const sized = (e: Placed) => ({
  ...(e.position ?? { x: 0, y: 0 }),
  size: Number(e.data['size'] ?? 30),
});
const node = (id: string, parent?: string): ElementDef => ({
  group: 'nodes',
  data: parent === undefined ? { id } : { id, parent },
  classes: '',
});
const edge = (source: string, target: string): ElementDef => ({
  group: 'edges',
  data: { id: `e:${source}>${target}`, source, target },
  classes: '',
});

/** A chain-38-sized view as the answer lists it: firms, then groups, then edges, mixed up. */
function bigView(firms: number, edges: number): ElementDef[] {
  const out: ElementDef[] = [];
  for (let i = 0; i < firms; i++) out.push(node(`f:${String(i)}`, `g:${String(i % 4)}`));
  for (let g = 0; g < 4; g++) out.push(node(`g:${String(g)}`));
  for (let i = 0; i < edges; i++)
    out.push(edge(`f:${String(i % firms)}`, `f:${String((i * 7 + 1) % firms)}`));
  return out;
}

describe('addChunks', () => {
  it('adds every element once, none before what it hangs on, no chunk over the limit', () => {
    const els = bigView(2025, 1500);
    const chunks = addChunks(els, 300);
    expect(chunks.length).toBe(Math.ceil(els.length / 300));
    expect(chunks.every((c) => c.length <= 300)).toBe(true);
    const seen = new Set<string>();
    for (const c of chunks)
      for (const e of c) {
        const d = e.data;
        if (typeof d['parent'] === 'string') expect(seen.has(d['parent'])).toBe(true);
        if (e.group === 'edges') {
          expect(seen.has(String(d['source']))).toBe(true);
          expect(seen.has(String(d['target']))).toBe(true);
        }
        expect(seen.has(String(d['id']))).toBe(false);
        seen.add(String(d['id']));
      }
    expect(seen.size).toBe(els.length);
  });

  it('keeps a small view in one chunk (drawn at once, as before)', () => {
    const els = bigView(40, 60);
    expect(addChunks(els)).toHaveLength(1);
    expect(els.length).toBeLessThanOrEqual(ADD_CHUNK);
  });

  it('gives an empty view no chunk', () => {
    expect(addChunks([])).toEqual([]);
  });
});

describe('placeNodes', () => {
  const els = [
    node('g:a'),
    node('f:1', 'g:a'),
    node('f:2', 'g:a'),
    node('g:b'),
    edge('f:1', 'f:2'),
  ];

  it('puts saved nodes where they were saved and needs no layout when all were saved', () => {
    const saved = new Map([
      ['f:1', { x: 10, y: 20 }],
      ['f:2', { x: -5, y: 7 }],
      ['g:b', { x: 300, y: 0 }],
    ]);
    const { placed, missing } = placeNodes(els, saved, new Map());
    expect(missing).toBe(0);
    const at = new Map(placed.map((e) => [String(e.data['id']), e.position]));
    expect(at.get('f:1')).toEqual({ x: 10, y: 20 });
    expect(at.get('g:b')).toEqual({ x: 300, y: 0 });
    // A compound parent's place follows its children; an edge has none.
    expect(at.get('g:a')).toBeUndefined();
    expect(at.get('e:f:1>f:2')).toBeUndefined();
  });

  it('grows an expanded group where its collapsed node was, and counts what needs a layout', () => {
    const prior = new Map([['g:a', { x: 1000, y: -400 }]]);
    const { placed, missing } = placeNodes(els, new Map(), prior, () => 0.5);
    expect(missing).toBe(3);
    for (const id of ['f:1', 'f:2']) {
      const p = placed.find((e) => e.data['id'] === id)?.position;
      expect(p).toBeDefined();
      expect(Math.hypot((p?.x ?? 0) - 1000, (p?.y ?? 0) + 400)).toBeCloseTo(90);
    }
  });

  it('keeps a node drawn a moment ago where it was when nothing is saved for it', () => {
    const { placed } = placeNodes(els, new Map(), new Map([['g:b', { x: 3, y: 4 }]]));
    expect(placed.find((e) => e.data['id'] === 'g:b')?.position).toEqual({ x: 3, y: 4 });
  });
});

describe('fitViewport', () => {
  const range = { min: 0.02, max: 4 };
  /** Where a graph point lands on screen under a viewport. */
  const onScreen = (vp: { zoom: number; pan: { x: number; y: number } }, x: number, y: number) => ({
    x: x * vp.zoom + vp.pan.x,
    y: y * vp.zoom + vp.pan.y,
  });

  it('shows every node whole inside the padding, centred, filling the tighter side', () => {
    const nodes = [
      { x: -1000, y: 0, size: 20 },
      { x: 3000, y: 500, size: 40 },
      { x: 200, y: -800, size: 10 },
    ];
    const vp = fitViewport(nodes, 1200, 800, 30, range);
    if (!vp) throw new Error('no viewport');
    for (const n of nodes) {
      const a = onScreen(vp, n.x - n.size / 2, n.y - n.size / 2);
      const b = onScreen(vp, n.x + n.size / 2, n.y + n.size / 2);
      expect(a.x).toBeGreaterThanOrEqual(30 - 1e-6);
      expect(a.y).toBeGreaterThanOrEqual(30 - 1e-6);
      expect(b.x).toBeLessThanOrEqual(1170 + 1e-6);
      expect(b.y).toBeLessThanOrEqual(770 + 1e-6);
    }
    // Width is the tighter side here: the leftmost and rightmost edges touch the padding.
    expect(onScreen(vp, -1010, 0).x).toBeCloseTo(30, 6);
    expect(onScreen(vp, 3020, 0).x).toBeCloseTo(1170, 6);
    // Centred vertically: the same room above the top node and below the bottom one.
    const top = onScreen(vp, 0, -805).y;
    const bottom = onScreen(vp, 0, 520).y;
    expect(top).toBeCloseTo(800 - bottom, 6);
  });

  it('keeps the zoom within the view’s limits and answers null for nothing to show', () => {
    const one = fitViewport([{ x: 5, y: 5, size: 2 }], 1000, 800, 30, range);
    expect(one?.zoom).toBe(4);
    // The single firm sits in the middle of the canvas.
    expect(one && onScreen(one, 5, 5)).toEqual({ x: 500, y: 400 });
    const far = fitViewport(
      [
        { x: 0, y: 0, size: 1 },
        { x: 1e7, y: 0, size: 1 },
      ],
      1000,
      800,
      30,
      range,
    );
    expect(far?.zoom).toBe(0.02);
    expect(fitViewport([], 1000, 800, 30, range)).toBeNull();
    expect(fitViewport([{ x: 0, y: 0, size: 10 }], 0, 0, 30, range)).toBeNull();
  });
});

describe('placeNodes on a second visit', () => {
  // Group g:a drawn before with 8 firms in a row (saved); firm f:9 is new (an import), linked to f:8.
  const known = Array.from({ length: 8 }, (_, i) => node(`f:${String(i + 1)}`, 'g:a'));
  const saved = new Map(known.map((n, i) => [String(n.data['id']), { x: i * 100, y: 0 }]));
  const els = [node('g:a'), ...known, node('f:9', 'g:a'), edge('f:9', 'f:8')];

  it('puts a firm new to a drawn group beside the firm it trades with there, without a layout', () => {
    const { placed, missing, joined } = placeNodes(els, saved, new Map());
    expect(missing).toBe(0);
    expect(joined).toEqual(['f:9']);
    const p = placed.find((e) => e.data['id'] === 'f:9')?.position;
    expect(Math.hypot((p?.x ?? 0) - 700, p?.y ?? 0)).toBeLessThanOrEqual(40);
    // Every firm drawn before stays where it was.
    for (const [id, at] of saved)
      expect(placed.find((e) => e.data['id'] === id)?.position).toEqual(at);
  });

  it('keeps a newcomer inside its group’s box, which would otherwise grow into a neighbour’s', () => {
    // f:8 is the last of the row, on the box's right edge: a place "beside it" may lie outside.
    for (const r of [0, 0.13, 0.25, 0.4, 0.5, 0.62, 0.75, 0.9, 0.99]) {
      const { placed } = placeNodes(els, saved, new Map(), () => r);
      const box = boxOf(placed.filter((e) => e.data['parent'] === 'g:a' && e.position).map(sized));
      expect(box).toEqual(boxOf([...saved.values()].map((p) => ({ ...p, size: 30 }))));
    }
  });

  it('puts an unlinked newcomer at its group’s middle', () => {
    const { placed } = placeNodes([...els.slice(0, -1)], saved, new Map());
    const p = placed.find((e) => e.data['id'] === 'f:9')?.position;
    expect(Math.hypot((p?.x ?? 0) - 350, p?.y ?? 0)).toBeLessThanOrEqual(40);
  });

  it('lays the group out again when it gained more firms than it can take in place', () => {
    const many = Array.from({ length: 4 }, (_, i) => node(`f:${String(100 + i)}`, 'g:a'));
    const { missing, joined } = placeNodes([...els, ...many], saved, new Map());
    expect(joined).toEqual([]);
    expect(missing).toBe(5);
  });
});

describe('placeNodes after a group closed', () => {
  it('draws a closed group with no saved place where its open box was, without a layout', () => {
    const els = [node('g:a'), node('g:b'), node('f:1', 'g:b')];
    const saved = new Map([['f:1', { x: 500, y: 0 }]]);
    const { placed, missing, joined } = placeNodes(
      els,
      saved,
      new Map(),
      Math.random,
      new Map([['g:a', { x: -40, y: 70 }]]),
    );
    expect(missing).toBe(0);
    expect(joined).toEqual(['g:a']);
    expect(placed.find((e) => e.data['id'] === 'g:a')?.position).toEqual({ x: -40, y: 70 });
  });
});
