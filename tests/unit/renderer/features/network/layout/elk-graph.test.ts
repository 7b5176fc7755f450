// The layered layout without the worker: real elkjs on the graph the worker builds, read back as the
// centres Cytoscape gets — suppliers left of their buyers, firms inside their group's box.
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';

import {
  elkCentres,
  toElkGraph,
} from '../../../../../../renderer/features/network/layout/elk-graph.js';
import type { LayoutRequest } from '../../../../../../renderer/features/network/layout/layout-protocol.js';

const node = (id: string, parent: string | null = null) => ({
  id,
  parent,
  w: parent === null && id.startsWith('g:') ? 0 : 30,
  h: parent === null && id.startsWith('g:') ? 0 : 44,
  fixed: false,
});

describe('layered layout (elkjs)', () => {
  it('puts every supplier left of its buyer, across groups, and firms inside their group', async () => {
    // 甲 → 乙 → 丙 inside group A, 丙 → 丁 in group B, and a supplier 戊 outside any group.
    const req: LayoutRequest = {
      algorithm: 'elk',
      randomize: true,
      nodes: [
        node('g:a'),
        node('g:b'),
        node('f:1', 'g:a'),
        node('f:2', 'g:a'),
        node('f:3', 'g:a'),
        node('f:4', 'g:b'),
        node('f:5'),
      ],
      edges: [
        { source: 'f:1', target: 'f:2' },
        { source: 'f:2', target: 'f:3' },
        { source: 'f:3', target: 'f:4' },
        { source: 'f:5', target: 'f:1' },
      ],
    };
    const graph = toElkGraph(req);
    expect(graph.children?.map((c) => c.id).sort()).toEqual(['f:5', 'g:a', 'g:b']);
    const at = new Map(elkCentres(await new ELK().layout(graph)).map((p) => [p.id, p]));
    // Leaves only: group boxes are drawn by Cytoscape around their firms.
    expect([...at.keys()].sort()).toEqual(['f:1', 'f:2', 'f:3', 'f:4', 'f:5']);
    for (const e of req.edges) {
      const s = at.get(e.source);
      const t = at.get(e.target);
      expect(s && t && s.x < t.x).toBe(true);
    }
    // Absolute centres: group A's three firms sit in A's box, which ELK placed inside the root.
    const laid = await new ELK().layout(toElkGraph(req));
    const a = laid.children?.find((c) => c.id === 'g:a');
    for (const id of ['f:1', 'f:2', 'f:3']) {
      const p = at.get(id);
      expect(p && a && p.x > (a.x ?? 0) && p.x < (a.x ?? 0) + (a.width ?? 0)).toBe(true);
    }
  });
});
