// Sizes of the map scene in model pixels, and small builders for its texts and rectangles. One table,
// so the screen, the SVG writer and the tests agree on every distance.
import { textWidth } from './measure.js';
import type { BoxStyle, SceneRect, SceneText, TextStyle } from './types.js';

export const G = {
  margin: 24,
  titleHeight: 64,
  laneGap: 120,
  laneHeader: 36,
  lanePad: 12,
  segGap: 12,
  segPad: 10,
  segHeader: 52,
  segMinWidth: 232,
  chipWidth: 150,
  chipHeight: 28,
  targetHeight: 40,
  chipGap: 6,
  emptyRow: 22,
  /** Chips a collapsed segment shows before "N more". */
  maxChips: 12,
  /** Targets shown inside a 缺链/断链 box. */
  targetsPerGap: 3,
  legendRow: 24,
  noteHeight: 28,
} as const;

/** Zoom levels below which the screen leaves a text out (labels by zoom). */
export const MIN_ZOOM = {
  always: 0,
  segment: 0.2,
  count: 0.3,
  chip: 0.45,
  flow: 0.5,
} as const;

export const rect = (
  x: number,
  y: number,
  width: number,
  height: number,
  style: BoxStyle,
  radius = 4,
): SceneRect => ({ x, y, width, height, style, radius });

export type TextOpts = {
  size: number;
  style: TextStyle;
  weight?: 400 | 700;
  anchor?: 'start' | 'middle' | 'end';
  maxWidth?: number;
  minZoom?: number;
};

export const text = (x: number, y: number, value: string, o: TextOpts): SceneText => ({
  x,
  y,
  text: value,
  size: o.size,
  weight: o.weight ?? 400,
  anchor: o.anchor ?? 'start',
  style: o.style,
  maxWidth: o.maxWidth ?? textWidth(value, o.size),
  minZoom: o.minZoom ?? 0,
});

/** Baseline that centres a line of `size` px text in a row starting at `top` of height `height`. */
export const baseline = (top: number, height: number, size: number): number =>
  top + height / 2 + size * 0.36;
