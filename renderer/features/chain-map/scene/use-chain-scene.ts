// The chain map's picture, laid out in a Web Worker: the data goes over once per chain, then each
// change of the input asks for a new scene; the previous scene stays on screen until it arrives.
// Without Worker support (an old embedded browser) the layout runs here, as before.
import { startTransition, useEffect, useRef, useState } from 'react';

import { buildChainModel } from '../../../../shared/maps/chain-model.js';
import { decodeMapGraph, type MapGraphWire } from '../../../../shared/maps/graph-wire.js';
import { layoutChain } from '../../../../shared/maps/layout-chain.js';
import type { MapScene } from '../../../../shared/maps/types.js';
import type { SceneInput, SceneReply, SceneRequest } from './scene-protocol.js';

export type ChainScene = {
  scene: MapScene | null;
  /** Each firm's one segment; null until the worker has read the data. */
  home: ReadonlyMap<number, number> | null;
  error: string | null;
};

let graphIds = 0;

const startWorker = (): Worker =>
  new Worker(new URL('./scene-worker.ts', import.meta.url), { type: 'module' });

/** A worker started while the chain's data is still on its way, taken by the next map. */
let spare: Worker | null = null;

/** Starts the layout worker ahead (the chain map page calls it on mount), so its code loads meanwhile. */
export function prewarmSceneWorker(): void {
  if (typeof Worker !== 'undefined' && spare === null) spare = startWorker();
}

export function useChainScene(wire: MapGraphWire, chainId: number, input: SceneInput): ChainScene {
  const [state, setState] = useState<ChainScene>({ scene: null, home: null, error: null });
  const worker = useRef<Worker | null>(null);
  const graph = useRef(-1);
  const latest = useRef(0);

  useEffect(() => {
    if (typeof Worker === 'undefined') return;
    const w = spare ?? startWorker();
    spare = null;
    worker.current = w;
    // A transition: React renders the new picture in slices between other work instead of one
    // long task (the first picture also mounts the map's controls).
    w.onmessage = (event: MessageEvent<SceneReply>) => {
      const msg = event.data;
      startTransition(() => {
        if (msg.kind === 'home') {
          if (msg.graphId === graph.current) setState((s) => ({ ...s, home: new Map(msg.pairs) }));
        } else if (msg.id === latest.current) {
          setState((s) =>
            msg.kind === 'scene'
              ? { ...s, scene: msg.scene, error: null }
              : { ...s, error: msg.message },
          );
        }
      });
    };
    w.onerror = (e) => {
      setState((s) => ({ ...s, error: e.message || 'layout worker failed' }));
    };
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);

  useEffect(() => {
    graph.current = ++graphIds;
    const w = worker.current;
    if (w) {
      const msg: SceneRequest = { kind: 'graph', graphId: graph.current, chainId, wire };
      w.postMessage(msg);
    }
  }, [wire, chainId]);

  useEffect(() => {
    const id = ++latest.current;
    const w = worker.current;
    if (w) {
      const msg: SceneRequest = { kind: 'layout', id, graphId: graph.current, input };
      w.postMessage(msg);
      return;
    }
    const rows = decodeMapGraph(wire);
    setState({
      scene: layoutChain({ ...input, rows }),
      home: buildChainModel(chainId, rows, [], []).home,
      error: null,
    });
  }, [wire, chainId, input]);

  return state;
}
