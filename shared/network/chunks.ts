// How a large drawing reaches Cytoscape without one long task: its elements cut into small chunks,
// each added in its own task, in an order Cytoscape accepts (a compound parent before its children,
// both ends of an edge before the edge), every leaf node given its position before it is added, and
// the viewport that shows them all, computed from those positions.
import type { ElementDef } from './elements.js';

/**
 * Elements per chunk. Styling a chunk of firms (labels measured, styles matched) costs about 0.1 ms
 * per element on a quiet 2-core machine, so a chunk stays well under the 200 ms a task may take.
 */
export const ADD_CHUNK = 300;

type Point = { x: number; y: number };
export type Placed = ElementDef & { position?: Point };

/** Parents first (they may nest), then the other nodes, then edges; cut into chunks of `size`. */
export function addChunks<T extends ElementDef>(elements: readonly T[], size = ADD_CHUNK): T[][] {
  const parents = new Set<string>();
  for (const e of elements) {
    const p = e.data['parent'];
    if (e.group === 'nodes' && typeof p === 'string') parents.add(p);
  }
  const ordered = [
    ...elements.filter((e) => e.group === 'nodes' && parents.has(String(e.data['id']))),
    ...elements.filter((e) => e.group === 'nodes' && !parents.has(String(e.data['id']))),
    ...elements.filter((e) => e.group === 'edges'),
  ];
  const out: T[][] = [];
  const step = Math.max(1, Math.floor(size));
  for (let i = 0; i < ordered.length; i += step) out.push(ordered.slice(i, i + step));
  return out;
}

/**
 * Gives every leaf node a position: the saved one, else where it was drawn a moment ago, else near
 * where its (collapsed) group was, so an expanded group grows in place. Compound parents get none
 * (Cytoscape derives them from their children). `missing` counts leaves without a saved position:
 * those need a layout.
 */
export function placeNodes(
  elements: readonly ElementDef[],
  saved: ReadonlyMap<string, Point>,
  prior: ReadonlyMap<string, Point>,
  random: () => number = Math.random,
): { placed: Placed[]; missing: number } {
  const parents = new Set<string>();
  for (const e of elements) {
    const p = e.data['parent'];
    if (e.group === 'nodes' && typeof p === 'string') parents.add(p);
  }
  let missing = 0;
  const placed = elements.map((e): Placed => {
    const id = String(e.data['id']);
    if (e.group !== 'nodes' || parents.has(id)) return e;
    const at = saved.get(id);
    if (at) return { ...e, position: { x: at.x, y: at.y } };
    missing++;
    const before = prior.get(id);
    if (before) return { ...e, position: { x: before.x, y: before.y } };
    const parent = e.data['parent'];
    const base = (typeof parent === 'string' && (saved.get(parent) ?? prior.get(parent))) || {
      x: 0,
      y: 0,
    };
    const r = 30 + random() * 120;
    const a = random() * Math.PI * 2;
    return { ...e, position: { x: base.x + r * Math.cos(a), y: base.y + r * Math.sin(a) } };
  });
  return { placed, missing };
}

type Box = Point & { size: number };
export type Viewport = { zoom: number; pan: Point };

/**
 * The zoom and pan that show every node (its centre and diameter) inside a `width` × `height` canvas
 * with `padding` pixels to spare, like Cytoscape's own fit; null when there is nothing to show.
 * Cytoscape's fit measures every element's bounds, labels included, which took about a second on
 * 2,000 firms; the positions and sizes are already known.
 */
export function fitViewport(
  nodes: Iterable<Box>,
  width: number,
  height: number,
  padding: number,
  zoomRange: { min: number; max: number },
): Viewport | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of nodes) {
    const r = n.size / 2;
    x1 = Math.min(x1, n.x - r);
    y1 = Math.min(y1, n.y - r);
    x2 = Math.max(x2, n.x + r);
    y2 = Math.max(y2, n.y + r);
  }
  if (!Number.isFinite(x1) || width <= 0 || height <= 0) return null;
  const room = (px: number) => Math.max(1, px - 2 * padding);
  const fitZoom = Math.min(room(width) / Math.max(1, x2 - x1), room(height) / Math.max(1, y2 - y1));
  const zoom = Math.min(zoomRange.max, Math.max(zoomRange.min, fitZoom));
  return {
    zoom,
    pan: { x: width / 2 - (zoom * (x1 + x2)) / 2, y: height / 2 - (zoom * (y1 + y2)) / 2 },
  };
}
