// The worker-independent part of the layered layout: the request as an ELK graph (compound groups as
// nested nodes, left-to-right in supply direction) and ELK's answer back as absolute node centres.
import type { LayoutRequest } from './layout-protocol.js';

export type ElkNode = {
  id: string;
  width?: number;
  height?: number;
  x?: number;
  y?: number;
  children?: ElkNode[];
  layoutOptions?: Record<string, string>;
  edges?: { id: string; sources: string[]; targets: string[] }[];
};

export type Point = { id: string; x: number; y: number };

export function toElkGraph(req: LayoutRequest): ElkNode {
  const byId = new Map<string, ElkNode>();
  const root: ElkNode = { id: 'root', children: [] };
  for (const n of req.nodes) byId.set(n.id, { id: n.id, width: n.w, height: n.h, children: [] });
  for (const n of req.nodes) {
    const node = byId.get(n.id);
    const parent = n.parent === null ? root : (byId.get(n.parent) ?? root);
    if (node) parent.children?.push(node);
  }
  return {
    ...root,
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '60',
      'elk.spacing.nodeNode': '20',
      'elk.padding': '[top=30,left=12,bottom=12,right=12]',
    },
    edges: req.edges.map((e, i) => ({
      id: `l${String(i)}`,
      sources: [e.source],
      targets: [e.target],
    })),
  };
}

/** ELK gives top-left corners relative to the parent; Cytoscape wants absolute centres of leaves. */
export function elkCentres(laid: ElkNode): Point[] {
  const out: Point[] = [];
  const walk = (n: ElkNode, dx: number, dy: number) => {
    for (const c of n.children ?? []) {
      const x = dx + (c.x ?? 0);
      const y = dy + (c.y ?? 0);
      if ((c.children ?? []).length > 0) walk(c, x, y);
      else out.push({ id: c.id, x: x + (c.width ?? 0) / 2, y: y + (c.height ?? 0) / 2 });
    }
  };
  walk(laid, 0, 0);
  return out;
}
