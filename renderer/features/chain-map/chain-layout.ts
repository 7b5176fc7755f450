// Box geometry for the chain map's preset layout: boxes (a firm, a segment, a stage) hold the
// centre points of the nodes inside them, relative to their top-left corner, and are stacked into
// columns that wrap at a height limit. Pure and deterministic: same input, same picture.

export type Point = { id: string; x: number; y: number };

export type Box = {
  width: number;
  height: number;
  /** Space this box wants above it when it is not first in its column. */
  gap: number;
  points: Point[];
};

export const leafBox = (id: string, width: number, height: number, gap: number): Box => ({
  width,
  height,
  gap,
  points: [{ id, x: width / 2, y: height / 2 }],
});

export const shift = (points: readonly Point[], dx: number, dy: number): Point[] =>
  points.map((p) => ({ id: p.id, x: p.x + dx, y: p.y + dy }));

/**
 * Stacks boxes top to bottom in their order, starting a new column to the right whenever the next
 * box would pass `limit` (a column always takes at least one box). Boxes are centred in their column.
 */
export function wrapColumns(boxes: readonly Box[], limit: number, columnGap: number): Box {
  const columns: Box[][] = [];
  let used = 0;
  for (const box of boxes) {
    const current = columns[columns.length - 1];
    if (current && current.length > 0 && used + box.gap + box.height <= limit) {
      current.push(box);
      used += box.gap + box.height;
    } else {
      columns.push([box]);
      used = box.height;
    }
  }
  const points: Point[] = [];
  let left = 0;
  let height = 0;
  columns.forEach((column, c) => {
    const width = Math.max(...column.map((b) => b.width));
    let y = 0;
    column.forEach((box, i) => {
      if (i > 0) y += box.gap;
      points.push(...shift(box.points, left + (width - box.width) / 2, y));
      y += box.height;
    });
    height = Math.max(height, y);
    left += width + (c < columns.length - 1 ? columnGap : 0);
  });
  return { width: left, height, gap: 0, points };
}

/** The zoom at which a drawing of this size fits a window of this shape (bigger reads better). */
export const fitScore = (width: number, height: number, aspect: number): number =>
  Math.min(aspect / Math.max(width, 1), 1 / Math.max(height, 1));
