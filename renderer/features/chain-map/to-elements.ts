// Pure mapping from a chain's graph data to Cytoscape elements with preset positions: three stage
// columns (上游 → 中游 → 下游), each segment a box holding its firms and sub-segments, supply links
// as edges. Deterministic (same data, same picture) and testable without a DOM.
import type { ElementDefinition } from 'cytoscape';

import type {
  Enterprise,
  EnterpriseSegment,
  Segment,
  Stage,
} from '../../../shared/domain/schemas.js';
import type { GraphData } from '../../../shared/ipc/contract.js';
import { fitScore, leafBox, shift, wrapColumns, type Box, type Point } from './chain-layout.js';

export const STAGES: readonly Stage[] = ['upstream', 'midstream', 'downstream'];
export const ANCHOR_TAG = '链主';

/** Geometry in model pixels; the stylesheet reads the same numbers so boxes and layout agree. */
export const GEOMETRY = {
  firmWidth: 160,
  firmHeight: 34,
  firmGap: 10,
  padding: 12,
  labelHeight: 22,
  segmentGap: 20,
  columnGap: 16,
  stageGap: 110,
  emptyHeight: 30,
  /** Every segment box is at least one firm wide, so columns line up. */
  minSegmentWidth: 160 + 2 * 12,
  /** How many column-height limits to try when fitting the window's shape. */
  wrapTries: 12,
} as const;

/** The window shape the layout aims for when the caller does not say (a typical content area). */
export const DEFAULT_ASPECT = 1.6;

export type ChainElementLabels = { stage: Record<Stage, string> };
export type ChainElementOptions = { aspect?: number };

export type ChainElements = {
  nodes: ElementDefinition[];
  edges: ElementDefinition[];
  /** Firms drawn (each once, in its primary segment). */
  firmCount: number;
};

export const stageNodeId = (s: Stage): string => `stage:${s}`;
export const segmentNodeId = (id: number): string => `segment:${String(id)}`;
export const firmNodeId = (id: number): string => `firm:${String(id)}`;

const LEGAL_SUFFIX = /(股份有限公司|有限责任公司|有限公司|集团公司|公司)$/;
const CITY_IN_BRACKETS = /[（(][^）)]{1,6}[）)]/g;

/** 捷马（济宁）矿山支护设备制造有限公司 → 捷马矿山支护设备制造: what fits on a node; the drawer shows the full name. */
export function shortFirmName(name: string): string {
  const short = name.replace(CITY_IN_BRACKETS, '').replace(LEGAL_SUFFIX, '').trim();
  return short.length > 0 ? short : name;
}

const byOrder = (a: Segment, b: Segment): number => a.sortOrder - b.sortOrder || a.id - b.id;

/** Picks the one segment a firm is drawn in: primary first, then confirmed, then template order. */
function homeSegments(
  mappings: readonly EnterpriseSegment[],
  order: ReadonlyMap<number, number>,
): Map<number, EnterpriseSegment> {
  const rank = (m: EnterpriseSegment): [number, number, number] => [
    m.isPrimary ? 0 : 1,
    m.status === 'confirmed' ? 0 : 1,
    order.get(m.segmentId) ?? Number.MAX_SAFE_INTEGER,
  ];
  const home = new Map<number, EnterpriseSegment>();
  for (const m of mappings) {
    if (m.status === 'rejected' || !order.has(m.segmentId)) continue;
    const current = home.get(m.enterpriseId);
    if (!current || compareRank(rank(m), rank(current)) < 0) home.set(m.enterpriseId, m);
  }
  return home;
}

const compareRank = (a: number[], b: number[]): number => {
  for (let i = 0; i < a.length; i += 1) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
};

export function toChainElements(
  data: GraphData,
  labels: ChainElementLabels,
  options: ChainElementOptions = {},
): ChainElements {
  const g = GEOMETRY;
  const segments = [...data.segments].sort(byOrder);
  const ids = new Set(segments.map((s) => s.id));
  const children = new Map<number, Segment[]>();
  const roots: Segment[] = [];
  for (const s of segments) {
    if (s.parentId !== null && ids.has(s.parentId) && s.parentId !== s.id) {
      children.set(s.parentId, [...(children.get(s.parentId) ?? []), s]);
    } else {
      roots.push(s);
    }
  }
  // Depth-first template order, used to break ties when a firm sits in several segments.
  const order = new Map<number, number>();
  const visit = (s: Segment): void => {
    if (order.has(s.id)) return;
    order.set(s.id, order.size);
    (children.get(s.id) ?? []).forEach(visit);
  };
  for (const stage of STAGES) roots.filter((r) => r.stage === stage).forEach(visit);

  const firms = new Map<number, Enterprise>(data.enterprises.map((e) => [e.id, e]));
  const home = homeSegments(data.mappings, order);
  const firmsIn = new Map<number, Enterprise[]>();
  for (const [firmId, m] of home) {
    const firm = firms.get(firmId);
    if (firm) firmsIn.set(m.segmentId, [...(firmsIn.get(m.segmentId) ?? []), firm]);
  }
  for (const list of firmsIn.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));

  // Node definitions first (positions come from the layout below).
  const nodes: ElementDefinition[] = [];
  const leaves = new Set<string>();
  for (const stage of STAGES) {
    const empty = !roots.some((r) => r.stage === stage);
    nodes.push({
      group: 'nodes',
      data: { id: stageNodeId(stage), kind: 'stage', label: labels.stage[stage], stage },
      classes: empty ? 'stage empty' : 'stage',
    });
    if (empty) leaves.add(stageNodeId(stage));
  }
  for (const s of order.keys()) {
    const seg = segments.find((x) => x.id === s);
    if (!seg) continue;
    const parentId = seg.parentId !== null && ids.has(seg.parentId) ? seg.parentId : null;
    const empty = !firmsIn.has(seg.id) && !children.has(seg.id);
    nodes.push({
      group: 'nodes',
      data: {
        id: segmentNodeId(seg.id),
        parent: parentId === null ? stageNodeId(seg.stage) : segmentNodeId(parentId),
        kind: 'segment',
        label: seg.isKey ? `★ ${seg.name}` : seg.name,
        segmentId: seg.id,
        stage: seg.stage,
      },
      classes: ['segment', seg.isKey ? 'key' : '', empty ? 'empty' : ''].filter(Boolean).join(' '),
    });
    if (empty) leaves.add(segmentNodeId(seg.id));
    for (const firm of firmsIn.get(seg.id) ?? []) {
      nodes.push({
        group: 'nodes',
        data: {
          id: firmNodeId(firm.id),
          parent: segmentNodeId(seg.id),
          kind: 'firm',
          label: shortFirmName(firm.name),
          name: firm.name,
          enterpriseId: firm.id,
          isLocal: firm.isLocal,
        },
        classes: [
          'firm',
          firm.isLocal ? 'local' : 'outside',
          firm.tags.includes(ANCHOR_TAG) ? 'anchor' : '',
          home.get(firm.id)?.status === 'uncertain' ? 'uncertain' : '',
        ]
          .filter(Boolean)
          .join(' '),
      });
    }
  }

  // Layout: a segment is a labelled box of its firms, then its sub-segments, wrapped into columns
  // at a height limit; stages sit side by side. The limit that best fits the window's shape wins.
  const widths = new Map<string, number>();
  const overhead = g.labelHeight + 2 * g.padding;
  const labelled = (id: string, content: Box, minWidth: number, gap: number): Box => {
    const width = Math.max(minWidth, content.width + 2 * g.padding);
    widths.set(id, width);
    return {
      width,
      height: overhead + content.height,
      gap,
      points: shift(content.points, (width - content.width) / 2, g.labelHeight + g.padding),
    };
  };
  const segmentBox = (seg: Segment, limit: number): Box => {
    const id = segmentNodeId(seg.id);
    if (leaves.has(id)) {
      widths.set(id, g.minSegmentWidth);
      return {
        ...leafBox(id, g.minSegmentWidth, g.emptyHeight, g.segmentGap),
        height: g.labelHeight + g.emptyHeight,
        points: [{ id, x: g.minSegmentWidth / 2, y: g.labelHeight + g.emptyHeight / 2 }],
      };
    }
    const items = [
      ...(firmsIn.get(seg.id) ?? []).map((f) =>
        leafBox(firmNodeId(f.id), g.firmWidth, g.firmHeight, g.firmGap),
      ),
      ...(children.get(seg.id) ?? []).map((kid) => segmentBox(kid, limit - overhead)),
    ];
    return labelled(
      id,
      wrapColumns(items, limit - overhead, g.columnGap),
      g.minSegmentWidth,
      g.segmentGap,
    );
  };
  const layout = (limit: number) => {
    widths.clear();
    const points: Point[] = [];
    let left = 0;
    let height = 0;
    for (const stage of STAGES) {
      const id = stageNodeId(stage);
      const stageRoots = roots.filter((r) => r.stage === stage);
      const box = leaves.has(id)
        ? {
            ...leafBox(id, g.minSegmentWidth + 2 * g.padding, g.emptyHeight, 0),
            height: g.labelHeight + g.emptyHeight,
            points: [
              { id, x: g.minSegmentWidth / 2 + g.padding, y: g.labelHeight + g.emptyHeight / 2 },
            ],
          }
        : labelled(
            id,
            wrapColumns(
              stageRoots.map((r) => segmentBox(r, limit - overhead)),
              limit - overhead,
              g.columnGap,
            ),
            g.minSegmentWidth + 2 * g.padding,
            0,
          );
      if (leaves.has(id)) widths.set(id, box.width);
      points.push(...shift(box.points, left, 0));
      left += box.width + g.stageGap;
      height = Math.max(height, box.height);
    }
    return { points, width: left - g.stageGap, height, widths: new Map(widths) };
  };
  const tallest = layout(Number.POSITIVE_INFINITY);
  const aspect = options.aspect ?? DEFAULT_ASPECT;
  let best = tallest;
  for (let n = 2; n <= g.wrapTries; n += 1) {
    const candidate = layout(tallest.height / n);
    if (
      fitScore(candidate.width, candidate.height, aspect) >
      fitScore(best.width, best.height, aspect)
    ) {
      best = candidate;
    }
  }
  const positions = new Map(best.points.map((p) => [p.id, { x: p.x, y: p.y }]));
  let firmCount = 0;
  for (const node of nodes) {
    const id = String(node.data.id);
    const width = best.widths.get(id);
    if (width !== undefined) {
      node.data['width'] = width;
      // Cytoscape's min-width of a compound excludes its padding.
      node.data['innerWidth'] = width - 2 * g.padding;
    }
    if (leaves.has(id)) node.data['height'] = g.emptyHeight;
    const position = positions.get(id);
    if (position) node.position = position;
    if (node.data['kind'] === 'firm') firmCount += 1;
  }

  const drawn = new Set(home.keys());
  const edges: ElementDefinition[] = [];
  for (const l of data.links) {
    if (!drawn.has(l.supplierId) || !drawn.has(l.buyerId) || l.supplierId === l.buyerId) continue;
    const supplier = firms.get(l.supplierId);
    edges.push({
      group: 'edges',
      data: {
        id: `link:${String(l.id)}`,
        source: firmNodeId(l.supplierId),
        target: firmNodeId(l.buyerId),
        kind: 'supply',
        label: l.product ?? '',
        amount: l.amount ?? 0,
      },
      classes: ['supply', supplier?.isLocal ? 'from-local' : 'from-outside', l.source].join(' '),
    });
  }
  return { nodes, edges, firmCount };
}
