// The data behind a chain picture, before any geometry: the segment tree in template order, each
// segment's firms (ranked, local first), its analysis result and its suggested targets. Pure.
import type { SegmentResult, TargetRow } from '../analysis/schemas.js';
import type {
  Enterprise,
  EnterpriseSegment,
  Segment,
  Stage,
  SupplyLink,
} from '../domain/schemas.js';
import { displayState } from './styles.js';
import type { DisplayState } from './types.js';

export const STAGES: readonly Stage[] = ['upstream', 'midstream', 'downstream'];
export const ANCHOR_TAG = '链主';

/** What a map reads of a firm, a 挂链 and a link: the rest of the record is never drawn. */
export type MapFirm = Pick<Enterprise, 'id' | 'name' | 'isLocal' | 'tags' | 'revenue'>;
export type MapMapping = Pick<
  EnterpriseSegment,
  'enterpriseId' | 'segmentId' | 'isPrimary' | 'status'
>;
export type MapLink = Pick<SupplyLink, 'id' | 'supplierId' | 'buyerId' | 'amount'>;

export type ChainGraphRows = {
  segments: readonly Segment[];
  enterprises: readonly MapFirm[];
  mappings: readonly MapMapping[];
  links: readonly MapLink[];
};

export type MappedFirm = { firm: MapFirm; uncertain: boolean; degree: number };

export type SegNode = {
  seg: Segment;
  depth: number;
  children: SegNode[];
  /** Firms mapped to this very segment (not its children), ranked: local, anchor, revenue, links. */
  firms: MappedFirm[];
  result: SegmentResult | undefined;
  display: DisplayState;
  /** Distinct firms here and below. */
  localCount: number;
  outsideCount: number;
  targets: TargetRow[];
};

export type ChainModel = {
  chainId: number;
  roots: SegNode[];
  /** Depth-first template order. */
  order: SegNode[];
  /** The one segment each firm's links are counted in: primary, then confirmed, then template order. */
  home: Map<number, number>;
  /** Firms mapped to more than one segment of the chain. */
  multiSegment: Set<number>;
  firms: Map<number, MapFirm>;
};

const byOrder = (a: Segment, b: Segment): number => a.sortOrder - b.sortOrder || a.id - b.id;

function rankFirms(list: MappedFirm[]): MappedFirm[] {
  const anchor = (f: MapFirm): number => (f.tags.includes(ANCHOR_TAG) ? 0 : 1);
  return list.sort(
    (a, b) =>
      Number(b.firm.isLocal) - Number(a.firm.isLocal) ||
      anchor(a.firm) - anchor(b.firm) ||
      (b.firm.revenue ?? -1) - (a.firm.revenue ?? -1) ||
      b.degree - a.degree ||
      a.firm.id - b.firm.id,
  );
}

export function buildChainModel(
  chainId: number,
  rows: ChainGraphRows,
  results: readonly SegmentResult[],
  targets: readonly TargetRow[],
): ChainModel {
  const segments = rows.segments.filter((s) => s.chainId === chainId).sort(byOrder);
  const ids = new Set(segments.map((s) => s.id));
  const firms = new Map(rows.enterprises.map((e) => [e.id, e]));
  const resultOf = new Map(results.map((r) => [r.segmentId, r]));
  const degree = new Map<number, number>();
  for (const l of rows.links) {
    degree.set(l.supplierId, (degree.get(l.supplierId) ?? 0) + 1);
    degree.set(l.buyerId, (degree.get(l.buyerId) ?? 0) + 1);
  }
  const targetsOf = new Map<number, TargetRow[]>();
  for (const t of [...targets].sort((a, b) => a.rank - b.rank)) {
    if (!ids.has(t.segmentId)) continue;
    const list = targetsOf.get(t.segmentId);
    if (list) list.push(t);
    else targetsOf.set(t.segmentId, [t]);
  }

  const nodes = new Map<number, SegNode>();
  for (const seg of segments) {
    const result = resultOf.get(seg.id);
    nodes.set(seg.id, {
      seg,
      depth: 0,
      children: [],
      firms: [],
      result,
      // Parents show the worst state of their leaves; 正在补链 belongs to the leaf being filled.
      display: displayState(
        result?.state ?? 'missing',
        (result?.beingFilled ?? false) && (result?.isLeaf ?? true),
      ),
      localCount: 0,
      outsideCount: 0,
      targets: targetsOf.get(seg.id) ?? [],
    });
  }
  const roots: SegNode[] = [];
  for (const seg of segments) {
    const node = nodes.get(seg.id);
    const parent =
      seg.parentId === null || seg.parentId === seg.id ? undefined : nodes.get(seg.parentId);
    if (!node) continue;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const order: SegNode[] = [];
  const visit = (n: SegNode, depth: number, seen: Set<number>): void => {
    if (seen.has(n.seg.id)) return;
    seen.add(n.seg.id);
    n.depth = depth;
    order.push(n);
    n.children.forEach((c) => {
      visit(c, depth + 1, seen);
    });
  };
  const seen = new Set<number>();
  for (const stage of STAGES)
    roots
      .filter((r) => r.seg.stage === stage)
      .forEach((r) => {
        visit(r, 0, seen);
      });
  const rank = new Map(order.map((n, i) => [n.seg.id, i]));

  const home = new Map<number, MapMapping>();
  const segCount = new Map<number, Set<number>>();
  // (firm, segment) pairs already placed: a firm mapped twice to one segment is drawn once. A set,
  // not a scan of the segment's list, which was quadratic on a segment of a thousand firms.
  const placed = new Set<string>();
  const homeRank = (m: MapMapping): number =>
    (m.isPrimary ? 0 : 2e6) + (m.status === 'confirmed' ? 0 : 1e6) + (rank.get(m.segmentId) ?? 0);
  for (const m of rows.mappings) {
    if (m.status === 'rejected' || !rank.has(m.segmentId)) continue;
    const firm = firms.get(m.enterpriseId);
    const node = nodes.get(m.segmentId);
    if (!firm || !node) continue;
    const pair = `${String(firm.id)}:${String(m.segmentId)}`;
    if (!placed.has(pair)) {
      placed.add(pair);
      node.firms.push({
        firm,
        uncertain: m.status === 'uncertain',
        degree: degree.get(firm.id) ?? 0,
      });
    }
    const set = segCount.get(firm.id) ?? new Set<number>();
    set.add(m.segmentId);
    segCount.set(firm.id, set);
    const current = home.get(firm.id);
    if (!current || homeRank(m) < homeRank(current)) home.set(firm.id, m);
  }
  for (const n of order) rankFirms(n.firms);
  // Counts go bottom-up over distinct firms, so a parent never counts a firm twice.
  const below = (n: SegNode): Map<number, boolean> => {
    const all = new Map<number, boolean>(n.firms.map((f) => [f.firm.id, f.firm.isLocal]));
    for (const c of n.children) for (const [id, local] of below(c)) all.set(id, local);
    n.localCount = [...all.values()].filter(Boolean).length;
    n.outsideCount = all.size - n.localCount;
    return all;
  };
  roots.forEach(below);
  const multiSegment = new Set([...segCount].filter(([, s]) => s.size > 1).map(([id]) => id));
  return {
    chainId,
    roots: order.filter((n) => n.depth === 0),
    order,
    home: new Map([...home].map(([id, m]) => [id, m.segmentId])),
    multiSegment,
    firms,
  };
}
