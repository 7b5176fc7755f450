// Which edges a dense network draws: thousands of links between a few thousand firms are an unreadable
// ball and cost seconds per redraw, so above a budget only a backbone is drawn — every firm's strongest
// links joining it to the rest (a maximum spanning forest), then the strongest others up to the budget.
import type { NetworkEdge } from './schemas.js';

/** Above this many firm-to-firm edges a view draws its backbone; the rest show on hover. */
export const EDGE_BUDGET = 1500;

/** Stronger first: by amount where known, then by how many links the edge sums. */
function stronger(a: NetworkEdge, b: NetworkEdge): number {
  return (b.amount ?? -1) - (a.amount ?? -1) || b.count - a.count || a.id.localeCompare(b.id);
}

/** Ids of the edges to draw; every id when the edges fit the budget. */
export function backboneEdges(edges: readonly NetworkEdge[], budget = EDGE_BUDGET): Set<string> {
  if (edges.length <= budget) return new Set(edges.map((e) => e.id));
  const sorted = [...edges].sort(stronger);
  const parent = new Map<string, string>();
  const root = (x: string): string => {
    let r = x;
    for (let up = parent.get(r); up !== undefined && up !== r; up = parent.get(r)) r = up;
    // Path compression: later look-ups of the same firms are one step.
    for (let y = x, up = parent.get(y); up !== undefined && up !== r; up = parent.get(y)) {
      parent.set(y, r);
      y = up;
    }
    return r;
  };
  const keep = new Set<string>();
  const rest: NetworkEdge[] = [];
  for (const e of sorted) {
    const a = root(e.source);
    const b = root(e.target);
    if (a === b) {
      rest.push(e);
      continue;
    }
    parent.set(a, b);
    parent.set(b, b);
    keep.add(e.id);
  }
  // The forest alone may exceed the budget (more firms than the budget): connectivity comes first.
  for (const e of rest) {
    if (keep.size >= budget) break;
    keep.add(e.id);
  }
  return keep;
}
