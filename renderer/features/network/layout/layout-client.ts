// Starts one layout in a fresh Web Worker and hands back a promise plus a cancel: the main thread only
// sends plain data and receives positions, so the page stays responsive however long the layout takes.
import type { LayoutPhase, LayoutReply, LayoutRequest } from './layout-protocol.js';

export type LayoutRun = {
  result: Promise<{ positions: { id: string; x: number; y: number }[]; ms: number }>;
  cancel: () => void;
};

export class LayoutCancelled extends Error {
  constructor() {
    super('layout cancelled');
    this.name = 'LayoutCancelled';
  }
}

export function startLayout(req: LayoutRequest, onPhase: (p: LayoutPhase) => void): LayoutRun {
  const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  let settle: ((e: Error) => void) | undefined;
  const result = new Promise<{ positions: { id: string; x: number; y: number }[]; ms: number }>(
    (resolve, reject) => {
      settle = reject;
      worker.onmessage = (event: MessageEvent<LayoutReply>) => {
        const msg = event.data;
        if (msg.kind === 'progress') onPhase(msg.phase);
        else {
          worker.terminate();
          // No 'done' phase from here: the caller says done once it has applied the positions,
          // which on a large view takes several tasks after this message.
          if (msg.kind === 'done') resolve({ positions: msg.positions, ms: msg.ms });
          else reject(new Error(msg.message));
        }
      };
      worker.onerror = (e) => {
        worker.terminate();
        reject(new Error(e.message || 'layout worker failed'));
      };
    },
  );
  onPhase('prepare');
  worker.postMessage(req);
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle?.(new LayoutCancelled());
    },
  };
}
