// Makes Cytoscape's cached images of the elements in view before the frame that first paints them.
// Cytoscape draws each new element into a shared texture canvas and paints from that canvas straight
// away, element after element; Chromium copies a canvas that changed since it was last painted from,
// so every new image cost a copy of its whole texture (300 firms into a 1024-px canvas, measured
// alone: 4.4 s made one by one, 36 ms made first). Made all first, the frame paints from textures that
// no longer change. This reaches into the canvas renderer's texture caches, which are not public: where
// they are missing nothing is done and the frame makes the images itself, as before.
import type { Core } from 'cytoscape';

type Box = { w: number; h: number };
type TextureCache = {
  getBoundingBox: (ele: unknown) => Box | null | undefined;
  getElement: (ele: unknown, bb: Box, pxRatio: number) => unknown;
};
type CanvasRenderer = {
  data?: { eleTxrCache?: unknown; lblTxrCache?: unknown };
  getPixelRatio?: () => number;
};

const isCache = (c: unknown): c is TextureCache =>
  typeof c === 'object' &&
  c !== null &&
  typeof (c as Partial<TextureCache>).getElement === 'function' &&
  typeof (c as Partial<TextureCache>).getBoundingBox === 'function';

/** Makes the images of the elements in view at the current zoom; answers how many it reached. */
export function warmTextures(cy: Core): number {
  const r = (cy as unknown as { renderer?: () => CanvasRenderer | undefined }).renderer?.();
  const caches = [r?.data?.eleTxrCache, r?.data?.lblTxrCache].filter(isCache);
  if (!r || caches.length === 0 || typeof r.getPixelRatio !== 'function') return 0;
  const px = r.getPixelRatio();
  const view = cy.extent();
  let reached = 0;
  cy.elements().forEach((ele) => {
    const bb = ele.boundingBox();
    if (bb.x2 < view.x1 || bb.x1 > view.x2 || bb.y2 < view.y1 || bb.y1 > view.y2) return;
    for (const cache of caches) {
      const box = cache.getBoundingBox(ele);
      if (box && box.w > 0 && box.h > 0 && cache.getElement(ele, box, px) != null) reached++;
    }
  });
  return reached;
}
