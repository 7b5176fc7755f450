// Brandes betweenness on the directed supply network: known small graphs and a brute-force check.
import { describe, expect, it } from 'vitest';

import { betweenness as bcOfLinks } from '../../../../shared/analysis/betweenness.js';

type Edge = readonly [number, number];

/** Tests write edges as [supplier, buyer] pairs. */
const betweenness = (ids: readonly number[], edges: readonly Edge[], budget?: number) =>
  bcOfLinks(
    ids,
    edges.map(([supplierId, buyerId]) => ({ supplierId, buyerId })),
    budget,
  );

/** Reference: for every ordered pair (s, t), count shortest paths through each v (O(n^3), tiny graphs). */
function bruteForce(n: number, edges: readonly Edge[]): number[] {
  const adj: number[][] = Array.from({ length: n }, () => []);
  const uniq = new Set<string>();
  for (const [a, b] of edges) {
    if (a === b || uniq.has(`${a}>${b}`)) continue;
    uniq.add(`${a}>${b}`);
    adj[a]?.push(b);
  }
  const dist: number[][] = [];
  const sigma: number[][] = [];
  for (let s = 0; s < n; s++) {
    const d = new Array<number>(n).fill(-1);
    const g = new Array<number>(n).fill(0);
    d[s] = 0;
    g[s] = 1;
    const q = [s];
    for (let i = 0; i < q.length; i++) {
      const v = q[i] ?? 0;
      for (const w of adj[v] ?? []) {
        if (d[w] === -1) {
          d[w] = (d[v] ?? 0) + 1;
          q.push(w);
        }
        if (d[w] === (d[v] ?? 0) + 1) g[w] = (g[w] ?? 0) + (g[v] ?? 0);
      }
    }
    dist.push(d);
    sigma.push(g);
  }
  const bc = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++)
    for (let t = 0; t < n; t++) {
      const dst = dist[s]?.[t] ?? -1;
      if (s === t || dst <= 0) continue;
      for (let v = 0; v < n; v++) {
        if (v === s || v === t) continue;
        const a = dist[s]?.[v] ?? -1;
        const b = dist[v]?.[t] ?? -1;
        if (a > 0 && b > 0 && a + b === dst) {
          bc[v] =
            (bc[v] ?? 0) + ((sigma[s]?.[v] ?? 0) * (sigma[v]?.[t] ?? 0)) / (sigma[s]?.[t] ?? 1);
        }
      }
    }
  return bc;
}

describe('betweenness', () => {
  it('a chain 1→2→3: only the middle firm lies between', () => {
    const r = betweenness(
      [1, 2, 3],
      [
        [1, 2],
        [2, 3],
      ],
    );
    expect([...r.scores]).toEqual([0, 1, 0]);
    expect(r.method).toBe('exact');
  });

  it('is directed: 3→2 and 1→2 make nothing between', () => {
    expect([
      ...betweenness(
        [1, 2, 3],
        [
          [1, 2],
          [3, 2],
        ],
      ).scores,
    ]).toEqual([0, 0, 0]);
  });

  it('splits credit between equal shortest paths: 1→3→4 and 1→5→4, plus 2→3→4', () => {
    const ids = [1, 2, 3, 4, 5];
    const r = betweenness(ids, [
      [1, 2],
      [2, 3],
      [3, 4],
      [1, 3],
      [1, 5],
      [5, 4],
      [1, 2],
    ]);
    expect([...r.scores]).toEqual([0, 0, 1.5, 0, 0.5]);
    expect(r.edges).toBe(6); // the repeated 1→2 link counts once
  });

  it('matches a brute-force count on random graphs', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 5; round++) {
      const n = 25;
      const edges: Edge[] = Array.from({ length: 70 }, () => [
        Math.floor(rand() * n),
        Math.floor(rand() * n),
      ]);
      const r = betweenness(
        Array.from({ length: n }, (_, i) => i),
        edges,
      );
      const want = bruteForce(n, edges);
      [...r.scores].forEach((v, i) => {
        expect(v).toBeCloseTo(want[i] ?? NaN, 9);
      });
    }
  });

  it('samples sources when the work budget runs out, and says so', () => {
    const n = 400;
    const ids = Array.from({ length: n }, (_, i) => i);
    const edges: Edge[] = ids.flatMap(
      (i) =>
        [
          [i, (i + 1) % n],
          [i, (i + 7) % n],
        ] as Edge[],
    );
    const exact = betweenness(ids, edges);
    const sampled = betweenness(ids, edges, 20_000);
    expect(exact.method).toBe('exact');
    expect(sampled.method).toBe('sampled');
    expect(sampled.sources).toBeLessThan(n);
    // On this vertex-transitive graph every firm has the same exact score; the estimate stays near it.
    const mean = [...sampled.scores].reduce((a, b) => a + b, 0) / n;
    expect(mean / (exact.scores[0] ?? 1)).toBeGreaterThan(0.9);
    expect(mean / (exact.scores[0] ?? 1)).toBeLessThan(1.1);
  });
});
