// The drawn backbone of a dense network: under the budget every edge is drawn; over it every firm
// stays joined to the others through its strongest links, and the strongest remaining fill the budget.
import { describe, expect, it } from 'vitest';

import { backboneEdges } from '../../../../shared/network/backbone.js';
import type { NetworkEdge } from '../../../../shared/network/schemas.js';

const edge = (s: number, t: number, amount: number | null, count = 1): NetworkEdge => ({
  id: `e:f:${String(s)}>f:${String(t)}`,
  source: `f:${String(s)}`,
  target: `f:${String(t)}`,
  count,
  amount,
  evidence: 'reported',
});

/** Firms reachable from `start` over the kept edges, ignoring direction. */
function reach(edges: NetworkEdge[], kept: Set<string>, start: string): Set<string> {
  const seen = new Set([start]);
  for (let grew = true; grew;) {
    grew = false;
    for (const e of edges)
      if (kept.has(e.id) && seen.has(e.source) !== seen.has(e.target)) {
        seen.add(e.source);
        seen.add(e.target);
        grew = true;
      }
  }
  return seen;
}

describe('backboneEdges', () => {
  it('draws every edge while they fit the budget', () => {
    const edges = [edge(1, 2, 5), edge(2, 3, null)];
    expect(backboneEdges(edges, 2)).toEqual(new Set(edges.map((e) => e.id)));
  });

  it('keeps each firm connected through its strongest link, then the strongest others', () => {
    // A complete graph on 30 firms (435 edges), amounts rising with the firm ids.
    const edges: NetworkEdge[] = [];
    for (let a = 1; a <= 30; a++) for (let b = a + 1; b <= 30; b++) edges.push(edge(a, b, a * b));
    const kept = backboneEdges(edges, 60);
    expect(kept.size).toBe(60);
    expect(reach(edges, kept, 'f:1').size).toBe(30);
    // The strongest pair is drawn; the weakest (1→2) is not needed to connect anything.
    expect(kept.has('e:f:29>f:30')).toBe(true);
    expect(kept.has('e:f:1>f:2')).toBe(false);
  });

  it('keeps the spanning forest even when it alone is over the budget', () => {
    // A chain of 50 firms plus heavy extra links among the first five.
    const edges = Array.from({ length: 49 }, (_, i) => edge(i + 1, i + 2, 1));
    for (let a = 1; a <= 5; a++) for (let b = a + 2; b <= 5; b++) edges.push(edge(a, b, 100));
    const kept = backboneEdges(edges, 10);
    expect(reach(edges, kept, 'f:1').size).toBe(50);
    expect(kept.size).toBe(49);
  });

  it('thins a Willems-sized view (2,000 firms, 16,000 links) to a connected backbone at once', () => {
    // A ring keeps the firms connected; the other links join pseudo-random pairs (Park–Miller with a
    // fixed seed: its products stay below 2^53, so the sequence never degenerates into repeats).
    let seed = 38;
    const next = (n: number) => {
      seed = (seed * 48271) % 2147483647;
      return 1 + (seed % n);
    };
    const edges = Array.from({ length: 2000 }, (_, i) => edge(i + 1, ((i + 1) % 2000) + 1, null));
    const ids = new Set(edges.map((e) => e.id));
    while (edges.length < 16000) {
      const e = edge(next(2000), next(2000), next(1000), next(5));
      if (e.source !== e.target && !ids.has(e.id)) {
        ids.add(e.id);
        edges.push(e);
      }
    }
    const kept = backboneEdges(edges);
    // Budget-bound, not proportional to the 16,000 links: the forest needs 1,999, nothing more.
    expect(kept.size).toBe(1999);
    expect(reach(edges, kept, 'f:1').size).toBe(2000);
  });
});
