// How a dense view's drawn links are painted on a plain canvas under the firms instead of as
// Cytoscape edges: which links, in which colour, width and dash, and the arrow Cytoscape would put
// at each one's middle. The colours come from the stylesheet's constants, so both drawings agree.
import {
  ARROW_SCALE,
  EDGE_OPACITY,
  NETWORK_COLORS,
  onWhite,
  VERIFIED_EDGE,
  type ElementDef,
} from './elements.js';

export type LinkPaint = { color: string; width: number; dashed: boolean };

/** Cytoscape's default dash for a dashed line, in model units. */
export const LINK_DASH: readonly number[] = [6, 3];

const hasClass = (def: ElementDef, cls: string) => def.classes.split(' ').includes(cls);

/**
 * A link between two firms of a dense view (not one summed to a collapsed group: those carry a count
 * label and stay Cytoscape's).
 */
export const isPaintedLink = (def: ElementDef): boolean =>
  def.group === 'edges' && hasClass(def, 'dense') && !hasClass(def, 'summed');

/** The colour, width and dash the stylesheet gives a dense link (opaque colours over white). */
export function linkPaint(def: ElementDef): LinkPaint {
  const width = Number(def.data['width'] ?? 1);
  const hue = hasClass(def, 'verified') ? VERIFIED_EDGE : NETWORK_COLORS.edge;
  return { color: onWhite(hue, EDGE_OPACITY), width, dashed: hasClass(def, 'inferred') };
}

/** Cytoscape's arrow size for a line of `width` (model units). */
export const arrowSize = (width: number): number =>
  Math.max(Math.pow(width * 13.37, 0.9), 29) * ARROW_SCALE;

/**
 * The triangle Cytoscape draws at a link's middle pointing at its target: tip at the midpoint, base
 * 0.3 of the arrow size back towards the source, 0.3 wide. Null for a link whose ends coincide.
 */
export function midArrow(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  width: number,
): [number, number, number, number, number, number] | null {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len = Math.hypot(dx, dy);
  if (len === 0) return null;
  const size = arrowSize(width);
  const ux = dx / len;
  const uy = dy / len;
  const tipX = (x1 + x2) / 2;
  const tipY = (y1 + y2) / 2;
  const baseX = tipX - ux * 0.3 * size;
  const baseY = tipY - uy * 0.3 * size;
  const half = 0.15 * size;
  return [tipX, tipY, baseX - uy * half, baseY + ux * half, baseX + uy * half, baseY - ux * half];
}
