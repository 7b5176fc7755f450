// The view's side of placing an opened group: reads the drawn leaves for the pure placement and cuts
// a layout request down to the opened group's own nodes and the links among them.
import type { Core } from 'cytoscape';

import type { Point } from '../../../shared/network/open-group.js';
import { GAP, separateGroups, type PlacedLeaf } from '../../../shared/network/separate.js';
import type { LayoutRequest } from './layout/layout-protocol.js';

/** Every drawn leaf (firm, collapsed group, rest node) with its position, group and size. */
export const drawnLeaves = (cy: Core): PlacedLeaf[] =>
  cy.nodes(':childless').map((n) => {
    const parent = n.data('parent') as unknown;
    return {
      id: n.id(),
      parent: typeof parent === 'string' ? parent : null,
      ...n.position(),
      size: Number(n.data('size') ?? 30),
      titleSize: typeof parent === 'string' ? Number(n.parent().data('titleSize') ?? 0) : 0,
    };
  });

/**
 * `at` (new positions for some leaves) with whole groups moved apart where their boxes would come
 * closer than `gap`; leaves in `keep` (pinned) hold their group in place.
 */
export function apart(
  cy: Core,
  at: ReadonlyMap<string, Point>,
  keep: ReadonlySet<string>,
  gap = GAP,
): Map<string, Point> {
  // Without open groups there is nothing to keep apart (each firm is its own).
  if (cy.nodes(':parent').empty()) return new Map(at);
  const leaves = drawnLeaves(cy).map((l) => ({ ...l, ...(at.get(l.id) ?? {}) }));
  return new Map([...at, ...separateGroups(leaves, keep, gap)]);
}

/**
 * Only the nodes in `scope` and the links among them. The leaves of one group are laid out as one
 * loose set (its box is drawn around them anyway); the leaves of several groups (an import that gave
 * more than one group many new firms) keep their groups, or their firms mix into one heap and the
 * boxes drawn around them cover one another.
 */
export function scopedJob(
  job: Pick<LayoutRequest, 'nodes' | 'edges'>,
  scope: ReadonlySet<string>,
): Pick<LayoutRequest, 'nodes' | 'edges'> {
  const leaves = job.nodes.filter((n) => scope.has(n.id));
  const groups = new Set(leaves.map((n) => n.parent).filter((p): p is string => p !== null));
  return {
    nodes:
      groups.size > 1
        ? [...job.nodes.filter((n) => groups.has(n.id)), ...leaves]
        : leaves.map((n) => ({ ...n, parent: null })),
    edges: job.edges.filter((e) => scope.has(e.source) && scope.has(e.target)),
  };
}
