// Which group (cluster, chain, segment or park) each firm of the network falls in, as compound-node
// ids. A firm mapped to several segments sits in its primary segment (else its first mapping's), and
// in that segment's chain and cluster; grouping by segment uses the segment's top-level ancestor.
import type { Chain, Cluster, Enterprise, EnterpriseSegment, Segment } from '../domain/schemas.js';
import type { GroupBy, NetworkGroup } from './schemas.js';

export type GroupInput = {
  clusters: readonly Cluster[];
  chains: readonly Chain[];
  segments: readonly Segment[];
  mappings: readonly EnterpriseSegment[];
};

type GroupHead = Pick<NetworkGroup, 'id' | 'kind' | 'label'> & { order: number };

const UNASSIGNED: GroupHead = { id: 'g:none', kind: 'unassigned', label: '', order: 1e9 };
const OUTSIDE: GroupHead = { id: 'g:outside', kind: 'outside', label: '', order: 1e9 + 2 };
const NO_PARK: GroupHead = { id: 'g:nopark', kind: 'noPark', label: '', order: 1e9 + 1 };

/** The segment each firm belongs to for grouping, from its mappings (rejected ones ignored). */
function segmentOfFirm(input: GroupInput): Map<number, Segment> {
  const segments = new Map(input.segments.map((s) => [s.id, s]));
  const out = new Map<number, Segment>();
  const primary = new Set<number>();
  for (const m of input.mappings) {
    if (m.status === 'rejected') continue;
    const segment = segments.get(m.segmentId);
    if (segment === undefined) continue;
    if (m.isPrimary && !primary.has(m.enterpriseId)) {
      primary.add(m.enterpriseId);
      out.set(m.enterpriseId, segment);
    } else if (!out.has(m.enterpriseId)) out.set(m.enterpriseId, segment);
  }
  return out;
}

/** The top-level segment above `s` (itself when it has no parent); a cycle stops at the start. */
function topSegment(s: Segment, segments: ReadonlyMap<number, Segment>): Segment {
  let top = s;
  for (let hops = 0; top.parentId !== null && hops < 50; hops++) {
    const up = segments.get(top.parentId);
    if (!up) break;
    top = up;
  }
  return top;
}

/** A function giving each firm's group head, or null when the view is not grouped. */
export function grouper(
  input: GroupInput,
  groupBy: GroupBy,
): ((firm: Enterprise) => GroupHead) | null {
  if (groupBy === 'none') return null;
  if (groupBy === 'park') {
    const heads = new Map<string, GroupHead>();
    return (firm) => {
      if (!firm.isLocal) return OUTSIDE;
      const park = firm.park?.trim();
      if (!park) return NO_PARK;
      let head = heads.get(park);
      if (!head) {
        head = { id: `g:park:${park}`, kind: 'named', label: park, order: 0 };
        heads.set(park, head);
      }
      return head;
    };
  }
  const firmSegment = segmentOfFirm(input);
  const segments = new Map(input.segments.map((x) => [x.id, x]));
  const chains = new Map(input.chains.map((c) => [c.id, c]));
  const clusters = new Map(input.clusters.map((c) => [c.id, c]));
  const heads = new Map<string, GroupHead>();
  const head = (id: string, label: string, order: number): GroupHead => {
    let h = heads.get(id);
    if (!h) {
      h = { id, kind: 'named', label, order };
      heads.set(id, h);
    }
    return h;
  };
  return (firm) => {
    const segment = firmSegment.get(firm.id);
    const chain = chains.get(segment?.chainId ?? -1);
    if (!segment || !chain) return UNASSIGNED;
    if (groupBy === 'segment') {
      const top = topSegment(segment, segments);
      return head(`g:seg:${String(top.id)}`, top.name, chain.sortOrder * 1e4 + top.sortOrder);
    }
    if (groupBy === 'chain') {
      const cluster = clusters.get(chain.clusterId);
      return head(
        `g:chain:${String(chain.id)}`,
        chain.name,
        (cluster?.sortOrder ?? 0) * 1e4 + chain.sortOrder,
      );
    }
    const cluster = clusters.get(chain.clusterId);
    if (!cluster) return UNASSIGNED;
    return head(`g:cluster:${String(cluster.id)}`, cluster.name, cluster.sortOrder);
  };
}

/**
 * The grouping actually drawn: when every shown firm falls into one group (one cluster, one chain),
 * that single box says nothing, so the next level down is used (cluster → chain → segment; a park →
 * chain → segment) until the firms spread over several groups or no level is left.
 */
export function refineGrouping(
  input: GroupInput,
  groupBy: GroupBy,
  firms: readonly Enterprise[],
): GroupBy {
  const next: Record<GroupBy, GroupBy | null> = {
    cluster: 'chain',
    park: 'chain',
    chain: 'segment',
    segment: null,
    none: null,
  };
  let level = groupBy;
  for (;;) {
    const groupOf = grouper(input, level);
    const down = next[level];
    if (!groupOf || down === null || firms.length < 2) return level;
    const ids = new Set<string>();
    for (const f of firms) {
      ids.add(groupOf(f).id);
      if (ids.size > 1) return level;
    }
    level = down;
  }
}

export type { GroupHead };
