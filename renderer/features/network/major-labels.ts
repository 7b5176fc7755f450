// Keeps the names of a large view's biggest firms (class `major`) readable at every zoom: their font
// size follows the zoom, set once a zoom gesture has ended, because each change redraws Cytoscape's
// cached layers and doing it on every wheel step would make zooming stutter. Names that would cover a
// bigger firm's name at that size are left out (class `spaced-out`) until zoomed in.
import type { Core, NodeSingular } from 'cytoscape';

import { labelBox, spacedLabels } from '../../../shared/network/label-spacing.js';
import { permanentLabelSize } from '../../../shared/network/labels.js';
import { whenSettled } from './when-settled.js';

/** Resizing for less than this relative change is not worth a redraw. */
const MIN_CHANGE = 0.12;

export class MajorLabels {
  private size = 0;
  private readonly stop: () => void;

  constructor(private readonly cy: Core) {
    this.stop = whenSettled(cy, 'zoom', () => {
      this.apply(false);
    });
  }

  /** The font size the labels have now (a hovered firm returns to it). */
  get current(): number {
    return this.size;
  }

  /**
   * Sizes the labels for the current zoom (`force` after new elements came in without a size) and
   * spaces them for the current positions; a small change of zoom keeps the last size and spacing.
   */
  apply(force: boolean): void {
    const size = permanentLabelSize(this.cy.zoom());
    if (!force && this.size > 0 && Math.abs(size / this.size - 1) < MIN_CHANGE) return;
    const resized = force || size !== this.size;
    this.size = size;
    this.space(resized);
  }

  /** Leaves out the names that would cover a bigger firm's name (after a move, a layout). */
  space(resize = false): void {
    const majors = this.cy.nodes('.major');
    if (majors.empty() || this.size === 0) return;
    const rank = (n: NodeSingular) => Number(n.data('labelRank') ?? 0);
    const ordered = majors.toArray().sort((a, b) => rank(a) - rank(b));
    const shown = spacedLabels(
      ordered.map((n) =>
        labelBox(
          n.id(),
          n.position(),
          Number(n.data('size') ?? 0),
          String(n.data('label') ?? ''),
          this.size,
        ),
      ),
    );
    this.cy.batch(() => {
      if (resize) majors.style('font-size', this.size);
      for (const n of ordered) n.toggleClass('spaced-out', !shown.has(n.id()));
    });
  }

  detach(): void {
    this.stop();
  }
}
