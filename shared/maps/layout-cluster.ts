// layoutCluster: 产业集群全景图, every chain of one cluster on one sheet. Each chain is a band; its
// segments sit in 上游/中游/下游 cells whose columns line up across bands (a tall stage split into
// side-by-side columns so the sheet is landscape), coloured by state, with counts always and firm
// chips when zoomed in. Firms mapped into several chains are marked shared.
import type { ChainResult, SegmentResult, TargetRow } from '../analysis/schemas.js';
import { pct } from '../analysis/format.js';
import { buildChainModel, STAGES, type ChainGraphRows } from './chain-model.js';
import { arrangeBands } from './cluster-arrange.js';
import { splitColumns } from './columns.js';
import { segmentFlows } from './flows.js';
import { legendSlot, noteSlot, titleSlot } from './frame.js';
import { G, MIN_ZOOM, rect, text } from './geometry.js';
import { fill, grouped, mapWords, type MapLang } from './labels.js';
import { fitText } from './measure.js';
import { measure, placeSegment, type BoxOptions, type Placed } from './segment-box.js';
import type { BandItem, LaneItem, MapScene, SceneCaption } from './types.js';

export type ClusterLayoutInput = {
  cluster: { id: number; name: string };
  /** The cluster's chains in display order. */
  chains: readonly { id: number; name: string }[];
  rows: ChainGraphRows;
  results: readonly SegmentResult[];
  /** Per-chain figures for the band headers (coverage, local rate); optional. */
  chainResults?: readonly ChainResult[];
  targets: readonly TargetRow[];
  lang: MapLang;
  expanded?: readonly number[];
  /** Draw the aggregated flows between segments, within and across chains. Default true. */
  links?: boolean;
  caption?: Partial<SceneCaption>;
};

const BAND_HEAD = 190;
const BAND_GAP = 16;
/** Fewer chips per box than the chain map: the panorama is about states and counts. */
const CLUSTER_CHIPS = 6;

export function layoutCluster(input: ClusterLayoutInput): MapScene {
  const words = mapWords(input.lang);
  const chainOf = new Map(input.rows.segments.map((s) => [s.id, s.chainId]));
  const chainsOfFirm = new Map<number, Set<number>>();
  for (const m of input.rows.mappings) {
    if (m.status === 'rejected') continue;
    const chain = chainOf.get(m.segmentId);
    if (chain === undefined) continue;
    const set = chainsOfFirm.get(m.enterpriseId) ?? new Set<number>();
    set.add(chain);
    chainsOfFirm.set(m.enterpriseId, set);
  }
  const shared = new Set([...chainsOfFirm].filter(([, s]) => s.size > 1).map(([id]) => id));
  const expanded = new Set(input.expanded ?? []);
  const bands = input.chains.map((chain) => {
    const model = buildChainModel(chain.id, input.rows, input.results, input.targets);
    const options = (limit: number): BoxOptions => ({
      words,
      expanded,
      maxChips: CLUSTER_CHIPS,
      targetsPerGap: 2,
      shared,
      chainId: chain.id,
      limit,
      cache: new Map(),
    });
    const cells = STAGES.map((stage) => model.roots.filter((r) => r.seg.stage === stage));
    return { chain, model, cells, options };
  });
  const { options, cols, colWidths, laneWidths, bandHeights } = arrangeBands(
    bands,
    BAND_HEAD,
    BAND_GAP,
  );
  const laneX: number[] = [];
  let x = G.margin + BAND_HEAD + G.lanePad;
  for (const w of laneWidths) {
    laneX.push(x);
    x += w + G.segGap * 2;
  }
  const right = x - G.segGap * 2 + G.lanePad;
  const width = Math.max(right + G.margin, 900);
  const top = G.titleHeight + 8;
  const lanes: LaneItem[] = STAGES.map((stage, i) => ({
    id: `lane:${stage}`,
    stage,
    chainId: null,
    frame: rect(laneX[i] ?? 0, top, laneWidths[i] ?? 0, G.laneHeader, 'lane-header', 6),
    decor: [],
    texts: [
      text((laneX[i] ?? 0) + (laneWidths[i] ?? 0) / 2, top + 24, words.stage[stage], {
        size: 16,
        style: 'lane',
        weight: 700,
        anchor: 'middle',
      }),
    ],
  }));
  const out: Placed = { segments: [], chips: [] };
  const bandItems: BandItem[] = [];
  let y = top + G.laneHeader + 10;
  bands.forEach((b, j) => {
    const o = options[j] as BoxOptions;
    const height = bandHeights[j] ?? 0;
    const result = input.chainResults?.find((r) => r.chainId === b.chain.id);
    const headTexts = [
      text(G.margin + 12, y + 28, fitText(b.chain.name, 17, BAND_HEAD - 24), {
        size: 17,
        style: 'band',
        weight: 700,
      }),
    ];
    if (result) {
      const lines = [
        fill(words.tile.coverage, { rate: pct(result.coverage.rate) }),
        fill(words.tile.localRate, { rate: pct(result.localRate.byCount) }),
        fill(words.leafCounts, result.leafCounts),
      ];
      lines.forEach((line, i) =>
        headTexts.push(
          text(G.margin + 12, y + 52 + i * 20, fitText(line, 12, BAND_HEAD - 24), {
            size: 12,
            style: 'count',
            minZoom: MIN_ZOOM.count,
          }),
        ),
      );
    }
    bandItems.push({
      id: `band:${String(b.chain.id)}`,
      chainId: b.chain.id,
      frame: rect(G.margin, y, right - G.margin, height, 'band', 8),
      decor: [rect(G.margin, y, BAND_HEAD, height, 'band-header', 8)],
      texts: headTexts,
    });
    STAGES.forEach((_, i) => {
      const roots = b.cells[i] ?? [];
      const cw = colWidths[i] ?? 0;
      const heights = roots.map((r) => measure(r, o).height);
      splitColumns(heights, cols[i] ?? 1, G.segGap).forEach((column, k) => {
        let cy = y + G.lanePad;
        const cx = (laneX[i] ?? 0) + G.lanePad + k * (cw + G.segGap);
        for (const r of column) {
          const root = roots[r];
          if (root) cy += placeSegment(root, cx, cy, cw, o, out) + G.segGap;
        }
      });
    });
    y += height + BAND_GAP;
  });
  // Counts always; chips only once zoomed in far enough to read them.
  for (const c of out.chips) for (const t of c.texts) t.minZoom = Math.max(t.minZoom, 0.6);
  const showLinks = input.links ?? true;
  const edges = showLinks ? clusterFlows(input, bands, out) : [];
  const legendTop = y + 8;
  const legend = legendSlot(words, legendTop, width, showLinks);
  const noteTop = legendTop + legend.frame.height + 8;
  const firms = new Set(input.rows.mappings.map((m) => m.enterpriseId));
  const note = noteSlot(
    [
      fill(words.dataNote, {
        firms: grouped(firms.size),
        links: grouped(input.rows.links.length),
        segments: grouped(input.rows.segments.length),
      }),
      ...(input.caption?.note ?? []),
    ],
    noteTop,
    width,
  );
  const height = noteTop + note.frame.height + G.margin / 2;
  return {
    kind: 'cluster',
    width,
    height,
    background: rect(0, 0, width, height, 'background', 0),
    title: titleSlot(
      {
        title: input.caption?.title ?? fill(words.clusterTitle, { cluster: input.cluster.name }),
        ...(input.caption?.subtitle ? { subtitle: input.caption.subtitle } : {}),
      },
      width,
    ),
    legend,
    note,
    bands: bandItems,
    lanes,
    segments: out.segments,
    edges,
    chips: out.chips,
    tiles: [],
    stats: {
      segments: input.rows.segments.length,
      firms: firms.size,
      links: input.rows.links.length,
      chips: out.chips.length,
      edges: edges.length,
    },
  };
}

/**
 * Supply flows between the segments on the sheet, as on the chain map: a firm counts in one segment
 * (its home in the first of its chains), so a link between two chains' firms is a flow across bands.
 */
function clusterFlows(
  input: ClusterLayoutInput,
  bands: readonly { model: ReturnType<typeof buildChainModel> }[],
  out: Placed,
) {
  const home = new Map<number, number>();
  const local = new Map<number, boolean>();
  for (const { model } of bands) {
    for (const [firm, seg] of model.home) if (!home.has(firm)) home.set(firm, seg);
    for (const [id, f] of model.firms) local.set(id, f.isLocal);
  }
  const frames = new Map(out.segments.map((s) => [s.segmentId, s.frame]));
  return segmentFlows(
    input.rows.links,
    home,
    (id) => local.get(id) ?? false,
    frames,
    mapWords(input.lang),
  );
}
