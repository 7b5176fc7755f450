// One segment box of a chain or cluster picture: header (★ name, state badge, counts), its firms as
// chips (the top ones when over-full, with a "N more" chip that expands it), 建议招引 chips for a
// gap, then its child segments. Sizes are measured first, then boxes are placed at a given width.
import { fill, grouped, type MapWords } from './labels.js';
import { baseline, G, MIN_ZOOM, rect, text } from './geometry.js';
import { fitText, shortFirmName, textWidth } from './measure.js';
import { ANCHOR_TAG, type MappedFirm, type SegNode } from './chain-model.js';
import type { ChipItem, SceneRect, SceneText, SegmentItem } from './types.js';

export type BoxOptions = {
  words: MapWords;
  expanded: ReadonlySet<number>;
  maxChips: number;
  targetsPerGap: number;
  /** Firms to mark as shared (several segments of this chain, or several chains of a cluster). */
  shared: ReadonlySet<number>;
  chainId: number;
  /** Height past which child segments wrap into another column (Infinity: one column). */
  limit: number;
  /** Sizes measured for this limit, so each box is measured once. */
  cache: Map<SegNode, Size>;
};

export type Placed = { segments: SegmentItem[]; chips: ChipItem[] };

type Content = {
  shown: MappedFirm[];
  hidden: number;
  more: 'more' | 'collapse' | null;
  targets: SegNode['targets'];
  cols: number;
};

const isGap = (n: SegNode): boolean =>
  n.result?.state === 'missing' || n.result?.state === 'broken' || n.result === undefined;

function contentOf(n: SegNode, o: BoxOptions): Content {
  const expanded = o.expanded.has(n.seg.id);
  const targets = isGap(n) ? n.targets.slice(0, o.targetsPerGap) : [];
  // A target already mapped here is drawn once, as its 建议招引 chip.
  const targeted = new Set(targets.map((t) => t.enterpriseId));
  const firms = n.firms.filter((f) => !targeted.has(f.firm.id));
  const over = firms.length > o.maxChips;
  const shown = over && !expanded ? firms.slice(0, o.maxChips - 1) : firms;
  const chipCount = shown.length + (over ? 1 : 0);
  const cols =
    expanded && over ? Math.max(2, Math.ceil(Math.sqrt(chipCount / 3))) : chipCount > 6 ? 2 : 1;
  return {
    shown,
    hidden: firms.length - shown.length,
    more: over ? (expanded ? 'collapse' : 'more') : null,
    targets,
    cols: Math.max(cols, targets.length > 0 && chipCount === 0 ? 1 : cols),
  };
}

const gridWidth = (cols: number): number => cols * G.chipWidth + (cols - 1) * G.chipGap;
const rows = (count: number, cols: number): number => Math.ceil(count / Math.max(cols, 1));

function ownHeight(c: Content): number {
  const chipRows = rows(c.shown.length + (c.more ? 1 : 0), c.cols);
  const targetRows = rows(c.targets.length, c.cols);
  let h = 0;
  if (chipRows > 0) h += chipRows * (G.chipHeight + G.chipGap) - G.chipGap;
  if (targetRows > 0)
    h += (h > 0 ? G.chipGap : 0) + targetRows * (G.targetHeight + G.chipGap) - G.chipGap;
  return h;
}

type Size = { width: number; height: number; columns: SegNode[][]; colWidths: number[] };

/** Greedy top-to-bottom columns: a new column starts when the next item would pass `limit`. */
export function wrapColumns<T>(
  items: readonly T[],
  height: (t: T) => number,
  limit: number,
  gap: number,
): T[][] {
  const columns: T[][] = [];
  let used = 0;
  for (const item of items) {
    const h = height(item);
    const current = columns[columns.length - 1];
    if (current && current.length > 0 && used + gap + h <= limit) {
      current.push(item);
      used += gap + h;
    } else {
      columns.push([item]);
      used = h;
    }
  }
  return columns;
}

const stackHeight = (hs: readonly number[], gap: number): number =>
  hs.reduce((a, b) => a + b, 0) + Math.max(0, hs.length - 1) * gap;

/** Size of the box of `n` with its children wrapped into columns at the options' height limit. */
export function measure(n: SegNode, o: BoxOptions): Size {
  const hit = o.cache.get(n);
  if (hit) return hit;
  const c = contentOf(n, o);
  const own = ownHeight(c);
  const badge = textWidth(o.words.stateText(n.display), 12) + 16;
  const header = Math.min(textWidth(n.seg.name, 14) + 20 + badge + 24, 320);
  const chips =
    c.shown.length + c.targets.length + (c.more ? 1 : 0) > 0 ? gridWidth(c.cols) + 2 * G.segPad : 0;
  const room = o.limit - G.segHeader - own - G.segPad;
  const columns = wrapColumns(n.children, (k) => measure(k, o).height, room, G.segGap);
  const colWidths = columns.map((col) => Math.max(...col.map((k) => measure(k, o).width)));
  const kidsWidth =
    colWidths.reduce((a, b) => a + b, 0) + Math.max(0, columns.length - 1) * G.segGap;
  const kidsHeight = Math.max(
    0,
    ...columns.map((col) =>
      stackHeight(
        col.map((k) => measure(k, o).height),
        G.segGap,
      ),
    ),
  );
  const body = own + (own > 0 && kidsHeight > 0 ? G.segGap : 0) + kidsHeight;
  const size: Size = {
    width: Math.max(
      G.segMinWidth,
      header,
      chips,
      columns.length > 0 ? kidsWidth + 2 * G.segPad : 0,
    ),
    height: G.segHeader + (body > 0 ? body : G.emptyRow) + G.segPad,
    columns,
    colWidths,
  };
  o.cache.set(n, size);
  return size;
}

function header(
  n: SegNode,
  x: number,
  y: number,
  w: number,
  o: BoxOptions,
): { decor: SceneRect[]; texts: SceneText[] } {
  const words = o.words;
  const stateText = words.stateText(n.display);
  const bw = textWidth(stateText, 12) + 12;
  const decor: SceneRect[] = [rect(x + w - G.segPad - bw, y + 8, bw, 20, `badge-${n.display}`, 3)];
  const texts: SceneText[] = [
    text(x + w - G.segPad - bw / 2, baseline(y + 8, 20, 12), stateText, {
      size: 12,
      style: 'badge',
      weight: 700,
      anchor: 'middle',
      minZoom: MIN_ZOOM.segment,
    }),
  ];
  const nameRoom = w - 2 * G.segPad - bw - 8;
  const name = fitText(n.seg.isKey ? `★ ${n.seg.name}` : n.seg.name, 14, nameRoom);
  texts.push(
    text(x + G.segPad, baseline(y + 8, 20, 14), name, {
      size: 14,
      style: 'segment',
      weight: 700,
      maxWidth: nameRoom,
      minZoom: MIN_ZOOM.segment,
    }),
  );
  const counts = fill(words.counts, {
    local: grouped(n.localCount),
    outside: grouped(n.outsideCount),
  });
  const leafCounts =
    n.result && !n.result.isLeaf ? `  ${fill(words.leafCounts, n.result.leafCounts)}` : '';
  let lineRoom = w - 2 * G.segPad;
  if (n.localCount === 0 && n.outsideCount > 0) {
    const ow = textWidth(words.outsideOnly, 11) + 10;
    decor.push(rect(x + w - G.segPad - ow, y + 31, ow, 17, 'badge-outside-only', 3));
    texts.push(
      text(x + w - G.segPad - ow / 2, baseline(y + 31, 17, 11), words.outsideOnly, {
        size: 11,
        style: 'count',
        anchor: 'middle',
        minZoom: MIN_ZOOM.count,
      }),
    );
    lineRoom -= ow + 6;
  }
  texts.push(
    text(x + G.segPad, baseline(y + 31, 17, 12), fitText(counts + leafCounts, 12, lineRoom), {
      size: 12,
      style: 'count',
      maxWidth: lineRoom,
      minZoom: MIN_ZOOM.count,
    }),
  );
  if (n.seg.isKey) decor.unshift(rect(x - 3, y - 3, w + 6, 0, 'key-outline', 6));
  return { decor, texts };
}

function firmChip(m: MappedFirm, n: SegNode, x: number, y: number, o: BoxOptions): ChipItem {
  const f = m.firm;
  const anchor = f.tags.includes(ANCHOR_TAG);
  const shared = o.shared.has(f.id);
  const style = anchor ? 'chip-anchor' : f.isLocal ? 'chip-local' : 'chip-outside';
  const label = `${m.uncertain ? '？' : ''}${anchor ? `${o.words.anchorMark}·` : ''}${shortFirmName(f.name)}`;
  const room = G.chipWidth - 14;
  const decor = shared ? [rect(x + G.chipWidth - 10, y, 10, 10, 'chip-shared-mark', 2)] : [];
  return {
    id: `chip:${String(n.seg.id)}:${String(f.id)}`,
    kind: 'firm',
    enterpriseId: f.id,
    segmentId: n.seg.id,
    chainId: o.chainId,
    name: f.name,
    isLocal: f.isLocal,
    isAnchor: anchor,
    isShared: shared,
    frame: rect(x, y, G.chipWidth, G.chipHeight, style, 4),
    decor,
    texts: [
      text(x + 7, baseline(y, G.chipHeight, 12), fitText(label, 12, room), {
        size: 12,
        style: f.isLocal ? 'chip' : 'chip-outside',
        weight: anchor ? 700 : 400,
        maxWidth: room,
        minZoom: MIN_ZOOM.chip,
      }),
    ],
  };
}

/** Places the box of `n` (and its children) with its top-left at (x, y) and the given width. */
export function placeSegment(
  n: SegNode,
  x: number,
  y: number,
  w: number,
  o: BoxOptions,
  out: Placed,
): number {
  const size = measure(n, o);
  const h = size.height;
  const c = contentOf(n, o);
  const { decor, texts } = header(n, x, y, w, o);
  const key = decor.find((d) => d.style === 'key-outline');
  if (key) key.height = h + 6;
  const leaf = n.result?.isLeaf ?? n.children.length === 0;
  out.segments.push({
    id: `seg:${String(n.seg.id)}`,
    segmentId: n.seg.id,
    chainId: o.chainId,
    parentId: n.seg.parentId,
    depth: n.depth,
    stage: n.seg.stage,
    name: n.seg.name,
    state: n.result?.state ?? 'missing',
    display: n.display,
    isKey: n.seg.isKey,
    isLeaf: leaf,
    outsideOnly: n.localCount === 0 && n.outsideCount > 0,
    localCount: n.localCount,
    outsideCount: n.outsideCount,
    hiddenCount: c.hidden,
    expandable: c.more !== null,
    expanded: c.more === 'collapse',
    frame: rect(x, y, w, h, leaf ? `seg-${n.display}` : `parent-${n.display}`, 6),
    decor,
    texts,
  });
  let cy = y + G.segHeader;
  const cells = [...c.shown.map((m) => ({ m })), ...(c.more ? [{ m: null }] : [])];
  cells.forEach((cell, i) => {
    const cx = x + G.segPad + (i % c.cols) * (G.chipWidth + G.chipGap);
    const top = cy + Math.floor(i / c.cols) * (G.chipHeight + G.chipGap);
    if (cell.m) out.chips.push(firmChip(cell.m, n, cx, top, o));
    else out.chips.push(moreChip(n, c, cx, top, o));
  });
  if (cells.length > 0) cy += rows(cells.length, c.cols) * (G.chipHeight + G.chipGap);
  c.targets.forEach((t, i) => {
    const cx = x + G.segPad + (i % c.cols) * (G.chipWidth + G.chipGap);
    const top = cy + Math.floor(i / c.cols) * (G.targetHeight + G.chipGap);
    const room = G.chipWidth - 14;
    out.chips.push({
      id: `target:${String(n.seg.id)}:${String(t.enterpriseId)}`,
      kind: 'target',
      enterpriseId: t.enterpriseId,
      segmentId: n.seg.id,
      chainId: o.chainId,
      name: t.name,
      isLocal: false,
      isAnchor: false,
      isShared: false,
      frame: rect(cx, top, G.chipWidth, G.targetHeight, 'chip-target', 4),
      decor: [],
      texts: [
        text(cx + 7, top + 14, o.words.target, {
          size: 10,
          style: 'chip-target',
          weight: 700,
          minZoom: MIN_ZOOM.chip,
        }),
        text(cx + 7, top + 31, fitText(shortFirmName(t.name), 12, room), {
          size: 12,
          style: 'chip-outside',
          maxWidth: room,
          minZoom: MIN_ZOOM.chip,
        }),
      ],
    });
  });
  if (c.targets.length > 0) cy += rows(c.targets.length, c.cols) * (G.targetHeight + G.chipGap);
  if (cells.length === 0 && c.targets.length === 0 && n.children.length === 0) {
    texts.push(
      text(x + G.segPad, baseline(cy, G.emptyRow, 12), o.words.noFirm, {
        size: 12,
        style: 'muted',
        minZoom: MIN_ZOOM.count,
      }),
    );
  }
  if (cells.length + c.targets.length > 0 && n.children.length > 0) cy += G.segGap - G.chipGap;
  // Children in their columns; spare width (the box is stretched to its column) goes to the last one.
  const used =
    size.colWidths.reduce((a, b) => a + b, 0) + Math.max(0, size.columns.length - 1) * G.segGap;
  const spare = Math.max(0, w - 2 * G.segPad - used);
  let cx = x + G.segPad;
  size.columns.forEach((col, i) => {
    const cw = (size.colWidths[i] ?? 0) + (i === size.columns.length - 1 ? spare : 0);
    let ky = cy;
    for (const kid of col) ky += placeSegment(kid, cx, ky, cw, o, out) + G.segGap;
    cx += cw + G.segGap;
  });
  return h;
}

function moreChip(n: SegNode, c: Content, x: number, y: number, o: BoxOptions): ChipItem {
  const label =
    c.more === 'collapse' ? o.words.collapse : fill(o.words.more, { count: grouped(c.hidden) });
  return {
    id: `more:${String(n.seg.id)}`,
    kind: 'more',
    enterpriseId: null,
    segmentId: n.seg.id,
    chainId: o.chainId,
    name: label,
    isLocal: false,
    isAnchor: false,
    isShared: false,
    frame: rect(x, y, G.chipWidth, G.chipHeight, 'chip-more', 14),
    decor: [],
    texts: [
      text(
        x + G.chipWidth / 2,
        baseline(y, G.chipHeight, 12),
        fitText(label, 12, G.chipWidth - 10),
        {
          size: 12,
          style: 'chip-more',
          anchor: 'middle',
          minZoom: MIN_ZOOM.count,
        },
      ),
    ],
  };
}
