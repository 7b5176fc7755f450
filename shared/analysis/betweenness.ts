// Betweenness centrality (Brandes 2001, O(VE) unweighted) on the DIRECTED supply network
// supplier → buyer: a firm scores high when many shortest supply paths run through it. Parallel links
// between the same two firms count once. To stay inside the speed target on very large workspaces the
// sources are taken in a seeded random order and the run stops once a work budget (edge scans) is
// spent; the sums are then scaled by n/k (Brandes & Pich 2007 source sampling), and the result says so.
import { seededRandom as rng } from '../util/seeded-random.js';

export type BetweennessResult = {
  /** Score per node index (same order as the ids passed in). */
  scores: Float64Array;
  method: 'exact' | 'sampled';
  sources: number;
  edges: number;
};

export const DEFAULT_WORK_BUDGET = 6_000_000;

/** A directed edge supplier → buyer; supply links can be passed as they are. */
export type Edge = { readonly supplierId: number; readonly buyerId: number };

export function betweenness(
  nodeIds: readonly number[],
  edges: readonly Edge[],
  workBudget = DEFAULT_WORK_BUDGET,
): BetweennessResult {
  const n = nodeIds.length;
  const index = new Map<number, number>();
  nodeIds.forEach((id, i) => index.set(id, i));
  // Build CSR adjacency with duplicate edges removed.
  const seen = new Set<number>();
  const from: number[] = [];
  const to: number[] = [];
  for (const edge of edges) {
    const u = index.get(edge.supplierId);
    const v = index.get(edge.buyerId);
    if (u === undefined || v === undefined || u === v) continue;
    const key = u * n + v;
    if (seen.has(key)) continue;
    seen.add(key);
    from.push(u);
    to.push(v);
  }
  const m = from.length;
  const offset = new Int32Array(n + 1);
  for (const u of from) offset[u + 1] = (offset[u + 1] ?? 0) + 1;
  for (let i = 0; i < n; i++) offset[i + 1] = (offset[i + 1] ?? 0) + (offset[i] ?? 0);
  const target = new Int32Array(m);
  const fill = offset.slice(0, n);
  for (let e = 0; e < m; e++) {
    const u = from[e] ?? 0;
    const pos = fill[u] ?? 0;
    target[pos] = to[e] ?? 0;
    fill[u] = pos + 1;
  }

  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const random = rng(0x5eed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = t;
  }

  const bc = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const coef = new Float64Array(n);
  const stack = new Int32Array(n);
  let work = 0;
  let done = 0;
  for (let k = 0; k < n; k++) {
    if (work > workBudget) break;
    const s = order[k] ?? 0;
    // Forward BFS; `stack` doubles as the queue since BFS order is the order we pop in reverse.
    let head = 0;
    let tail = 0;
    stack[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = stack[head++] ?? 0;
      const dv = (dist[v] ?? 0) + 1;
      const sv = sigma[v] ?? 0;
      const end = offset[v + 1] ?? 0;
      for (let e = offset[v] ?? 0; e < end; e++) {
        const w = target[e] ?? 0;
        const dw = dist[w];
        if (dw === -1) {
          dist[w] = dv;
          stack[tail++] = w;
          sigma[w] = sv;
        } else if (dw === dv) sigma[w] = (sigma[w] ?? 0) + sv;
      }
      work += end - (offset[v] ?? 0);
    }
    // Dependency accumulation in reverse BFS order, over out-edges (no predecessor lists needed):
    // delta(v) = sigma(v) · Σ_w (1 + delta(w)) / sigma(w) over successors w one step further;
    // coef[w] keeps (1 + delta(w)) / sigma(w) so the inner loop is a single add.
    for (let i = tail - 1; i >= 0; i--) {
      const v = stack[i] ?? 0;
      const dv = (dist[v] ?? 0) + 1;
      const sv = sigma[v] ?? 1;
      let sum = 0;
      const end = offset[v + 1] ?? 0;
      for (let e = offset[v] ?? 0; e < end; e++) {
        const w = target[e] ?? 0;
        if (dist[w] === dv) sum += coef[w] ?? 0;
      }
      const d = sv * sum;
      coef[v] = (1 + d) / sv;
      if (v !== s) bc[v] = (bc[v] ?? 0) + d;
    }
    for (let i = 0; i < tail; i++) dist[stack[i] ?? 0] = -1;
    done++;
  }
  if (done < n && done > 0) {
    const scale = n / done;
    for (let i = 0; i < n; i++) bc[i] = (bc[i] ?? 0) * scale;
  }
  return { scores: bc, method: done < n ? 'sampled' : 'exact', sources: done, edges: m };
}
