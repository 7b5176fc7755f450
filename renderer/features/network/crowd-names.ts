// The names of a large view's smaller firms (class `crowd`), given only to the firms in view once the
// view is zoomed in far enough to read them (class `named`). A name Cytoscape does not draw is still
// measured and styled when a firm is added or moved: adding 2,025 firms to a bare page took 494 ms
// with their names and 227 ms without (cold; 163 and 123 ms warm).
import type { Core } from 'cytoscape';

import { namedInView } from '../../../shared/network/labels.js';
import { whenSettled } from './when-settled.js';

export class CrowdNames {
  private readonly stop: () => void;

  constructor(private readonly cy: Core) {
    this.stop = whenSettled(cy, 'viewport', () => {
      this.apply();
    });
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
    this.stop();
  }
}
