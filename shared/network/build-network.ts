// The supply network for one filter, already grouped: firms in expanded groups as nodes, collapsed
// groups as one node each, links summed between whatever nodes their ends land on. Bad rows (links to
// firms that do not exist, self-loops, the same supplier→buyer pair twice) are counted, not drawn.
// A view with everything in one group is grouped one level finer; a dense view marks its minor edges.
import type { SegmentState } from '../analysis/schemas.js';
import type { Enterprise, LinkSource, SupplyLink } from '../domain/schemas.js';
import { backboneEdges } from './backbone.js';
import { firmPredicate, isAnchor, isTop500, networkViewKey } from './filter.js';
import { grouper, refineGrouping, type GroupHead, type GroupInput } from './grouping.js';
import { firmsBehindRest, restNodeId } from './open-cap.js';
import {
  COLLAPSE_ABOVE,
  type GroupBy,
  type NetworkEdge,
  type NetworkFilter,
  type NetworkFirm,
  type NetworkGraph,
  type NetworkGroup,
} from './schemas.js';

export type NetworkInput = GroupInput & {
  enterprises: readonly Enterprise[];
  links: readonly SupplyLink[];
};

export type NetworkRequest = {
  filter: NetworkFilter;
  groupBy: GroupBy;
  /** Group ids drawn expanded; undefined: all when the view is small, none when it is large. */
  expanded?: readonly string[] | undefined;
  /** Opened groups drawn whole; any other opened group above the cap draws its top firms only. */
  showAll?: readonly string[] | undefined;
  stateOfSegment?: ReadonlyMap<number, SegmentState> | undefined;
};

const STRENGTH: Record<LinkSource, number> = { verified: 3, reported: 2, inferred: 1 };

export const firmNodeId = (id: number): string => `f:${String(id)}`;

type Head = GroupHead & { firms: number; local: number; inner: number };

/** The firms and links a filter keeps, their link counts and their groups, before any drawing choice. */
export type NetworkBasis = {
  shown: Map<number, Enterprise>;
  links: SupplyLink[];
  problems: NetworkGraph['problems'];
  degree: Map<number, number>;
  drawnGroupBy: GroupBy;
  heads: Map<string, Head>;
  headOfFirm: Map<number, string>;
  members: Map<string, Enterprise[]>;
};

export function networkBasis(
  data: NetworkInput,
  req: Pick<NetworkRequest, 'filter' | 'groupBy' | 'stateOfSegment'>,
): NetworkBasis {
  const known = new Map(data.enterprises.map((e) => [e.id, e]));
  const passes = firmPredicate(data, req.filter, req.stateOfSegment);
  const shown = new Map<number, Enterprise>();
  for (const e of data.enterprises) if (passes(e)) shown.set(e.id, e);

  const problems = { missingEnds: 0, selfLoops: 0, duplicates: 0 };
  const pairs = new Set<string>();
  const links: SupplyLink[] = [];
  const min = req.filter.minAmount;
  for (const l of data.links) {
    if (!known.has(l.supplierId) || !known.has(l.buyerId)) {
      problems.missingEnds++;
      continue;
    }
    if (l.supplierId === l.buyerId) {
      problems.selfLoops++;
      continue;
    }
    if (!shown.has(l.supplierId) || !shown.has(l.buyerId)) continue;
    if (min !== undefined && (l.amount === null || l.amount < min)) continue;
    const pair = `${String(l.supplierId)}>${String(l.buyerId)}`;
    // A second link for the same pair (another product, or a duplicated row) is summed into the
    // first edge; counted so the screen can say so.
    if (pairs.has(pair)) problems.duplicates++;
    else pairs.add(pair);
    links.push(l);
  }

  const degree = new Map<number, number>();
  for (const l of links) {
    degree.set(l.supplierId, (degree.get(l.supplierId) ?? 0) + 1);
    degree.set(l.buyerId, (degree.get(l.buyerId) ?? 0) + 1);
  }

  const drawnGroupBy = refineGrouping(data, req.groupBy, [...shown.values()]);
  const groupOf = grouper(data, drawnGroupBy);
  const heads = new Map<string, Head>();
  const headOfFirm = new Map<number, string>();
  const members = new Map<string, Enterprise[]>();
  if (groupOf)
    for (const f of shown.values()) {
      const h = groupOf(f);
      let g = heads.get(h.id);
      if (!g) {
        g = { ...h, firms: 0, local: 0, inner: 0 };
        heads.set(h.id, g);
      }
      g.firms++;
      if (f.isLocal) g.local++;
      headOfFirm.set(f.id, h.id);
      const list = members.get(h.id) ?? [];
      list.push(f);
      members.set(h.id, list);
    }
  return { shown, links, problems, degree, drawnGroupBy, heads, headOfFirm, members };
}

export function buildNetwork(data: NetworkInput, req: NetworkRequest): NetworkGraph {
  const { shown, links, problems, degree, drawnGroupBy, heads, headOfFirm, members } = networkBasis(
    data,
    req,
  );
  const expanded = new Set(req.expanded ?? (shown.size <= COLLAPSE_ABOVE ? [...heads.keys()] : []));
  const behindRest = firmsBehindRest(members, expanded, new Set(req.showAll ?? []), degree);
  const nodeOf = (id: number): string => {
    const g = headOfFirm.get(id);
    if (g === undefined) return firmNodeId(id);
    if (!expanded.has(g)) return g;
    return behindRest.has(id) ? restNodeId(g) : firmNodeId(id);
  };

  const edges = new Map<string, NetworkEdge>();
  for (const l of links) {
    const source = nodeOf(l.supplierId);
    const target = nodeOf(l.buyerId);
    if (source === target) {
      const g = heads.get(source);
      if (g) g.inner++;
      continue;
    }
    const id = `e:${source}>${target}`;
    const e = edges.get(id);
    if (!e) {
      edges.set(id, { id, source, target, count: 1, amount: l.amount, evidence: l.source });
      continue;
    }
    e.count++;
    if (l.amount !== null) e.amount = (e.amount ?? 0) + l.amount;
    if (STRENGTH[l.source] > STRENGTH[e.evidence]) e.evidence = l.source;
  }

  const firmEdges = [...edges.values()].filter(
    (e) => e.source.startsWith('f:') && e.target.startsWith('f:'),
  );
  const drawn = backboneEdges(firmEdges);
  if (drawn.size < firmEdges.length)
    for (const e of firmEdges) if (!drawn.has(e.id)) e.minor = true;

  // Firms behind a collapsed group or a rest node are not sent: on 20,000 firms their places were
  // 99 % of the answer. The search asks where a firm it found stands (locateFirms).
  const firms: NetworkFirm[] = [];
  for (const f of shown.values()) {
    const group = headOfFirm.get(f.id) ?? null;
    if (group !== null && (!expanded.has(group) || behindRest.has(f.id))) continue;
    firms.push({
      id: firmNodeId(f.id),
      firmId: f.id,
      name: f.name,
      uscc: f.uscc,
      isLocal: f.isLocal,
      isAnchor: isAnchor(f),
      isTop500: isTop500(f),
      revenue: f.revenue,
      degree: degree.get(f.id) ?? 0,
      group,
    });
  }
  const restCount = new Map<string, number>();
  for (const g of behindRest.values()) restCount.set(g, (restCount.get(g) ?? 0) + 1);
  const groups: NetworkGroup[] = [...heads.values()]
    .sort((a, b) => a.order - b.order || a.label.localeCompare(b.label, 'zh'))
    .map((g) => ({
      id: g.id,
      kind: g.kind,
      label: g.label,
      firmCount: g.firms,
      localCount: g.local,
      innerLinks: g.inner,
      expanded: expanded.has(g.id),
      restCount: restCount.get(g.id) ?? 0,
    }));
  return {
    viewKey: networkViewKey(req.filter, req.groupBy),
    groupBy: req.groupBy,
    drawnGroupBy,
    firmCount: shown.size,
    linkCount: links.length,
    groups,
    firms,
    edges: [...edges.values()],
    problems,
    investorCountries: [
      ...new Set(
        data.enterprises.map((e) => e.investorCountry?.trim() ?? '').filter((c) => c !== ''),
      ),
    ].sort((a, b) => a.localeCompare(b, 'zh')),
  };
}
