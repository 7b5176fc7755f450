// Keeps every group's name readable at any zoom: a small group beside a big opened one (fitted to
// the view, a zoom of 0.1 or less) had a title a pixel or two high. Once a zoom gesture has ended the
// titles are sized to at least GROUP_TITLE_PX (12 px) on screen (a collapsed group's wrap width grows with it).
import type { Core, NodeSingular } from 'cytoscape';

import { groupTitleStyle } from '../../../shared/network/labels.js';
import { whenSettled } from './when-settled.js';

export class GroupTitles {
  private readonly stop: () => void;

  constructor(private readonly cy: Core) {
    this.stop = whenSettled(cy, 'zoom', () => {
      this.apply();
    });
  }

  /** Sizes every group's title for the current zoom. */
  apply(): void {
    const zoom = this.cy.zoom();
    this.cy.batch(() => {
      this.cy.nodes('.group').forEach((n) => {
        this.size(n, zoom);
      });
    });
  }

  /** One group's title for the current zoom (after a hover changed it). */
  restore(n: NodeSingular): void {
    this.size(n, this.cy.zoom());
  }

  private size(n: NodeSingular, zoom: number): void {
    const kind = n.hasClass('rest') ? 'rest' : n.hasClass('collapsed') ? 'collapsed' : 'open';
    const style = groupTitleStyle({ kind, titleSize: Number(n.data('titleSize') ?? 0) }, zoom);
    n.style('font-size', style.fontSize);
    if (style.wrap !== null) n.style('text-max-width', `${String(style.wrap)}px`);
  }

  detach(): void {
    this.stop();
  }
}
