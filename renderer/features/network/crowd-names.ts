// The names of a large view's smaller firms (class `crowd`), given only to the firms in view once the
// view is zoomed in far enough to read them (class `named`). A name Cytoscape does not draw is still
// measured and styled when a firm is added or moved: on 2,000 firms that was about a quarter of the
// time it took to add them.
import type { Core } from 'cytoscape';

import { namedInView } from '../../../shared/network/labels.js';

/** Quiet time after the last pan or zoom step before the names are given. */
const SETTLE_MS = 150;

export class CrowdNames {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly onViewport = (): void => {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.apply();
    }, SETTLE_MS);
  };

  constructor(private readonly cy: Core) {
    cy.on('viewport', this.onViewport);
  }

  /** Names the crowd firms in view when zoomed in far enough; takes the names of the others away. */
  apply(): void {
    const cy = this.cy;
    const crowd = cy.nodes('.crowd');
    if (crowd.empty()) return;
    const zoom = cy.zoom();
    const extent = cy.extent();
    cy.batch(() => {
      crowd.forEach((n) => {
        const named = namedInView(n.position(), extent, zoom);
        if (named !== n.hasClass('named')) n.toggleClass('named', named);
      });
    });
  }

  detach(): void {
    clearTimeout(this.timer);
    this.cy.removeListener('viewport', this.onViewport);
  }
}
