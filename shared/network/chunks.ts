// How a large drawing reaches Cytoscape without one long task: its elements cut into small chunks,
// each added in its own task, in an order Cytoscape accepts (a compound parent before its children,
// both ends of an edge before the edge), every leaf node given its position before it is added, and
// the viewport that shows them all, computed from those positions.
import type { ElementDef } from './elements.js';
import { boxOf } from './open-group.js';

/**
 * Elements per chunk. Styling a chunk of firms (labels measured, styles matched) costs about 0.1 ms
 * per element on a quiet 2-core machine, so a chunk stays well under the 200 ms a task may take.
 */
export const ADD_CHUNK = 300;
/** Elements per chunk when firms go into open groups: about 0.8 ms each there (300 took 230 ms). */
export const COMPOUND_CHUNK = 120;

type Point = { x: number; y: number };
type Sized = Point & { size: number };
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
 * Firms a group may gain (an import, an edit) and still keep its drawn shape: each new firm is put
 * among the firms it trades with, inside the group, instead of the whole group being laid out again.
 */
export const JOIN_UP_TO = (known: number): number => Math.max(3, Math.floor(known / 4));

/**
 * Gives every leaf node a position: the saved one, else where it was drawn a moment ago, else near
 * where its (collapsed) group was, so an expanded group grows in place. A few firms new to a group
 * whose other firms have their places (see JOIN_UP_TO) are `joined`: put beside the firms of that
 * group they are linked to (else at its middle), and need no layout; so is a group just closed that
 * has no saved place (`closedAt`: where its open box was). Compound parents get none
 * (Cytoscape derives them from their children). `missing` counts the other leaves without a saved
 * position: those need a layout.
 */
export function placeNodes(
  elements: readonly ElementDef[],
  saved: ReadonlyMap<string, Point>,
  prior: ReadonlyMap<string, Point>,
  random: () => number = Math.random,
  closedAt: ReadonlyMap<string, Point> = new Map(),
): { placed: Placed[]; missing: number; joined: string[] } {
  const parents = new Set<string>();
  for (const e of elements) {
    const p = e.data['parent'];
    if (e.group === 'nodes' && typeof p === 'string') parents.add(p);
  }
  const parentOf = new Map<string, string>();
  const known = new Map<string, Sized[]>();
  const unknown = new Map<string, number>();
  for (const e of elements) {
    const id = String(e.data['id']);
    const parent = e.data['parent'];
    if (e.group !== 'nodes' || parents.has(id) || typeof parent !== 'string') continue;
    parentOf.set(id, parent);
    const at = saved.get(id) ?? prior.get(id);
    if (at) push(known, parent, { x: at.x, y: at.y, size: sizeOf(e) });
    else unknown.set(parent, (unknown.get(parent) ?? 0) + 1);
  }
  const joins = (parent: string | undefined): parent is string => {
    const k = parent === undefined ? 0 : (known.get(parent)?.length ?? 0);
    return k > 0 && (unknown.get(parent ?? '') ?? 0) <= JOIN_UP_TO(k);
  };
  const linked = new Map<string, string[]>();
  for (const e of elements) {
    if (e.group !== 'edges') continue;
    const [a, b] = [String(e.data['source']), String(e.data['target'])];
    push(linked, a, b);
    push(linked, b, a);
  }
  const near = (base: Point, r: number): Point => {
    const a = random() * Math.PI * 2;
    return { x: base.x + r * Math.cos(a), y: base.y + r * Math.sin(a) };
  };
  let missing = 0;
  const joined: string[] = [];
  const placed = elements.map((e): Placed => {
    const id = String(e.data['id']);
    if (e.group !== 'nodes' || parents.has(id)) return e;
    const at = saved.get(id);
    if (at) return { ...e, position: { x: at.x, y: at.y } };
    const closed = closedAt.get(id);
    if (closed) {
      joined.push(id);
      return { ...e, position: { x: closed.x, y: closed.y } };
    }
    const before = prior.get(id);
    const parent = parentOf.get(id);
    if (!before && joins(parent)) {
      joined.push(id);
      const partners = (linked.get(id) ?? [])
        .filter((o) => parentOf.get(o) === parent)
        .map((o) => saved.get(o) ?? prior.get(o))
        .filter((p): p is Point => p !== undefined);
      const members = known.get(parent) ?? [];
      const beside = near(centroid(partners.length > 0 ? partners : members), 15 + random() * 25);
      // Inside the box its group has now: grown past it, the box could meet a neighbour's, and the
      // groups would be pushed apart, moving firms the user has seen where they were.
      return { ...e, position: inside(beside, members, sizeOf(e)) };
    }
    missing++;
    if (before) return { ...e, position: { x: before.x, y: before.y } };
    const base = (parent !== undefined && (saved.get(parent) ?? prior.get(parent))) || {
      x: 0,
      y: 0,
    };
    return { ...e, position: near(base, 30 + random() * 120) };
  });
  return { placed, missing, joined };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const sizeOf = (e: ElementDef): number => Number(e.data['size'] ?? 30);

/** `p` moved the least distance to where a node of `size` lies within the box around `members`. */
function inside(p: Point, members: readonly Sized[], size: number): Point {
  if (members.length === 0) return p;
  const r = size / 2;
  const b = boxOf(members);
  const within = (v: number, lo: number, hi: number) =>
    lo > hi ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, v));
  return { x: within(p.x, b.x1 + r, b.x2 - r), y: within(p.y, b.y1 + r, b.y2 - r) };
}

const centroid = (points: readonly Point[]): Point => ({
  x: points.reduce((s, p) => s + p.x, 0) / Math.max(1, points.length),
  y: points.reduce((s, p) => s + p.y, 0) / Math.max(1, points.length),
});

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
