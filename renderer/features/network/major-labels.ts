// Keeps the names of a large view's biggest firms (class `major`) readable at every zoom: their font
// size follows the zoom, set once a zoom gesture has ended, because each change redraws Cytoscape's
// cached layers and doing it on every wheel step would make zooming stutter.
import type { Core } from 'cytoscape';

import { permanentLabelSize } from '../../../shared/network/labels.js';

/** Quiet time after the last zoom step before the labels are resized. */
const SETTLE_MS = 150;
/** Resizing for less than this relative change is not worth a redraw. */
const MIN_CHANGE = 0.12;

export class MajorLabels {
  private size = 0;
  private timer: number | undefined;
  private readonly onZoom = (): void => {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.apply(false);
    }, SETTLE_MS);
  };

  constructor(private readonly cy: Core) {
    cy.on('zoom', this.onZoom);
  }

  /** The font size the labels have now (a hovered firm returns to it). */
  get current(): number {
    return this.size;
  }

  /** Sizes the labels for the current zoom; `force` after new elements came in without a size. */
  apply(force: boolean): void {
    const size = permanentLabelSize(this.cy.zoom());
    if (!force && this.size > 0 && Math.abs(size / this.size - 1) < MIN_CHANGE) return;
    this.size = size;
    const majors = this.cy.nodes('.major');
    if (majors.empty()) return;
    this.cy.batch(() => {
      majors.style('font-size', size);
    });
  }

  detach(): void {
    window.clearTimeout(this.timer);
    this.cy.removeListener('zoom', this.onZoom);
  }
}
