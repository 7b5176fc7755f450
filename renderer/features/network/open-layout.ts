// The view's side of placing an opened group: reads the drawn leaves for the pure placement and cuts
// a layout request down to the opened group's own nodes and the links among them.
import type { Core } from 'cytoscape';

import type { Leaf } from '../../../shared/network/open-group.js';
import type { LayoutRequest } from './layout/layout-protocol.js';

/** Every drawn leaf (firm, collapsed group, rest node) with its position, group and size. */
export const drawnLeaves = (cy: Core): Leaf[] =>
  cy.nodes(':childless').map((n) => {
    const parent = n.data('parent') as unknown;
    return {
      id: n.id(),
      parent: typeof parent === 'string' ? parent : null,
      ...n.position(),
      size: Number(n.data('size') ?? 30),
    };
  });

/** Only the nodes in `scope`, laid out as one loose set (their box is drawn around them anyway). */
export function scopedJob(
  job: Pick<LayoutRequest, 'nodes' | 'edges'>,
  scope: ReadonlySet<string>,
): Pick<LayoutRequest, 'nodes' | 'edges'> {
  return {
    nodes: job.nodes.filter((n) => scope.has(n.id)).map((n) => ({ ...n, parent: null })),
    edges: job.edges.filter((e) => scope.has(e.source) && scope.has(e.target)),
  };
}
