// Group boxes pushed apart after a layout. The force-directed layout keeps a group's firms together
// but does not keep one group's box off another's (on Willems chain 22 the box of 零售 lay over 制造's
// and hid its firms), so whole groups are moved, rigidly, the least distance along one axis, until no
// two boxes (their titles included) meet.
import { boxOf, unitsOf, type Leaf, type Point } from './open-group.js';

/** A drawn leaf with, in an open group, that group's title size (graph units), drawn above its box. */
export type PlacedLeaf = Leaf & { titleSize?: number };

/** Space kept between two boxes after a layout, and the padding a group's box has around its firms. */
export const GAP = 30;
/**
 * Space kept when a picture is drawn from saved places: boxes a layout left GAP apart are left alone
 * when a group's title grew with a firm or two (a few units); only boxes that come closer than this
 * are moved, since moving a whole group moves firms the user has seen where they were.
 */
export const SAVED_GAP = 20;
const PADDING = 14;
/** Beyond this many boxes the check is skipped (each round compares every pair). */
const MAX_UNITS = 300;

type Unit = {
  members: PlacedLeaf[];
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  fixed: boolean;
};

/** Each unit's box, its padding and (for an open group) its title included. */
function boxesOf(leaves: readonly PlacedLeaf[], fixed: ReadonlySet<string>): Unit[] {
  return unitsOf(leaves).map((members) => {
    const grouped = members[0]?.parent !== null;
    const pad = grouped ? PADDING : 0;
    const title = grouped ? Math.max(0, ...members.map((m) => m.titleSize ?? 0)) * 1.3 : 0;
    const b = boxOf(members);
    return {
      members,
      x1: b.x1 - pad,
      y1: b.y1 - pad - title,
      x2: b.x2 + pad,
      y2: b.y2 + pad,
      fixed: members.some((m) => fixed.has(m.id)),
    };
  });
}

/**
 * The leaves to move, with their new positions, so that no two units (an open group's leaves
 * together, or a lone leaf) overlap; a unit holding a leaf in `fixed` (pinned by the user) stays and
 * the other gives way. Empty when nothing overlaps (or there are too many units to compare).
 */
export function separateGroups(
  leaves: readonly PlacedLeaf[],
  fixed: ReadonlySet<string> = new Set(),
  gap = GAP,
  rounds = 200,
): Map<string, Point> {
  const units = boxesOf(leaves, fixed);
  const out = new Map<string, Point>();
  if (units.length < 2 || units.length > MAX_UNITS) return out;
  const shift = units.map(() => ({ dx: 0, dy: 0 }));
  for (let r = 0; r < rounds; r++) {
    let moved = false;
    for (let i = 0; i < units.length; i++)
      for (let j = i + 1; j < units.length; j++) {
        const a = units[i];
        const b = units[j];
        const sa = shift[i];
        const sb = shift[j];
        if (!a || !b || !sa || !sb || (a.fixed && b.fixed)) continue;
        const ox =
          Math.min(a.x2 + sa.dx, b.x2 + sb.dx) - Math.max(a.x1 + sa.dx, b.x1 + sb.dx) + gap;
        const oy =
          Math.min(a.y2 + sa.dy, b.y2 + sb.dy) - Math.max(a.y1 + sa.dy, b.y1 + sb.dy) + gap;
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        const [ka, kb] = a.fixed ? [0, 1] : b.fixed ? [1, 0] : [0.5, 0.5];
        if (ox <= oy) {
          const dir = b.x1 + b.x2 + 2 * sb.dx >= a.x1 + a.x2 + 2 * sa.dx ? 1 : -1;
          sa.dx -= dir * ox * ka;
          sb.dx += dir * ox * kb;
        } else {
          const dir = b.y1 + b.y2 + 2 * sb.dy >= a.y1 + a.y2 + 2 * sa.dy ? 1 : -1;
          sa.dy -= dir * oy * ka;
          sb.dy += dir * oy * kb;
        }
      }
    if (!moved) break;
  }
  units.forEach((u, i) => {
    const s = shift[i];
    if (!s || (s.dx === 0 && s.dy === 0)) return;
    for (const m of u.members) out.set(m.id, { x: m.x + s.dx, y: m.y + s.dy });
  });
  return out;
}
