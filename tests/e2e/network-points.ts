// Where on the network canvas a test can click to reach a given element, asked of Cytoscape itself
// (the canvas has no DOM per node).
import type { Page } from '@playwright/test';
import type { Core } from 'cytoscape';

type WithCy = { cy: Core };

/**
 * A point just inside the group's top or bottom border, in its padding, where a click lands on the
 * group itself: not on a firm inside it, a link crossing the border, a neighbouring group a saved
 * layout left overlapping it, or anything the page draws over the canvas. Asked of Cytoscape's own hit test (the one its clicks use), from the
 * middle of the border outwards.
 */
export const paddingPoint = (page: Page, groupId: string) =>
  page.getByTestId('network-canvas').evaluate((el, id) => {
    type HitTest = {
      findNearestElement: (
        x: number,
        y: number,
        interactive: boolean,
        touch: boolean,
      ) => { id: () => string } | null;
    };
    const cy = (el as unknown as WithCy).cy;
    const hit = (cy as unknown as { renderer: () => HitTest }).renderer();
    const b = cy.getElementById(id).renderedBoundingBox({ includeLabels: false });
    const mid = (b.x1 + b.x2) / 2;
    // Something drawn over the canvas there (the state line, a panel) would take the click instead.
    type Box = {
      contains: (other: unknown) => boolean;
      getBoundingClientRect: () => { left: number; top: number };
    };
    const doc = (
      globalThis as unknown as { document: { elementFromPoint: (x: number, y: number) => unknown } }
    ).document;
    const container = el as unknown as Box;
    const box = container.getBoundingClientRect();
    const onCanvas = (x: number, y: number) =>
      container.contains(doc.elementFromPoint(box.left + x, box.top + y));
    const zoom = cy.zoom();
    const pan = cy.pan();
    for (let dx = 0; dx <= (b.x2 - b.x1) / 2 - 8; dx += 4)
      for (const x of [mid - dx, mid + dx])
        for (const y of [b.y1 + 2, b.y2 - 2]) {
          const found = hit.findNearestElement((x - pan.x) / zoom, (y - pan.y) / zoom, true, false);
          if (found?.id() === id && onCanvas(x, y)) return { x, y };
        }
    throw new Error(`no point on the border of ${id} reaches the group`);
  }, groupId);
