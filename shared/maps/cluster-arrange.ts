// How a cluster panorama's bands are arranged: the height at which a parent segment wraps its children
// into columns, and how many side-by-side columns each stage gets, chosen together so the sheet comes
// out landscape. Stage columns and widths are shared by every band, so 上游/中游/下游 line up.
import { STAGES, type SegNode } from './chain-model.js';
import { chooseStageColumns, columnsHeight, MAX_STAGE_COLUMNS } from './columns.js';
import { G } from './geometry.js';
import { measure, type BoxOptions } from './segment-box.js';

export type BandCells = {
  /** Root segments per stage, in order. */
  cells: readonly (readonly SegNode[])[];
  /** The band's box options at a wrapping height (a fresh measuring cache each time). */
  options: (limit: number) => BoxOptions;
};

export type Arrangement = {
  /** Per band, the options every box of that band is measured and placed with. */
  options: BoxOptions[];
  /** Columns per stage. */
  cols: number[];
  /** Width of one column per stage. */
  colWidths: number[];
  /** Width of each stage's lane, padding included. */
  laneWidths: number[];
  bandHeights: number[];
};

/** How many wrapping heights are tried below the tallest box's. */
const WRAP_TRIES = 4;
const MIN_BAND_INNER = 80;

export function arrangeBands(
  bands: readonly BandCells[],
  head: number,
  bandGap: number,
): Arrangement {
  const at = (limit: number) => {
    const options = bands.map((b) => b.options(limit));
    const heights = bands.map((b, j) =>
      b.cells.map((c) => c.map((r) => measure(r, options[j] as BoxOptions).height)),
    );
    const colWidths = STAGES.map((_, i) =>
      Math.max(
        G.segMinWidth,
        ...bands.flatMap((b, j) =>
          (b.cells[i] ?? []).map((r) => measure(r, options[j] as BoxOptions).width),
        ),
      ),
    );
    const laneWidth = (i: number, k: number): number =>
      k * (colWidths[i] ?? 0) + (k - 1) * G.segGap + 2 * G.lanePad;
    // Each cell's height for 1…MAX_STAGE_COLUMNS columns, worked out once for the whole search.
    const cellHeights = heights.map((band) =>
      band.map((hs) =>
        Array.from({ length: MAX_STAGE_COLUMNS + 1 }, (_, k) =>
          columnsHeight(hs, k || 1, G.segGap),
        ),
      ),
    );
    const bandHeight = (j: number, ks: readonly number[]): number =>
      Math.max(MIN_BAND_INNER, ...(cellHeights[j] ?? []).map((byK, i) => byK[ks[i] ?? 1] ?? 0)) +
      2 * G.lanePad;
    // The shape leaves out the title, legend and note: they grow with the width.
    const { cols, score } = chooseStageColumns(STAGES.length, (ks) => ({
      width: head + STAGES.reduce((a, _, i) => a + laneWidth(i, ks[i] ?? 1) + 2 * G.segGap, 0),
      height: G.laneHeader + bands.reduce((a, _, j) => a + bandHeight(j, ks) + bandGap, 0),
    }));
    const tallest = Math.max(0, ...heights.flat(2));
    return {
      arrangement: {
        options,
        cols,
        colWidths,
        laneWidths: STAGES.map((_, i) => laneWidth(i, cols[i] ?? 1)),
        bandHeights: bands.map((_, j) => bandHeight(j, cols)),
      },
      score,
      tallest,
    };
  };
  const unwrapped = at(Number.POSITIVE_INFINITY);
  let best = unwrapped;
  // A parent taller than the rest wraps its children into columns, so the split stages can even out.
  for (let n = 2; n <= WRAP_TRIES; n += 1) {
    const limit = Math.ceil(unwrapped.tallest / n / 40) * 40;
    if (limit < 160) break;
    const candidate = at(limit);
    if (candidate.score < best.score - 1e-9) best = candidate;
  }
  return best.arrangement;
}
