// The network answer as Cytoscape element definitions and the stylesheet, both plain data (no
// Cytoscape import), so the mapping is tested without a DOM and the exporter can read the same sizes.
import { restNodeId } from './open-cap.js';
import { CROWD_FONT, MIN_ZOOMED_FONT, permanentLabels } from './labels.js';
import type { NetworkEdge, NetworkFirm, NetworkGraph, NetworkGroup } from './schemas.js';

export type ElementDef = {
  group: 'nodes' | 'edges';
  data: Record<string, string | number | null>;
  classes: string;
};

export type GroupWords = (g: NetworkGroup) => string;

/** Node diameter: revenue (万元) where known, else the number of links, on log scales. */
export function firmSize(f: Pick<NetworkFirm, 'revenue' | 'degree'>): number {
  if (f.revenue !== null && f.revenue > 0)
    return Math.round(Math.min(64, 16 + 6 * Math.log10(f.revenue + 1)));
  return Math.round(Math.min(56, 14 + 6 * Math.log2(f.degree + 1)));
}

/** Firms are drawn smaller when there are many, so a few thousand do not overlap into one ball. */
export const crowdScale = (firms: number): number =>
  firms <= 300 ? 1 : Math.max(0.4, Math.sqrt(300 / firms));

/** An expanded group's title grows with the box it names (its firms spread over about √n rows). */
export const titleSize = (firmCount: number): number =>
  Math.round(Math.min(96, Math.max(18, 3 * Math.sqrt(firmCount))));

/** A collapsed group grows with the square root of its firm count. */
export const groupSize = (g: Pick<NetworkGroup, 'firmCount'>): number =>
  Math.round(Math.min(180, 40 + 6 * Math.sqrt(g.firmCount)));

/** Edge width: amount (万元) where the links have one, else how many links were summed. */
export function edgeWidth(e: Pick<NetworkEdge, 'amount' | 'count'>): number {
  const raw = e.amount !== null && e.amount > 0 ? Math.log10(e.amount + 1) : Math.log2(e.count + 1);
  return Math.round(Math.min(12, 1 + raw) * 10) / 10;
}

const edgeDef = (e: NetworkEdge): ElementDef => ({
  group: 'edges',
  data: {
    id: e.id,
    source: e.source,
    target: e.target,
    width: edgeWidth(e),
    count: e.count,
    amount: e.amount,
  },
  classes: `${e.evidence}${e.source.startsWith('f:') && e.target.startsWith('f:') ? '' : ' summed'}`,
});

/** The edges left out of a dense drawing, added while one of their firms is hovered. */
export const minorElements = (graph: NetworkGraph): ElementDef[] =>
  graph.edges.filter((e) => e.minor === true).map(edgeDef);

/**
 * Nodes and drawn edges; minor edges of a dense view are left to `minorElements`. An opened group
 * above the cap gets its rest node, labelled by `restLabel` with the number of firms behind it.
 */
export function toElements(
  graph: NetworkGraph,
  groupLabel: GroupWords,
  restLabel: (count: number) => string = (n) => `+${String(n)}`,
): ElementDef[] {
  const out: ElementDef[] = [];
  const scale = crowdScale(graph.firms.length);
  const major = permanentLabels(graph.firms);
  // The order the names are kept in when they would cover one another: the biggest firm first.
  const rank = new Map([...major].map((id, i) => [id, i]));
  for (const g of graph.groups) {
    out.push({
      group: 'nodes',
      data: {
        id: g.id,
        label: groupLabel(g),
        size: groupSize(g),
        titleSize: titleSize(g.firmCount),
        firmCount: g.firmCount,
        localShare: g.firmCount === 0 ? 0 : g.localCount / g.firmCount,
      },
      classes: `group ${g.expanded ? 'expanded' : 'collapsed'}`,
    });
  }
  for (const g of graph.groups) {
    const rest = g.restCount ?? 0;
    if (!g.expanded || rest === 0) continue;
    // Drawn and toggled like a collapsed group (double-click shows the group whole).
    out.push({
      group: 'nodes',
      data: {
        id: restNodeId(g.id),
        parent: g.id,
        label: restLabel(rest),
        size: groupSize({ firmCount: rest }),
        // Words sized to the box it sits in (the drawn firms), not to the thousands behind it.
        titleSize: titleSize(g.firmCount - rest),
        firmCount: rest,
      },
      classes: 'group collapsed rest',
    });
  }
  for (const f of graph.firms) {
    const classes = ['firm', f.isLocal ? 'local' : 'outside'];
    if (f.isAnchor) classes.push('anchor');
    if (f.isTop500) classes.push('top500');
    // A large view names its other firms only zoomed well in, smaller, so names overlap less.
    if (major.has(f.id)) classes.push('major');
    else if (major.size > 0) classes.push('crowd');
    else classes.push('named');
    out.push({
      group: 'nodes',
      data: {
        id: f.id,
        parent: f.group,
        firmId: f.firmId,
        label: f.name,
        size: Math.max(6, Math.round(firmSize(f) * scale)),
        ...(rank.has(f.id) ? { labelRank: rank.get(f.id) } : {}),
      },
      classes: classes.join(' '),
    });
  }
  for (const e of graph.edges) {
    if (e.minor === true) continue;
    const d = edgeDef(e);
    out.push(major.size > 0 ? { ...d, classes: `${d.classes} dense` } : d);
  }
  return out;
}

export const NETWORK_COLORS = {
  local: '#1677ff',
  outside: '#fa8c16',
  anchor: '#cf1322',
  top500: '#722ed1',
  group: '#f5f7fa',
  edge: '#a0a7b4',
  highlight: '#13c2c2',
};

type Style = { selector: string; style: Record<string, string | number> };

/** A #rrggbb colour drawn at `alpha` over white, as an opaque colour. */
export function onWhite(hex: string, alpha: number): string {
  const mix = (i: number) =>
    Math.round(parseInt(hex.slice(i, i + 2), 16) * alpha + 255 * (1 - alpha))
      .toString(16)
      .padStart(2, '0');
  return `#${mix(1)}${mix(3)}${mix(5)}`;
}

/** Links are drawn at this opacity (a dense view's: in this colour over white, opaque). */
export const EDGE_OPACITY = 0.6;
/** Arrow heads at this fraction of Cytoscape's default size. */
export const ARROW_SCALE = 0.8;
/** A link summed from several, to or from a collapsed group. */
const SUMMED_OPACITY = 0.8;
export const VERIFIED_EDGE = '#7c8594';

/**
 * A dense view's links of `cls` ('' for all), opaque in the colours they have at `alpha` over white:
 * Cytoscape draws the arrow of a translucent link twice (it clears the spot first), and a first
 * drawing of 2,000 links took 50-70 ms longer for it.
 */
const opaqueLinks = (cls: string, alpha: number): Style[] => {
  const colour = (hex: string) => ({
    'line-color': onWhite(hex, alpha),
    'mid-target-arrow-color': onWhite(hex, alpha),
  });
  return [
    { selector: `edge.dense${cls}`, style: { opacity: 1, ...colour(NETWORK_COLORS.edge) } },
    { selector: `edge.dense${cls}.verified`, style: colour(VERIFIED_EDGE) },
  ];
};

/** The screen's stylesheet: labels only above a zoom level, edges styled by evidence. */
export const NETWORK_STYLE: Style[] = [
  {
    selector: 'node.firm',
    style: { width: 'data(size)', height: 'data(size)', 'border-width': 2 },
  },
  // Names only where they can be read: every firm of a small view (class `named` from the start),
  // the biggest firms of a large one at every zoom (the view keeps their size readable as it zooms),
  // its other firms only in view at a zoom that draws them (the view names them), hovered or
  // selected. A firm with no name gets no text properties at all: styling them cost about 0.2 s of
  // adding chain 38's 2,025 firms (cold), and an undrawn name is still measured on every add and move.
  {
    selector: 'node.firm.named, node.firm.major, node.firm.hl, node.firm:selected',
    style: {
      label: 'data(label)',
      'font-size': 11,
      'min-zoomed-font-size': MIN_ZOOMED_FONT,
      'text-valign': 'bottom',
      'text-margin-y': 3,
    },
  },
  {
    selector: 'node.firm.crowd.named, node.firm.crowd.hl, node.firm.crowd:selected',
    style: { 'font-size': CROWD_FONT },
  },
  {
    selector: 'node.firm.major',
    style: {
      'font-size': 22,
      'font-weight': 'bold',
      'min-zoomed-font-size': 0,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '2px',
      'z-index': 5,
    },
  },
  // A permanent name that would cover a bigger firm's name at this zoom waits until zoomed in; the
  // hovered firm and its neighbours show theirs anyway.
  {
    selector: 'node.firm.major.spaced-out',
    style: { 'text-opacity': 0, 'text-background-opacity': 0 },
  },
  {
    selector: 'node.firm.major.spaced-out.hl',
    style: { 'text-opacity': 1, 'text-background-opacity': 0.75 },
  },
  {
    selector: 'node.local',
    style: { 'background-color': NETWORK_COLORS.local, 'border-color': '#0958d9' },
  },
  {
    selector: 'node.outside',
    style: {
      'background-color': '#fff7e6',
      'border-color': NETWORK_COLORS.outside,
      'border-style': 'dashed',
      'border-width': 3,
    },
  },
  { selector: 'node.top500', style: { shape: 'diamond' } },
  {
    selector: 'node.anchor',
    style: { shape: 'star', 'border-color': NETWORK_COLORS.anchor, 'border-width': 4 },
  },
  {
    selector: 'node.group',
    style: {
      label: 'data(label)',
      'font-size': 'data(titleSize)',
      'font-weight': 'bold',
      'text-valign': 'top',
      'background-color': NETWORK_COLORS.group,
      'border-color': '#8c8c8c',
      'border-width': 1,
      shape: 'round-rectangle',
      // A box around its firms, not their names: the biggest firms' names are drawn large at low
      // zoom, and a box grown around them reached into the neighbouring groups.
      'compound-sizing-wrt-labels': 'exclude',
    },
  },
  {
    selector: 'node.group.collapsed',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      'text-valign': 'center',
      'text-wrap': 'wrap',
      'text-max-width': '160px',
      'font-size': 16,
      'background-color': '#e6f4ff',
      'border-width': 2,
      'border-color': NETWORK_COLORS.local,
    },
  },
  // The rest node's words stay readable when the whole opened group is in view (its firms are small).
  {
    selector: 'node.rest',
    style: {
      'border-style': 'dashed',
      'background-color': '#fafafa',
      'font-size': 'data(titleSize)',
      'text-max-width': '480px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'z-index': 6,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': NETWORK_COLORS.edge,
      'target-arrow-color': NETWORK_COLORS.edge,
      'target-arrow-shape': 'triangle',
      'arrow-scale': ARROW_SCALE,
      'curve-style': 'straight',
      opacity: EDGE_OPACITY,
    },
  },
  {
    selector: 'edge.dense',
    style: {
      'curve-style': 'haystack',
      'haystack-radius': 0,
      'target-arrow-shape': 'none',
      'mid-target-arrow-shape': 'triangle',
    },
  },
  { selector: 'edge.verified', style: { 'line-color': VERIFIED_EDGE } },
  ...opaqueLinks('', EDGE_OPACITY),
  { selector: 'edge.reported', style: { 'line-style': 'solid' } },
  { selector: 'edge.inferred', style: { 'line-style': 'dashed' } },
  {
    selector: 'edge.summed',
    style: { label: 'data(count)', 'font-size': 10, opacity: SUMMED_OPACITY },
  },
  ...opaqueLinks('.summed', SUMMED_OPACITY),
  // A firm's single link to a collapsed group or a rest node: a "1" on each of hundreds of lines
  // says nothing and costs a label each.
  { selector: 'edge.summed[count = 1]', style: { label: '' } },
  { selector: '.faded', style: { opacity: 0.12 } },
  {
    selector: 'node.hl, node:selected',
    style: {
      'border-color': NETWORK_COLORS.highlight,
      'border-width': 5,
      'z-index': 10,
      'min-zoomed-font-size': 0,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
    },
  },
  {
    selector: 'edge.hl',
    style: {
      'line-color': NETWORK_COLORS.highlight,
      'target-arrow-color': NETWORK_COLORS.highlight,
      opacity: 1,
      'curve-style': 'straight',
      'z-index': 9,
    },
  },
];
