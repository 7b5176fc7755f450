// Where on the network canvas a test can click to reach a given element, asked of Cytoscape itself
// (the canvas has no DOM per node).
import type { Page } from '@playwright/test';
import type { Core } from 'cytoscape';

type WithCy = { cy: Core };

/**
 * An open group and a point just inside its border, in its padding, where a click lands on the group
 * itself: not on a firm inside it, a link crossing the border, a neighbouring group a saved layout
 * left overlapping it, or anything the page draws over the canvas. Asked of Cytoscape's own hit test
 * (the one its clicks use), side by side from the middle of each side outwards, group by group: in a
 * workspace other tests have grown, one group can lie under others on every side.
 */
export const groupBorderPoint = (page: Page) =>
  page.getByTestId('network-canvas').evaluate((el) => {
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
    const w = cy.width();
    const h = cy.height();
    const reaches = (id: string, x: number, y: number) => {
      if (x < 1 || y < 1 || x > w - 1 || y > h - 1) return false;
      const at = hit.findNearestElement(
        (x - cy.pan().x) / cy.zoom(),
        (y - cy.pan().y) / cy.zoom(),
        true,
        false,
      );
      return at?.id() === id && container.contains(doc.elementFromPoint(box.left + x, box.top + y));
    };
    for (const group of cy.nodes('.group.expanded').toArray()) {
      const id = group.id();
      const b = group.renderedBoundingBox({ includeLabels: false });
      const [mx, my] = [(b.x1 + b.x2) / 2, (b.y1 + b.y2) / 2];
      for (let d = 0; d <= Math.max(b.x2 - b.x1, b.y2 - b.y1) / 2 - 8; d += 4)
        for (const [x, y] of [
          [mx - d, b.y1 + 2],
          [mx + d, b.y1 + 2],
          [mx - d, b.y2 - 2],
          [mx + d, b.y2 - 2],
          [b.x1 + 2, my - d],
          [b.x1 + 2, my + d],
          [b.x2 - 2, my - d],
          [b.x2 - 2, my + d],
        ] as const) {
          const inside = x > b.x1 && x < b.x2 && y > b.y1 && y < b.y2;
          if (inside && reaches(id, x, y)) return { id, x, y };
        }
    }
    throw new Error('no open group has a point on its border that reaches it');
  });
