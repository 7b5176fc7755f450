// Placing a group that just opened (or was just shown whole) without laying out the whole picture:
// only that group's firms are laid out, the result is put where the group was, and everything else
// moves straight out from there just far enough to clear it, keeping its own shape and direction.
import { groupOfRestNode } from './open-cap.js';

export type Point = { x: number; y: number };
/** A drawn leaf node: a firm, a collapsed group or a rest node. */
export type Leaf = Point & { id: string; parent: string | null; size: number };

/** Space kept between the opened group and its nearest neighbour. */
const MARGIN = 60;

/**
 * The leaves to lay out when only some groups gained nodes with no position at all (`fresh`): every
 * leaf of those groups. Null when a full layout is needed: everything is fresh, or a fresh node sits
 * in no group (nothing says where it belongs).
 */
export function openedScope(
  leaves: readonly Leaf[],
  fresh: ReadonlySet<string>,
): Set<string> | null {
  if (fresh.size === 0) return null;
  const groups = new Set<string>();
  let freshLeaves = 0;
  for (const l of leaves) {
    if (!fresh.has(l.id)) continue;
    freshLeaves++;
    if (l.parent === null) return null;
    groups.add(l.parent);
  }
  if (freshLeaves === 0 || freshLeaves === leaves.length) return null;
  const scope = new Set(
    leaves.filter((l) => l.parent !== null && groups.has(l.parent)).map((l) => l.id),
  );
  return scope.size === leaves.length ? null : scope;
}

type Box = { x1: number; y1: number; x2: number; y2: number };

/** A rest node goes centred under its group's firms, where the eye ends and finds it. */
function underFirms(leaves: (Leaf & Point)[]): void {
  const rest = leaves.find((l) => groupOfRestNode(l.id) !== null);
  const firms = leaves.filter((l) => l !== rest);
  if (!rest || firms.length === 0) return;
  const b = boxOf(firms);
  rest.x = (b.x1 + b.x2) / 2;
  rest.y = b.y2 + rest.size / 2 + MARGIN / 2;
}

/** The box around `points`, each as wide as its size. */
export function boxOf(points: readonly (Point & { size: number })[]): Box {
  const b = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const p of points) {
    const r = p.size / 2;
    b.x1 = Math.min(b.x1, p.x - r);
    b.y1 = Math.min(b.y1, p.y - r);
    b.x2 = Math.max(b.x2, p.x + r);
    b.y2 = Math.max(b.y2, p.y + r);
  }
  return b;
}
const centreOf = (b: Box): Point => ({ x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 });
const radiusOf = (b: Box): number => Math.hypot(b.x2 - b.x1, b.y2 - b.y1) / 2;

/** The units that move together: an open group's leaves, or a lone leaf. */
export function unitsOf<L extends Leaf>(leaves: readonly L[]): L[][] {
  const units = new Map<string, L[]>();
  for (const l of leaves) {
    const key = l.parent ?? l.id;
    const list = units.get(key);
    if (list) list.push(l);
    else units.set(key, [l]);
  }
  return [...units.values()];
}

/**
 * The units that move together (an open group's leaves, or a lone leaf), each with its centre, its
 * distance from `centre` and its reach (half its box's diagonal).
 */
function shapesAround(leaves: readonly Leaf[], centre: Point) {
  return unitsOf(leaves).map((members) => {
    const b = boxOf(members);
    const c = centreOf(b);
    return { members, c, d: Math.hypot(c.x - centre.x, c.y - centre.y), reach: radiusOf(b) };
  });
}

/**
 * New positions: the scope's leaves as `laid` out (its own coordinates), centred where the scope's
 * leaves are now; every other unit (a group's leaves together, or a lone leaf) pushed out from that
 * centre by one common distance, the least that clears the laid-out group's circle for all of them.
 * Leaves in `keep` (pinned by the user) stay put. Answers id → position for every leaf that moves.
 */
export function placeOpened(
  leaves: readonly Leaf[],
  scope: ReadonlySet<string>,
  laid: ReadonlyMap<string, Point>,
  keep: ReadonlySet<string> = new Set(),
): Map<string, Point> {
  const inside = leaves.filter((l) => scope.has(l.id));
  const out = new Map<string, Point>();
  if (inside.length === 0) return out;
  const centre = centreOf(boxOf(inside));
  const laidLeaves = inside.map((l) => ({ ...l, ...(laid.get(l.id) ?? { x: l.x, y: l.y }) }));
  underFirms(laidLeaves);
  const laidBox = boxOf(laidLeaves);
  const from = centreOf(laidBox);
  const radius = radiusOf(laidBox) + MARGIN;
  for (const l of laidLeaves)
    if (!keep.has(l.id)) out.set(l.id, { x: l.x - from.x + centre.x, y: l.y - from.y + centre.y });

  const shapes = shapesAround(
    leaves.filter((l) => !scope.has(l.id)),
    centre,
  );
  const push = Math.max(0, ...shapes.map((s) => radius + s.reach - s.d));
  if (push === 0) return out;
  for (const s of shapes) {
    const ux = s.d === 0 ? 1 : (s.c.x - centre.x) / s.d;
    const uy = s.d === 0 ? 0 : (s.c.y - centre.y) / s.d;
    for (const m of s.members)
      if (!keep.has(m.id)) out.set(m.id, { x: m.x + ux * push, y: m.y + uy * push });
  }
  return out;
}

/**
 * After a group closed back to one node (`closedId`): every other unit moved straight in toward that
 * node by one common distance, the most that keeps each clear of the node by the margin, so the room
 * its opening made is given back instead of the picture staying spread. A unit holding a leaf in
 * `keep` (pinned) stays. Answers id → position for every leaf that moves.
 */
export function placeClosed(
  leaves: readonly Leaf[],
  closedId: string,
  keep: ReadonlySet<string> = new Set(),
): Map<string, Point> {
  const out = new Map<string, Point>();
  const node = leaves.find((l) => l.id === closedId);
  if (!node) return out;
  const shapes = shapesAround(
    leaves.filter((l) => l.id !== closedId),
    node,
  );
  if (shapes.length === 0) return out;
  const pull = Math.min(...shapes.map((s) => s.d - s.reach - node.size / 2 - MARGIN));
  if (!(pull > 0)) return out;
  for (const s of shapes) {
    if (s.d === 0 || s.members.some((m) => keep.has(m.id))) continue;
    const ux = (s.c.x - node.x) / s.d;
    const uy = (s.c.y - node.y) / s.d;
    for (const m of s.members) out.set(m.id, { x: m.x - ux * pull, y: m.y - uy * pull });
  }
  return out;
}
