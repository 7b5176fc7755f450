// layoutChain: one chain as a picture. Three stage lanes side by side (上游 → 中游 → 下游); in each,
// the chain's top segments stacked as boxes coloured by their analysis state, with firms as chips;
// supply links as aggregated flows between segments, firm links only inside expanded segments.
// Pure and deterministic: the same input gives the same scene, on screen and in every export.
import type { SegmentResult, TargetRow } from '../analysis/schemas.js';
import { buildChainModel, STAGES, type ChainGraphRows } from './chain-model.js';
import { legendSlot, noteSlot, titleSlot } from './frame.js';
import { firmLinks, segmentFlows } from './flows.js';
import { G, rect, text } from './geometry.js';
import { fill, grouped, mapWords, type MapLang } from './labels.js';
import { measure, placeSegment, wrapColumns, type BoxOptions, type Placed } from './segment-box.js';
import type { LaneItem, MapScene, Rect, SceneCaption } from './types.js';

export type ChainLayoutInput = {
  chain: { id: number; name: string };
  rows: ChainGraphRows;
  /** The analysis of this chain's segments (ChainResult.segments); absent segments count as 缺链. */
  results: readonly SegmentResult[];
  /** Ranked targets (the analysis' target list); the top ones of each gap segment become chips. */
  targets: readonly TargetRow[];
  lang: MapLang;
  /** Segments whose firms are all drawn. */
  expanded?: readonly number[];
  /** Draw the flows between segments (and firm links inside expanded segments). Default true. */
  links?: boolean;
  caption?: Partial<SceneCaption>;
  /** Firm links drawn inside expanded segments, at most (a readable picture, a bounded scene). */
  maxFirmLinks?: number;
  /** Width / height of the window the picture should fill; tall chains wrap into columns. Default 1.6. */
  aspect?: number;
};

/** How many height limits are tried when fitting the picture to the window's shape. */
const WRAP_TRIES = 8;

export function layoutChain(input: ChainLayoutInput): MapScene {
  const words = mapWords(input.lang);
  const model = buildChainModel(input.chain.id, input.rows, input.results, input.targets);
  const expanded = new Set(input.expanded ?? []);
  const base = {
    words,
    expanded,
    maxChips: G.maxChips,
    targetsPerGap: G.targetsPerGap,
    shared: model.multiSegment,
    chainId: input.chain.id,
  };
  const top = G.titleHeight + 8;
  // Lanes of root boxes wrapped into columns at a height limit; children wrap inside their parents.
  const lanesAt = (limit: number) => {
    const o: BoxOptions = { ...base, limit, cache: new Map() };
    const bodies = STAGES.map((stage) => {
      const roots = model.roots.filter((r) => r.seg.stage === stage);
      const columns = wrapColumns(roots, (r) => measure(r, o).height, limit, G.segGap);
      const widths = columns.map((col) => Math.max(...col.map((r) => measure(r, o).width)));
      const inner = widths.reduce((a, b) => a + b, 0) + Math.max(0, columns.length - 1) * G.segGap;
      const stack = columns.map((col) =>
        col.reduce((h, r, i) => h + measure(r, o).height + (i > 0 ? G.segGap : 0), 0),
      );
      return {
        stage,
        columns,
        widths,
        width: Math.max(G.segMinWidth, inner) + 2 * G.lanePad,
        height: G.laneHeader + 2 * G.lanePad + Math.max(0, ...stack),
      };
    });
    const width = bodies.reduce((a, l) => a + l.width, 0) + 2 * G.laneGap;
    const height = Math.max(...bodies.map((l) => l.height), G.laneHeader + 60);
    return { o, bodies, width, height };
  };
  const aspect = input.aspect ?? 1.6;
  const score = (w: number, h: number) => Math.min(aspect / Math.max(w, 1), 1 / Math.max(h, 1));
  const tallest = lanesAt(Number.POSITIVE_INFINITY);
  let best = tallest;
  for (let n = 2; n <= WRAP_TRIES; n += 1) {
    const candidate = lanesAt(Math.ceil(tallest.height / n / 40) * 40);
    if (score(candidate.width, candidate.height) > score(best.width, best.height)) best = candidate;
  }
  const { o, bodies: laneBodies, height: laneHeight } = best;
  const out: Placed = { segments: [], chips: [] };
  const lanes: LaneItem[] = [];
  let x = G.margin;
  for (const lane of laneBodies) {
    lanes.push({
      id: `lane:${lane.stage}`,
      stage: lane.stage,
      chainId: input.chain.id,
      frame: rect(x, top, lane.width, laneHeight, 'lane', 8),
      decor: [rect(x, top, lane.width, G.laneHeader, 'lane-header', 8)],
      texts: [
        text(x + lane.width / 2, top + 24, words.stage[lane.stage], {
          size: 16,
          style: 'lane',
          weight: 700,
          anchor: 'middle',
        }),
      ],
    });
    const spare =
      lane.width -
      2 * G.lanePad -
      lane.widths.reduce((a, b) => a + b, 0) -
      Math.max(0, lane.columns.length - 1) * G.segGap;
    let cx = x + G.lanePad;
    lane.columns.forEach((col, i) => {
      const cw = (lane.widths[i] ?? 0) + (i === lane.columns.length - 1 ? Math.max(0, spare) : 0);
      let y = top + G.laneHeader + G.lanePad;
      for (const root of col) y += placeSegment(root, cx, y, cw, o, out) + G.segGap;
      cx += cw + G.segGap;
    });
    x += lane.width + G.laneGap;
  }
  const right = x - G.laneGap + G.margin;
  const frames = new Map<number, Rect>(out.segments.map((s) => [s.segmentId, s.frame]));
  const showLinks = input.links ?? true;
  const isLocal = (id: number): boolean => model.firms.get(id)?.isLocal ?? false;
  const edges = showLinks
    ? [
        ...segmentFlows(input.rows.links, model.home, isLocal, frames, words),
        ...firmLinks(
          input.rows.links,
          out.chips,
          (l) =>
            expanded.has(model.home.get(l.supplierId) ?? -1) ||
            expanded.has(model.home.get(l.buyerId) ?? -1),
          input.maxFirmLinks ?? 2000,
        ),
      ]
    : [];
  // Flows that loop out to the right of the last lane need room.
  const width = Math.max(right + 80, 900);
  const legendTop = top + laneHeight + 16;
  const legend = legendSlot(words, legendTop, width, showLinks);
  const noteTop = legendTop + legend.frame.height + 8;
  const dataNote = fill(words.dataNote, {
    firms: grouped(model.firms.size),
    links: grouped(input.rows.links.length),
    segments: grouped(model.order.length),
  });
  const note = noteSlot([dataNote, ...(input.caption?.note ?? [])], noteTop, width);
  const height = noteTop + note.frame.height + G.margin / 2;
  return {
    kind: 'chain',
    width,
    height,
    background: rect(0, 0, width, height, 'background', 0),
    title: titleSlot(
      {
        title: input.caption?.title ?? fill(words.chainTitle, { chain: input.chain.name }),
        ...(input.caption?.subtitle ? { subtitle: input.caption.subtitle } : {}),
      },
      width,
    ),
    legend,
    note,
    bands: [],
    lanes,
    segments: out.segments,
    edges,
    chips: out.chips,
    tiles: [],
    stats: {
      segments: model.order.length,
      firms: model.firms.size,
      links: input.rows.links.length,
      chips: out.chips.length,
      edges: edges.length,
    },
  };
}
