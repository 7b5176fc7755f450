// A handful of plain nodes (a large workspace's groups, all collapsed) placed at once on the page, on a
// ring in the answer's order (clockwise from the top left), so no link between two of them passes
// behind a third: starting a layout worker for four boxes took longer than drawing the whole picture.
type Node = { id: string; parent: string | null; w: number; h: number; fixed: boolean };

/** Above this many nodes the force-directed layout in the worker is worth its start. */
export const SMALL_LAYOUT_UP_TO = 12;

/**
 * Ring positions for `nodes`, or null when the force-directed layout should run instead: too many
 * nodes, a compound (an opened group) among them, or a node the user pinned.
 */
export function smallLayout(nodes: readonly Node[]): { id: string; x: number; y: number }[] | null {
  const n = nodes.length;
  if (n === 0 || n > SMALL_LAYOUT_UP_TO) return null;
  if (nodes.some((x) => x.parent !== null || x.w === 0 || x.fixed)) return null;
  // Neighbours on the ring one cell apart: the biggest box with room for the arrow and its count.
  const biggest = Math.max(...nodes.map((x) => Math.max(x.w, x.h)));
  const cell = biggest * 1.5 + 120;
  // And far enough out that the link from a node to the one after next clears the node between.
  const clear = n < 4 ? 0 : (biggest * 0.75 + 30) / (1 - Math.cos((2 * Math.PI) / n));
  const radius = n === 1 ? 0 : Math.max(cell / (2 * Math.sin(Math.PI / n)), clear);
  // Starting half a step before the top puts two nodes side by side, four as a square.
  const start = -Math.PI / 2 - Math.PI / n;
  return nodes.map((x, i) => {
    const a = start + (2 * Math.PI * i) / n;
    return { id: x.id, x: Math.round(radius * Math.cos(a)), y: Math.round(radius * Math.sin(a)) };
  });
}
