// The canvas side of drawing a link: turns Cytoscape taps into draw events (a firm, a group, empty
// canvas), rings the chosen supplier and draws a dashed line from it to the pointer in an SVG laid
// over the canvas (no Cytoscape elements are added, so layouts and exports never see it).
import type { Core, EventObject, NodeSingular } from 'cytoscape';

import type { DrawEvent } from './draw-link-state.js';

/** Class on the chosen supplier: tests and the bench read it; the ring itself is a style bypass. */
export const SUPPLIER_CLASS = 'draw-supplier';
const RING = {
  'underlay-color': '#fa541c',
  'underlay-opacity': 0.5,
  'underlay-padding': 8,
  'underlay-shape': 'ellipse',
};
const SVG = 'http://www.w3.org/2000/svg';

export type DrawBinding = { destroy: () => void };

/** What a tap hit, as a draw event; null for an edge (a link is not a place to start or end). */
export function tapEvent(cy: Core, target: unknown): DrawEvent | null {
  if (target === cy) return { type: 'tapBackground' };
  const el = target as NodeSingular;
  if (typeof el.isNode !== 'function' || !el.isNode()) return null;
  const label = String(el.data('label') ?? '');
  if (el.hasClass('group'))
    return { type: 'tapGroup', name: label, collapsed: el.hasClass('collapsed') };
  const firmId = el.data('firmId') as unknown;
  return typeof firmId === 'number' ? { type: 'tapFirm', firm: { id: firmId, name: label } } : null;
}

/**
 * Listens to the canvas while the mode is on. `supplierNode` is the chosen supplier's node id (null
 * before one is chosen); call destroy when the mode ends or the supplier or the elements change.
 */
export function bindDrawLink(
  cy: Core,
  supplierNode: string | null,
  dispatch: (e: DrawEvent) => void,
): DrawBinding {
  const container = cy.container();
  const onTap = (e: EventObject) => {
    const event = tapEvent(cy, e.target);
    if (event) dispatch(event);
  };
  cy.on('tap', onTap);
  // The cursor is set on the box around Cytoscape's own: Cytoscape takes any attribute change on its
  // box for a resize and redraws the whole picture.
  const cursorBox = container?.parentElement ?? container;
  const cursor = cursorBox?.style.cursor ?? '';
  if (cursorBox) cursorBox.style.cursor = 'crosshair';

  const supplier = supplierNode === null ? cy.collection() : cy.getElementById(supplierNode);
  supplier.addClass(SUPPLIER_CLASS).style(RING);
  const band = supplier.nonempty() && container ? rubberBand(container) : null;
  let pointer: { x: number; y: number } | null = null;
  const redraw = () => {
    if (!band) return;
    const from = supplier.renderedPosition();
    band.show(from, pointer);
  };
  const onMove = (e: EventObject) => {
    pointer = e.renderedPosition;
    redraw();
  };
  const onOut = () => {
    pointer = null;
    redraw();
  };
  if (band) {
    cy.on('mousemove', onMove);
    cy.on('viewport', redraw);
    supplier.on('position', redraw);
    container?.addEventListener('mouseleave', onOut);
  }

  return {
    destroy: () => {
      if (cursorBox) cursorBox.style.cursor = cursor;
      container?.removeEventListener('mouseleave', onOut);
      band?.remove();
      if (cy.destroyed()) return;
      cy.off('tap', onTap);
      cy.off('mousemove', onMove);
      cy.off('viewport', redraw);
      supplier.off('position', undefined, redraw);
      if (supplier.inside()) {
        supplier.removeClass(SUPPLIER_CLASS);
        supplier.removeStyle(Object.keys(RING).join(' '));
      }
    },
  };
}

/** A dashed arrow over the canvas from the supplier to the pointer; hidden while the pointer is out. */
function rubberBand(container: HTMLElement) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('data-testid', 'draw-link-band');
  Object.assign(svg.style, {
    position: 'absolute',
    inset: '0',
    width: '100%',
    height: '100%',
    pointerEvents: 'none',
    zIndex: '10',
  });
  svg.innerHTML =
    '<defs><marker id="draw-link-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" ' +
    'markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#fa541c"/>' +
    '</marker></defs>';
  const line = document.createElementNS(SVG, 'line');
  line.setAttribute('stroke', '#fa541c');
  line.setAttribute('stroke-width', '2');
  line.setAttribute('stroke-dasharray', '6 4');
  line.setAttribute('marker-end', 'url(#draw-link-arrow)');
  svg.appendChild(line);
  container.appendChild(svg);
  return {
    show(from: { x: number; y: number }, to: { x: number; y: number } | null) {
      line.style.display = to ? '' : 'none';
      if (!to) return;
      line.setAttribute('x1', String(from.x));
      line.setAttribute('y1', String(from.y));
      line.setAttribute('x2', String(to.x));
      line.setAttribute('y2', String(to.y));
    },
    remove() {
      svg.remove();
    },
  };
}
