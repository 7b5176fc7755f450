// Splitting a stage's segments (kept in order) into side-by-side columns, and choosing how many columns
// each stage gets so a cluster panorama comes out landscape (a wall or an A4-landscape page), not a
// tall strip that a 12,000-px export would blow up to 23,000 px high.

/** Column height of a run of boxes stacked with `gap` between them. */
const stack = (hs: readonly number[], gap: number): number =>
  hs.reduce((a, h, i) => a + h + (i > 0 ? gap : 0), 0);

/**
 * The boxes in order, cut into at most `k` consecutive runs with the smallest tallest run (reading
 * order stays top to bottom, then the next column). Returns the runs as index lists.
 */
export function splitColumns(heights: readonly number[], k: number, gap: number): number[][] {
  const n = heights.length;
  if (n === 0) return [];
  const pack = (limit: number): number[][] => {
    const cols: number[][] = [[]];
    let h = 0;
    heights.forEach((x, i) => {
      const col = cols[cols.length - 1] ?? [];
      if (col.length > 0 && h + gap + x > limit) {
        cols.push([i]);
        h = x;
      } else {
        col.push(i);
        h += (col.length > 1 ? gap : 0) + x;
      }
    });
    return cols;
  };
  // The best tallest column is the height of some consecutive run: try them from the lowest.
  const candidates = new Set<number>();
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b <= n; b++) candidates.add(stack(heights.slice(a, b), gap));
  for (const limit of [...candidates].sort((x, y) => x - y)) {
    const cols = pack(limit);
    if (cols.length <= k) return cols;
  }
  return [heights.map((_, i) => i)];
}

/** The tallest column once split into `k`. */
export const columnsHeight = (heights: readonly number[], k: number, gap: number): number =>
  Math.max(
    0,
    ...splitColumns(heights, k, gap).map((c) =>
      stack(
        c.map((i) => heights[i] ?? 0),
        gap,
      ),
    ),
  );

/** Width over height the panorama aims at: landscape, between A4 (1.41) and a 2:1 wall print. */
export const PANORAMA_ASPECT = 1.6;
/** Most columns a stage is split into. */
export const MAX_STAGE_COLUMNS = 4;

/**
 * Columns per stage (the same in every band, so stages line up down the sheet) whose sheet is closest
 * to PANORAMA_ASPECT; `shape` gives the sheet's width and height for a choice. Each extra column
 * costs a little, ties go to fewer columns, and the search order is fixed, so the same data always
 * gives the same picture.
 */
export function chooseStageColumns(
  stages: number,
  shape: (cols: readonly number[]) => { width: number; height: number },
): { cols: number[]; score: number } {
  let best: { cols: number[]; score: number; total: number } | null = null;
  const visit = (cols: number[]) => {
    if (cols.length === stages) {
      const { width, height } = shape(cols);
      const total = cols.reduce((a, b) => a + b, 0);
      // A column more must buy a visibly better shape, not a rounding's worth.
      const score =
        Math.abs(Math.log(width / Math.max(height, 1) / PANORAMA_ASPECT)) + 0.03 * (total - stages);
      if (
        !best ||
        score < best.score - 1e-9 ||
        (Math.abs(score - best.score) <= 1e-9 && total < best.total)
      )
        best = { cols: [...cols], score, total };
      return;
    }
    for (let k = 1; k <= MAX_STAGE_COLUMNS; k++) visit([...cols, k]);
  };
  visit([]);
  const found = best as { cols: number[]; score: number } | null;
  return (
    found ?? { cols: Array.from({ length: stages }, () => 1), score: Number.POSITIVE_INFINITY }
  );
}
