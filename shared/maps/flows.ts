// Supply links drawn between segments as aggregated flows (one edge per supplier segment → buyer
// segment and local/outside supplier), and firm-to-firm links between drawn chips. Widths follow the
// amount when the links carry amounts, the number of links otherwise.
import type { MapLink } from './chain-model.js';
import { fill, grouped, type MapWords } from './labels.js';
import { MIN_ZOOM, text } from './geometry.js';
import type { ChipItem, Curve, EdgeItem, Point, Rect } from './types.js';

type Ends = { from: Rect; to: Rect };

/** A left-to-right S curve; backward or same-column pairs loop out to the right. */
export function curveBetween({ from, to }: Ends, offset = 0): Curve {
  const fy = from.y + from.height / 2 + offset;
  const ty = to.y + to.height / 2 + offset;
  if (to.x >= from.x + from.width) {
    const a: Point = { x: from.x + from.width, y: fy };
    const b: Point = { x: to.x, y: ty };
    const dx = Math.max(30, (b.x - a.x) / 2);
    return [a, { x: a.x + dx, y: fy }, { x: b.x - dx, y: ty }, b];
  }
  if (to.x + to.width <= from.x) {
    const a: Point = { x: from.x, y: fy };
    const b: Point = { x: to.x + to.width, y: ty };
    const dx = Math.max(30, (a.x - b.x) / 2);
    return [a, { x: a.x - dx, y: fy }, { x: b.x + dx, y: ty }, b];
  }
  const a: Point = { x: from.x + from.width, y: fy };
  const b: Point = { x: to.x + to.width, y: ty };
  const bulge = Math.max(a.x, b.x) + 40 + Math.min(120, Math.abs(ty - fy) / 4);
  return [a, { x: bulge, y: fy }, { x: bulge, y: ty }, b];
}

export const curveMid = ([a, b, c, d]: Curve): Point => ({
  x: (a.x + 3 * b.x + 3 * c.x + d.x) / 8,
  y: (a.y + 3 * b.y + 3 * c.y + d.y) / 8,
});

const widthOf = (value: number, max: number, lo: number, hi: number): number =>
  max > 0 ? lo + (hi - lo) * Math.sqrt(value / max) : lo;

type FlowKey = {
  fromSeg: number;
  toSeg: number;
  local: boolean;
  count: number;
  amount: number;
  withAmount: number;
};

/** Aggregated segment → segment flows; `home` gives each firm's one segment, `frames` each segment's box. */
export function segmentFlows(
  links: readonly MapLink[],
  home: ReadonlyMap<number, number>,
  isLocal: (firmId: number) => boolean,
  frames: ReadonlyMap<number, Rect>,
  words: MapWords,
): EdgeItem[] {
  const groups = new Map<string, FlowKey>();
  for (const l of links) {
    const fromSeg = home.get(l.supplierId);
    const toSeg = home.get(l.buyerId);
    if (fromSeg === undefined || toSeg === undefined || fromSeg === toSeg) continue;
    const local = isLocal(l.supplierId);
    const key = `${String(fromSeg)}>${String(toSeg)}>${local ? 'l' : 'o'}`;
    const g = groups.get(key) ?? { fromSeg, toSeg, local, count: 0, amount: 0, withAmount: 0 };
    g.count += 1;
    if (l.amount !== null) {
      g.amount += l.amount;
      g.withAmount += 1;
    }
    groups.set(key, g);
  }
  const list = [...groups.values()].sort(
    (a, b) => a.fromSeg - b.fromSeg || a.toSeg - b.toSeg || Number(b.local) - Number(a.local),
  );
  const byAmount = list.some((g) => g.withAmount > 0);
  const max = Math.max(0, ...list.map((g) => (byAmount ? g.amount : g.count)));
  const edges: EdgeItem[] = [];
  for (const g of list) {
    const from = frames.get(g.fromSeg);
    const to = frames.get(g.toSeg);
    if (!from || !to) continue;
    // Local and outside flows of one pair run side by side, not on top of each other.
    const curve = curveBetween({ from, to }, g.local ? -5 : 5);
    const mid = curveMid(curve);
    edges.push({
      id: `flow:${String(g.fromSeg)}:${String(g.toSeg)}:${g.local ? 'local' : 'outside'}`,
      kind: 'flow',
      from: `seg:${String(g.fromSeg)}`,
      to: `seg:${String(g.toSeg)}`,
      curve,
      width: widthOf(byAmount ? g.amount : g.count, max, 1.5, 8),
      style: g.local ? 'flow-local' : 'flow-outside',
      arrow: true,
      count: g.count,
      amount: g.withAmount > 0 ? g.amount : null,
      // Local label above the pair, outside label below, so the two never overprint.
      label: text(
        mid.x,
        mid.y + (g.local ? -9 : 17),
        fill(words.flowCount, { count: grouped(g.count) }),
        {
          size: 11,
          style: 'flow-label',
          anchor: 'middle',
          minZoom: MIN_ZOOM.flow,
        },
      ),
    });
  }
  return edges;
}

/** Firm links between chips on the picture (the first chip of each firm), capped at `limit`. */
export function firmLinks(
  links: readonly MapLink[],
  chips: readonly ChipItem[],
  keep: (l: MapLink) => boolean,
  limit: number,
  hover = false,
): EdgeItem[] {
  const chipOf = new Map<number, ChipItem>();
  for (const c of chips)
    if (c.kind === 'firm' && c.enterpriseId !== null && !chipOf.has(c.enterpriseId))
      chipOf.set(c.enterpriseId, c);
  const edges: EdgeItem[] = [];
  const max = Math.max(0, ...links.map((l) => l.amount ?? 0));
  for (const l of links) {
    if (edges.length >= limit) break;
    if (l.supplierId === l.buyerId || !keep(l)) continue;
    const a = chipOf.get(l.supplierId);
    const b = chipOf.get(l.buyerId);
    if (!a || !b) continue;
    edges.push({
      id: `link:${String(l.id)}`,
      kind: 'link',
      from: a.id,
      to: b.id,
      curve: curveBetween({ from: a.frame, to: b.frame }),
      width: l.amount !== null && max > 0 ? widthOf(l.amount, max, 1, 5) : 1,
      style: hover ? 'link-hover' : a.isLocal ? 'link-local' : 'link-outside',
      arrow: false,
      count: 1,
      amount: l.amount,
      label: null,
    });
  }
  return edges;
}
