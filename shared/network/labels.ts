// Which firms of a large network carry their name at every zoom (the rest are named as the user zooms
// in), and how big that name is drawn so it stays readable however far the view is zoomed out.
import type { NetworkFirm } from './schemas.js';

/** Up to this many firms every firm is labelled alike; above it only the biggest are named at once. */
export const LABEL_ALL_UP_TO = 150;
/** How many firms of a large view are named at every zoom. */
export const PERMANENT_LABELS = 40;
/** The on-screen size (px) of a permanent label, whatever the zoom. */
export const PERMANENT_LABEL_PX = 13;

/** A crowd firm's name size and the smallest on-screen size Cytoscape draws a name at. */
export const CROWD_FONT = 7;
export const MIN_ZOOMED_FONT = 9;
/** From this zoom on a crowd firm's name is drawn at a readable size. */
export const CROWD_NAMES_FROM_ZOOM = MIN_ZOOMED_FONT / CROWD_FONT;

type Extent = { x1: number; y1: number; x2: number; y2: number };

/**
 * Whether a crowd firm at `p` gets its name: the view is zoomed in far enough to draw it and the firm
 * lies within the visible `extent` widened by half its size each way (a name hangs below its firm,
 * and a short pan should not find the names at the edge missing).
 */
export function namedInView(p: { x: number; y: number }, extent: Extent, zoom: number): boolean {
  if (zoom < CROWD_NAMES_FROM_ZOOM) return false;
  const mx = (extent.x2 - extent.x1) / 2;
  const my = (extent.y2 - extent.y1) / 2;
  return (
    p.x >= extent.x1 - mx && p.x <= extent.x2 + mx && p.y >= extent.y1 - my && p.y <= extent.y2 + my
  );
}

type Ranked = Pick<NetworkFirm, 'id' | 'name' | 'revenue' | 'degree'>;

const hasRevenue = (f: Ranked) => f.revenue !== null && f.revenue > 0;

/**
 * The biggest firms: first those with a known revenue, largest first (the figure staff know a firm
 * by), then, to fill up, the others by number of links; ties by links, then by name so the choice
 * does not change between two openings of the same data. A small view names every firm alike, so
 * none is singled out there.
 */
export function permanentLabels(firms: readonly Ranked[], n = PERMANENT_LABELS): Set<string> {
  if (firms.length <= LABEL_ALL_UP_TO) return new Set();
  const ranked = [...firms].sort(
    (a, b) =>
      Number(hasRevenue(b)) - Number(hasRevenue(a)) ||
      (b.revenue ?? 0) - (a.revenue ?? 0) ||
      b.degree - a.degree ||
      a.name.localeCompare(b.name, 'zh-CN') ||
      a.id.localeCompare(b.id),
  );
  return new Set(ranked.slice(0, n).map((f) => f.id));
}

/**
 * The font size, in graph units, that draws a permanent label at `PERMANENT_LABEL_PX` on screen at
 * `zoom`; never smaller than the other labels' own size, so zoomed in it reads like its neighbours.
 */
export const permanentLabelSize = (zoom: number, base = 11): number =>
  Math.max(base, Math.round((PERMANENT_LABEL_PX / Math.max(zoom, 1e-3)) * 10) / 10);

/** The least on-screen size (px) of a group's name. */
export const GROUP_TITLE_PX = 12;
/** A collapsed group's name at zoom 1: its size and the width it wraps at. */
const COLLAPSED_FONT = 16;
const COLLAPSED_WRAP = 160;
const REST_WRAP = 480;

/**
 * A group's name size and wrap width in graph units at `zoom`. An open group's title grows with its
 * box and does not wrap; a collapsed group's name is 16 and wraps at 160; a rest node's words are
 * sized to the firms drawn beside it and wrap at 480. Each is drawn at least GROUP_TITLE_PX high on
 * screen, the wrap width growing with the font so the words keep their lines.
 */
export function groupTitleStyle(
  g: { kind: 'open' | 'collapsed' | 'rest'; titleSize: number },
  zoom: number,
): { fontSize: number; wrap: number | null } {
  const least = GROUP_TITLE_PX / Math.max(zoom, 1e-3);
  const base = g.kind === 'collapsed' ? COLLAPSED_FONT : g.titleSize;
  const fontSize = Math.round(Math.max(base, least) * 10) / 10;
  const grown = fontSize / Math.max(base, 1);
  if (g.kind === 'open') return { fontSize, wrap: null };
  return { fontSize, wrap: Math.round((g.kind === 'rest' ? REST_WRAP : COLLAPSED_WRAP) * grown) };
}
