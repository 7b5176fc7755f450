// The chain map's layout worker: keeps the chain's data and lays the picture out off the main thread.
// Chain 38 of Willems (2,025 firms, 16,225 links) took 60–480 ms of layout on the main thread on a
// loaded machine, inside one task with the page's first render; here the page stays responsive.
import { buildChainModel } from '../../../../shared/maps/chain-model.js';
import { decodeMapGraph, type MapGraph } from '../../../../shared/maps/graph-wire.js';
import { layoutChain } from '../../../../shared/maps/layout-chain.js';
import type { SceneReply, SceneRequest } from './scene-protocol.js';

let rows: MapGraph | null = null;
let graphId = -1;

const post = (reply: SceneReply): void => {
  self.postMessage(reply);
};

self.onmessage = (event: MessageEvent<SceneRequest>) => {
  const msg = event.data;
  if (msg.kind === 'graph') {
    rows = decodeMapGraph(msg.wire);
    graphId = msg.graphId;
    const home = buildChainModel(msg.chainId, rows, [], []).home;
    post({ kind: 'home', graphId, pairs: [...home] });
    return;
  }
  try {
    if (!rows || msg.graphId !== graphId) throw new Error('map data not loaded');
    const t0 = performance.now();
    const scene = layoutChain({ ...msg.input, rows });
    post({ kind: 'scene', id: msg.id, scene, ms: performance.now() - t0 });
  } catch (e) {
    post({ kind: 'error', id: msg.id, message: e instanceof Error ? e.message : String(e) });
  }
};
