// How a large drawing reaches Cytoscape without one long task: its elements cut into small chunks,
// each added in its own task, in an order Cytoscape accepts (a compound parent before its children,
// both ends of an edge before the edge), and every leaf node given its position before it is added.
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
