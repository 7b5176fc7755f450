// Pan and zoom of a map picture as plain numbers: screen = model × k + (x, y). Pure, so fitting,
// zooming about the pointer and centring on a firm are tested without a DOM.
import type { Rect } from '../../../shared/maps/types.js';

export type Viewport = { x: number; y: number; k: number };
export type Size = { width: number; height: number };

export const MIN_K = 0.05;
export const MAX_K = 4;

const clampK = (k: number): number => Math.min(MAX_K, Math.max(MIN_K, k));

/** The whole rectangle in view, centred, with `pad` screen pixels around it and `top` more above. */
export function fitRect(r: Rect, view: Size, pad = 16, top = 0): Viewport {
  const k = clampK(
    Math.min(
      (view.width - 2 * pad) / Math.max(r.width, 1),
      (view.height - 2 * pad - top) / Math.max(r.height, 1),
    ),
  );
  return {
    k,
    x: (view.width - r.width * k) / 2 - r.x * k,
    y: top + (view.height - top - r.height * k) / 2 - r.y * k,
  };
}

/** Zoom by `factor` keeping the model point under screen point (px, py) where it is. */
export function zoomAt(v: Viewport, factor: number, px: number, py: number): Viewport {
  const k = clampK(v.k * factor);
  const f = k / v.k;
  return { k, x: px - (px - v.x) * f, y: py - (py - v.y) * f };
}

/** Centre the rectangle in the view, zooming in at least to `minK` so it can be read. */
export function centreOn(v: Viewport, r: Rect, view: Size, minK = 1): Viewport {
  const k = clampK(Math.max(v.k, minK));
  return {
    k,
    x: view.width / 2 - (r.x + r.width / 2) * k,
    y: view.height / 2 - (r.y + r.height / 2) * k,
  };
}

/**
 * The rectangle centred in the view less `inset` (controls above, a side panel on the right), as large
 * as fits in most of that room but never past 100 % (a small segment is not blown up), so a linked
 * segment is found and read at once.
 */
export function focusOn(
  r: Rect,
  view: Size,
  inset: { top?: number; right?: number } = {},
): Viewport {
  const top = inset.top ?? 0;
  const room = { width: Math.max(view.width - (inset.right ?? 0), 1), height: view.height - top };
  const k = clampK(
    Math.min(
      1,
      (room.width * 0.8) / Math.max(r.width, 1),
      (room.height * 0.8) / Math.max(r.height, 1),
    ),
  );
  return {
    k,
    x: room.width / 2 - (r.x + r.width / 2) * k,
    y: top + room.height / 2 - (r.y + r.height / 2) * k,
  };
}

/** The model rectangle the screen shows. */
export const visibleRect = (v: Viewport, view: Size): Rect => ({
  x: -v.x / v.k,
  y: -v.y / v.k,
  width: view.width / v.k,
  height: view.height / v.k,
});

export const intersects = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
