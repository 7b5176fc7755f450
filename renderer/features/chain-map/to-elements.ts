// Pure mapping from a chain's graph data to Cytoscape elements with preset positions: three stage
// columns (上游 → 中游 → 下游), each segment a box holding its firms and sub-segments, supply links
// as edges. Deterministic (same data, same picture) and testable without a DOM.
import type { ElementDefinition } from 'cytoscape';

import type { Enterprise, EnterpriseSegment, Segment, Stage } from '../../../shared/domain/schemas.js';
import type { GraphData } from '../../../shared/ipc/contract.js';

export const STAGES: readonly Stage[] = ['upstream', 'midstream', 'downstream'];
export const ANCHOR_TAG = '链主';

/** Geometry in model pixels; the stylesheet reads the same numbers so boxes and layout agree. */
export const GEOMETRY = {
  columnWidth: 360,
  columnGap: 140,
  firmWidth: 150,
  firmHeight: 34,
  firmGapX: 12,
  firmGapY: 10,
  padding: 12,
  labelHeight: 22,
  segmentGap: 16,
  emptyHeight: 30,
} as const;

export type ChainElementLabels = { stage: Record<Stage, string> };

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

export function toChainElements(data: GraphData, labels: ChainElementLabels): ChainElements {
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
  STAGES.forEach((stage) => roots.filter((r) => r.stage === stage).forEach(visit));

  const firms = new Map<number, Enterprise>(data.enterprises.map((e) => [e.id, e]));
  const home = homeSegments(data.mappings, order);
  const firmsIn = new Map<number, Enterprise[]>();
  for (const [firmId, m] of home) {
    const firm = firms.get(firmId);
    if (firm) firmsIn.set(m.segmentId, [...(firmsIn.get(m.segmentId) ?? []), firm]);
  }
  for (const list of firmsIn.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));

  const nodes: ElementDefinition[] = [];
  let firmCount = 0;

  const placeFirms = (list: Enterprise[], parent: string, x: number, top: number, width: number) => {
    const cols = Math.max(1, Math.floor((width + g.firmGapX) / (g.firmWidth + g.firmGapX)));
    list.forEach((firm, i) => {
      const row = Math.floor(i / cols);
      const inRow = Math.min(cols, list.length - row * cols);
      const rowWidth = inRow * g.firmWidth + (inRow - 1) * g.firmGapX;
      const m = home.get(firm.id);
      const isAnchor = firm.tags.includes(ANCHOR_TAG);
      nodes.push({
        group: 'nodes',
        data: {
          id: firmNodeId(firm.id),
          parent,
          kind: 'firm',
          label: shortFirmName(firm.name),
          name: firm.name,
          enterpriseId: firm.id,
          isLocal: firm.isLocal,
        },
        classes: [
          'firm',
          firm.isLocal ? 'local' : 'outside',
          isAnchor ? 'anchor' : '',
          m?.status === 'uncertain' ? 'uncertain' : '',
        ]
          .filter(Boolean)
          .join(' '),
        position: {
          x: x - rowWidth / 2 + g.firmWidth / 2 + (i % cols) * (g.firmWidth + g.firmGapX),
          y: top + row * (g.firmHeight + g.firmGapY) + g.firmHeight / 2,
        },
      });
      firmCount += 1;
    });
    const rows = Math.ceil(list.length / cols);
    return rows === 0 ? top : top + rows * (g.firmHeight + g.firmGapY) - g.firmGapY;
  };

  /** Lays out one segment box with its label above it; returns the y just below the box. */
  const placeSegment = (s: Segment, parent: string, x: number, top: number, width: number): number => {
    const own = firmsIn.get(s.id) ?? [];
    const kids = children.get(s.id) ?? [];
    const boxTop = top + g.labelHeight;
    const isEmpty = own.length === 0 && kids.length === 0;
    const node: ElementDefinition = {
      group: 'nodes',
      data: {
        id: segmentNodeId(s.id),
        parent,
        kind: 'segment',
        label: s.isKey ? `★ ${s.name}` : s.name,
        segmentId: s.id,
        stage: s.stage,
        width,
        height: g.emptyHeight,
      },
      classes: ['segment', s.isKey ? 'key' : '', isEmpty ? 'empty' : ''].filter(Boolean).join(' '),
    };
    nodes.push(node);
    if (isEmpty) {
      node.position = { x, y: boxTop + g.emptyHeight / 2 };
      return boxTop + g.emptyHeight;
    }
    const inner = width - 2 * g.padding;
    let y = placeFirms(own, segmentNodeId(s.id), x, boxTop + g.padding, inner);
    kids.forEach((kid, i) => {
      if (own.length > 0 || i > 0) y += g.segmentGap;
      y = placeSegment(kid, segmentNodeId(s.id), x, y, inner);
    });
    return y + g.padding;
  };

  STAGES.forEach((stage, column) => {
    const x = column * (g.columnWidth + g.columnGap) + g.columnWidth / 2;
    const stageRoots = roots.filter((r) => r.stage === stage);
    const id = stageNodeId(stage);
    const stageNode: ElementDefinition = {
      group: 'nodes',
      data: { id, kind: 'stage', label: labels.stage[stage], stage, width: g.columnWidth, height: g.emptyHeight },
      classes: stageRoots.length === 0 ? 'stage empty' : 'stage',
    };
    nodes.push(stageNode);
    if (stageRoots.length === 0) {
      stageNode.position = { x, y: g.labelHeight + g.emptyHeight / 2 };
      return;
    }
    let y = g.labelHeight + g.padding;
    stageRoots.forEach((s, i) => {
      if (i > 0) y += g.segmentGap;
      y = placeSegment(s, id, x, y, g.columnWidth - 2 * g.padding);
    });
  });

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
