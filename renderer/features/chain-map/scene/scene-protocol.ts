// Messages between the chain map and its layout worker: the map data once per chain (in the api's
// columns, cheap to copy), then one layout request per change (expanded segments, links, language,
// window shape); each answer carries the request's id, so a late answer to an old request is ignored.
import type { MapGraphWire } from '../../../../shared/maps/graph-wire.js';
import type { ChainLayoutInput } from '../../../../shared/maps/layout-chain.js';
import type { MapScene } from '../../../../shared/maps/types.js';

export type SceneInput = Omit<ChainLayoutInput, 'rows'>;

export type SceneRequest =
  | { kind: 'graph'; graphId: number; chainId: number; wire: MapGraphWire }
  | { kind: 'layout'; id: number; graphId: number; input: SceneInput };

export type SceneReply =
  /** Each firm's one segment (firm id → segment id), for hover highlights and search. */
  | { kind: 'home'; graphId: number; pairs: [number, number][] }
  | { kind: 'scene'; id: number; scene: MapScene; ms: number }
  | { kind: 'error'; id: number; message: string };
