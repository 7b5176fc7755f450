// Where on the network canvas a test can click to reach a given element, asked of Cytoscape itself
// (the canvas has no DOM per node).
import type { Page } from '@playwright/test';
import type { Core } from 'cytoscape';

type WithCy = { cy: Core };

/**
 * A point just inside the group's top or bottom border, in its padding, where a click lands on the
 * group itself: not on a firm inside it, a link crossing the border, or a neighbouring group a saved
 * layout left overlapping it. Asked of Cytoscape's own hit test (the one its clicks use), from the
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
    const zoom = cy.zoom();
    const pan = cy.pan();
    for (let dx = 0; dx <= (b.x2 - b.x1) / 2 - 8; dx += 4)
      for (const x of [mid - dx, mid + dx])
        for (const y of [b.y1 + 2, b.y2 - 2]) {
          const found = hit.findNearestElement((x - pan.x) / zoom, (y - pan.y) / zoom, true, false);
          if (found?.id() === id) return { x, y };
        }
    throw new Error(`no point on the border of ${id} reaches the group`);
  }, groupId);
