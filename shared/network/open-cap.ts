// An opened group with more firms than a picture can show: its best-connected firms are drawn (most
// links first; ties: higher revenue, then name) and the others stand behind one "rest" node inside the
// group that carries their links summed, the way a collapsed group does, until the user shows all.
import type { Enterprise } from '../domain/schemas.js';

/** An opened group draws at most this many firms unless the user asked for all of them. */
export const OPEN_CAP = 300;

const REST = 'r:';

/** The node standing for the firms of `groupId` that are not drawn. */
export const restNodeId = (groupId: string): string => `${REST}${groupId}`;

/** The group a rest node belongs to, or null when `id` is not a rest node. */
export const groupOfRestNode = (id: string): string | null =>
  id.startsWith(REST) ? id.slice(REST.length) : null;

type Ranked = Pick<Enterprise, 'id' | 'name' | 'revenue'>;

/** Most links first; then higher revenue (unknown last); then name; then id, so the order is stable. */
export function byConnections<T extends Ranked>(
  firms: readonly T[],
  degree: ReadonlyMap<number, number>,
): T[] {
  const rev = (f: T) => (f.revenue === null ? -1 : f.revenue);
  return [...firms].sort(
    (a, b) =>
      (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) ||
      rev(b) - rev(a) ||
      a.name.localeCompare(b.name, 'zh') ||
      a.id - b.id,
  );
}

/**
 * The firms of opened groups that are not drawn: for each group in `expanded` (and not in `showAll`)
 * holding more than `cap` firms, all but its `cap` best-connected. Answers firm id → group id.
 */
export function firmsBehindRest<T extends Ranked>(
  members: ReadonlyMap<string, readonly T[]>,
  expanded: ReadonlySet<string>,
  showAll: ReadonlySet<string>,
  degree: ReadonlyMap<number, number>,
  cap = OPEN_CAP,
): Map<number, string> {
  const out = new Map<number, string>();
  for (const [group, firms] of members) {
    if (!expanded.has(group) || showAll.has(group) || firms.length <= cap) continue;
    for (const f of byConnections(firms, degree).slice(cap)) out.set(f.id, group);
  }
  return out;
}
