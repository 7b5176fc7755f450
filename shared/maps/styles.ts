// Colours and line styles of the map scene, one entry per style key of ./types.ts. Red means a gap
// (缺链/断链) and nothing else; key segments get a neutral dark outline and ★, never red. Every state
// also has a text badge, so a black-and-white print still reads.
import type { SegmentState } from '../analysis/schemas.js';
import type { BoxStyle, DisplayState, EdgeStyle, TextStyle } from './types.js';

export type BoxPaint = { fill: string; stroke: string; strokeWidth: number; dash: number[] | null };
export type TextPaint = { fill: string };
export type EdgePaint = { stroke: string; dash: number[] | null; opacity: number };

/** Fonts the SVG names; the PNG export embeds a CJK face and names it first. */
export const FONT_FAMILY =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

export const DISPLAY_STATES: readonly DisplayState[] = [
  'missing',
  'broken',
  'weak',
  'strong',
  'filling',
];

/** Per state: strong colour (frame, badge) and pale fill (box). */
export const STATE_PALETTE: Record<DisplayState, { strong: string; pale: string }> = {
  missing: { strong: '#cf1322', pale: '#fff1f0' },
  broken: { strong: '#a8071a', pale: '#fff2e8' },
  weak: { strong: '#ad6800', pale: '#fffbe6' },
  strong: { strong: '#237804', pale: '#f6ffed' },
  filling: { strong: '#0958d9', pale: '#e6f4ff' },
};

const box = (fill: string, stroke: string, strokeWidth: number, dash: number[] | null = null) => ({
  fill,
  stroke,
  strokeWidth,
  dash,
});

function stateBoxes(): Record<string, BoxPaint> {
  const out: Record<string, BoxPaint> = {};
  for (const s of DISPLAY_STATES) {
    const p = STATE_PALETTE[s];
    // 断链 is dashed as well as red, so missing and broken differ without colour too.
    const dash = s === 'broken' ? [6, 3] : null;
    out[`seg-${s}`] = box(p.pale, p.strong, 1.5, dash);
    out[`parent-${s}`] = box('#ffffff', p.strong, 1, dash);
    out[`badge-${s}`] = box(p.strong, p.strong, 1);
    out[`bar-${s}`] = box(p.strong, p.strong, 0);
  }
  return out;
}

export const BOX_STYLES = {
  background: box('#ffffff', '#ffffff', 0),
  lane: box('#fafafa', '#d9d9d9', 1),
  'lane-header': box('#f0f0f0', '#d9d9d9', 1),
  band: box('#ffffff', '#bfbfbf', 1),
  'band-header': box('#f5f5f5', '#bfbfbf', 1),
  ...stateBoxes(),
  'badge-outside-only': box('#ffffff', '#595959', 1, [3, 2]),
  'key-outline': box('none', '#262626', 2.5),
  'chip-local': box('#ffffff', '#1d39c4', 1.2),
  'chip-outside': box('#f5f5f5', '#8c8c8c', 1.2, [4, 3]),
  'chip-anchor': box('#ffffff', '#1d39c4', 2.5),
  'chip-target': box('#e6fffb', '#08979c', 1.5, [4, 3]),
  'chip-more': box('#f0f0f0', '#8c8c8c', 1),
  'chip-shared-mark': box('#722ed1', '#722ed1', 0),
  tile: box('#ffffff', '#d9d9d9', 1),
  legend: box('#ffffff', '#d9d9d9', 1),
  title: box('none', 'none', 0),
} as Record<BoxStyle, BoxPaint>;

export const TEXT_STYLES: Record<TextStyle, TextPaint> = {
  title: { fill: '#141414' },
  subtitle: { fill: '#595959' },
  lane: { fill: '#262626' },
  band: { fill: '#141414' },
  segment: { fill: '#141414' },
  badge: { fill: '#ffffff' },
  'badge-on-dark': { fill: '#ffffff' },
  count: { fill: '#434343' },
  muted: { fill: '#8c8c8c' },
  chip: { fill: '#1d39c4' },
  'chip-outside': { fill: '#595959' },
  'chip-target': { fill: '#006d75' },
  'chip-more': { fill: '#434343' },
  'flow-label': { fill: '#434343' },
  'tile-title': { fill: '#141414' },
  'tile-metric': { fill: '#434343' },
  legend: { fill: '#434343' },
  note: { fill: '#8c8c8c' },
};

export const EDGE_STYLES: Record<EdgeStyle, EdgePaint> = {
  'flow-local': { stroke: '#1d39c4', dash: null, opacity: 0.55 },
  'flow-outside': { stroke: '#8c8c8c', dash: [8, 5], opacity: 0.6 },
  'link-local': { stroke: '#1d39c4', dash: null, opacity: 0.5 },
  'link-outside': { stroke: '#8c8c8c', dash: [5, 4], opacity: 0.55 },
  'link-hover': { stroke: '#fa8c16', dash: null, opacity: 0.95 },
};

/** What a segment shows: a signed/landed lead turns a gap into 正在补链; strong stays strong. */
export const displayState = (state: SegmentState, beingFilled: boolean): DisplayState =>
  beingFilled && state !== 'strong' ? 'filling' : state;

/** Worst first, as parents summarise their leaves. */
export const DISPLAY_ORDER: readonly DisplayState[] = [
  'missing',
  'broken',
  'weak',
  'filling',
  'strong',
];
