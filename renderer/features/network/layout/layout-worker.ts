// The layout worker: runs cytoscape-fcose (force-directed, compound-aware) on a headless Cytoscape, or
// elkjs's layered algorithm (left-to-right in supply direction), off the main thread, and posts the
// positions back for the page to apply. Cancelling terminates the worker.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

import { elkCentres, toElkGraph, type Point } from './elk-graph.js';
import type { LayoutReply, LayoutRequest } from './layout-protocol.js';

cytoscape.use(fcose);

const post = (reply: LayoutReply) => {
  self.postMessage(reply);
};

function runFcose(req: LayoutRequest): Point[] {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [
      { selector: 'node', style: { width: 'data(w)', height: 'data(h)' } },
      { selector: ':parent', style: { padding: '12px' } },
    ],
    elements: [
      ...req.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, parent: n.parent ?? undefined, w: n.w, h: n.h },
        position: { x: n.x ?? 0, y: n.y ?? 0 },
      })),
      ...req.edges.map((e, i) => ({
        group: 'edges' as const,
        data: { id: `l${String(i)}`, source: e.source, target: e.target },
      })),
    ],
  });
  const fixed = req.nodes
    .filter((n) => n.fixed && n.x !== undefined && n.y !== undefined)
    .map((n) => ({ nodeId: n.id, position: { x: n.x ?? 0, y: n.y ?? 0 } }));
  const many = req.nodes.length > 1000;
  cy.layout({
    name: 'fcose',
    animate: false,
    randomize: req.randomize,
    // The spectral start untangles, the force pass spreads; a large view gets fewer iterations,
    // more repulsion and longer edges so thousands of firms fan out instead of piling up.
    quality: 'default',
    nodeRepulsion: () => (many ? 12000 : 6000),
    idealEdgeLength: () => (many ? 90 : 60),
    edgeElasticity: () => 0.3,
    nestingFactor: 0.2,
    gravity: many ? 0.1 : 0.25,
    numIter: many ? 1200 : 2500,
    nodeSeparation: 60,
    uniformNodeDimensions: many,
    packComponents: true,
    ...(fixed.length > 0 ? { fixedNodeConstraint: fixed } : {}),
  } as cytoscape.LayoutOptions).run();
  return cy.nodes(':childless').map((n) => {
    const p = n.position();
    return { id: n.id(), x: p.x, y: p.y };
  });
}

async function runElk(req: LayoutRequest): Promise<Point[]> {
  // elkjs is most of this worker's code (1.4 MB): loaded only when the layered layout is asked for,
  // so every force-directed run (one fresh worker each) starts without parsing it.
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  return elkCentres(await new ELK().layout(toElkGraph(req)));
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const req = event.data;
  const t0 = performance.now();
  post({ kind: 'progress', phase: 'layout' });
  const run = req.algorithm === 'elk' ? runElk(req) : Promise.resolve().then(() => runFcose(req));
  run.then(
    (positions) => {
      post({ kind: 'done', positions, ms: performance.now() - t0 });
    },
    (e: unknown) => {
      post({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    },
  );
};
