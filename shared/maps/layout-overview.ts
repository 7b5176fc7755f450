// layoutOverview: the page a leader opens first. One row per cluster: a cluster tile, then a tile per
// chain with completeness, local supporting rate, its state counts as a bar and the number of targets.
import { pct } from '../analysis/format.js';
import type { ChainResult, ClusterResult, StateCounts, TargetRow } from '../analysis/schemas.js';
import { legendSlot, noteSlot, titleSlot } from './frame.js';
import { G, MIN_ZOOM, rect, text } from './geometry.js';
import { fill, grouped, mapWords, type MapLang, type MapWords } from './labels.js';
import { fitText } from './measure.js';
import type { MapScene, SceneCaption, SceneRect, SceneText, TileItem } from './types.js';

export type OverviewLayoutInput = {
  clusters: readonly ClusterResult[];
  chains: readonly ChainResult[];
  targets: readonly TargetRow[];
  lang: MapLang;
  caption?: Partial<SceneCaption>;
  /** Chain tiles per row before wrapping. Default 5. */
  perRow?: number;
};

const TILE_W = 236;
const TILE_H = 150;
const GAP = 16;
const ORDER = ['missing', 'broken', 'weak', 'strong'] as const;

function tileBody(
  x: number,
  y: number,
  w: number,
  name: string,
  coverage: number | null,
  localRate: number | null,
  counts: StateCounts,
  targets: number,
  extra: string | null,
  words: MapWords,
): { decor: SceneRect[]; texts: SceneText[] } {
  const room = w - 24;
  const texts: SceneText[] = [
    text(x + 12, y + 26, fitText(name, 16, room), { size: 16, style: 'tile-title', weight: 700 }),
  ];
  const lines = [
    fill(words.tile.coverage, { rate: pct(coverage) }),
    fill(words.tile.localRate, { rate: pct(localRate) }),
    fill(words.tile.targets, { count: grouped(targets) }),
  ];
  if (extra) lines.unshift(extra);
  lines.forEach((line, i) =>
    texts.push(
      text(x + 12, y + 48 + i * 18, fitText(line, 12, room), {
        size: 12,
        style: 'tile-metric',
        minZoom: MIN_ZOOM.count,
      }),
    ),
  );
  // State counts as one bar split by state, and the same counts in words for black and white.
  const total = ORDER.reduce((a, s) => a + counts[s], 0);
  const barY = y + TILE_H - 34;
  const decor: SceneRect[] = [];
  let bx = x + 12;
  for (const s of ORDER) {
    const bw = total > 0 ? (room * counts[s]) / total : 0;
    if (bw > 0) decor.push(rect(bx, barY, bw, 8, `bar-${s}`, 0));
    bx += bw;
  }
  texts.push(
    text(x + 12, barY + 24, fitText(fill(words.leafCounts, counts), 12, room), {
      size: 12,
      style: 'count',
      minZoom: MIN_ZOOM.count,
    }),
  );
  return { decor, texts };
}

export function layoutOverview(input: OverviewLayoutInput): MapScene {
  const words = mapWords(input.lang);
  const perRow = input.perRow ?? 5;
  const tiles: TileItem[] = [];
  const targetsOf = (keep: (t: TargetRow) => boolean): number =>
    new Set(input.targets.filter(keep).map((t) => t.enterpriseId)).size;
  let y = G.titleHeight + 8;
  let right = 0;
  for (const cluster of input.clusters) {
    const chains = input.chains.filter((c) => c.clusterId === cluster.clusterId);
    const cw = TILE_W + 40;
    const cb = tileBody(
      G.margin,
      y,
      cw,
      cluster.name,
      cluster.coverage.rate,
      cluster.localRate.byCount,
      cluster.leafCounts,
      targetsOf((t) => t.clusterId === cluster.clusterId),
      fill(words.tile.chains, { count: chains.length }),
      words,
    );
    tiles.push({
      id: `tile:cluster:${String(cluster.clusterId)}`,
      clusterId: cluster.clusterId,
      chainId: null,
      frame: rect(G.margin, y, cw, TILE_H, 'band-header', 8),
      ...cb,
    });
    let rowTop = y;
    chains.forEach((chain, i) => {
      const col = i % perRow;
      if (i > 0 && col === 0) rowTop += TILE_H + GAP;
      const tx = G.margin + cw + GAP + col * (TILE_W + GAP);
      const body = tileBody(
        tx,
        rowTop,
        TILE_W,
        chain.name,
        chain.coverage.rate,
        chain.localRate.byCount,
        chain.leafCounts,
        targetsOf((t) => t.chainId === chain.chainId),
        null,
        words,
      );
      tiles.push({
        id: `tile:chain:${String(chain.chainId)}`,
        clusterId: cluster.clusterId,
        chainId: chain.chainId,
        frame: rect(tx, rowTop, TILE_W, TILE_H, 'tile', 8),
        ...body,
      });
      right = Math.max(right, tx + TILE_W);
    });
    right = Math.max(right, G.margin + cw);
    y = rowTop + TILE_H + GAP * 2;
  }
  const width = Math.max(right + G.margin, 900);
  const legend = legendSlot(words, y, width, false, true);
  const noteTop = y + legend.frame.height + 8;
  const note = noteSlot([...(input.caption?.note ?? [])], noteTop, width);
  const height = noteTop + note.frame.height + G.margin / 2;
  return {
    kind: 'overview',
    width,
    height,
    background: rect(0, 0, width, height, 'background', 0),
    title: titleSlot(
      {
        title: input.caption?.title ?? words.overviewTitle,
        ...(input.caption?.subtitle ? { subtitle: input.caption.subtitle } : {}),
      },
      width,
    ),
    legend,
    note,
    bands: [],
    lanes: [],
    segments: [],
    edges: [],
    chips: [],
    tiles,
    stats: {
      segments: 0,
      firms: 0,
      links: 0,
      chips: 0,
      edges: 0,
    },
  };
}
