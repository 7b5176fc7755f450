// Lookups built once per analysis run (maps by id, segment tree, link attribution), so every metric
// is a linear pass. Link attribution rule (issue 4): a link is "in" segment S when its segment is S, or,
// when it names no segment, when its supplier is mapped (confirmed or uncertain) to S.
import type { Chain, Cluster, Enterprise, Segment, SupplyLink } from '../domain/schemas.js';
import type { WorkspaceData } from '../domain/workspace-data.js';

export type WorkspaceIndex = {
  data: WorkspaceData;
  firm: Map<number, Enterprise>;
  /** Ids of local firms (checked once per link, so a Set rather than firm lookups). */
  local: Set<number>;
  segment: Map<number, Segment>;
  chain: Map<number, Chain>;
  cluster: Map<number, Cluster>;
  childrenOf: Map<number, Segment[]>;
  /** Segments of each chain in tree order (parent before children, siblings by sortOrder). */
  segmentsOfChain: Map<number, Segment[]>;
  leafIds: Set<number>;
  /** Leaf segment ids below (or equal to) a segment. */
  leavesUnder: Map<number, number[]>;
  path: Map<number, string[]>;
  depth: Map<number, number>;
  /** Firms with a confirmed mapping to a segment. */
  confirmedFirms: Map<number, number[]>;
  /** Segments a firm is mapped to (confirmed or uncertain). */
  firmSegments: Map<number, number[]>;
  /** Chains a firm has a confirmed mapping in. */
  firmChains: Map<number, Set<number>>;
  /** Links per segment they are attributed to. */
  linksOfSegment: Map<number, SupplyLink[]>;
  /** Segments each link is attributed to (by index in data.links). */
  segmentsOfLink: number[][];
};

const push = <K, V>(m: Map<K, V[]>, k: K, v: V): void => {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
};

const bySort = (a: Segment, b: Segment): number => a.sortOrder - b.sortOrder || a.id - b.id;

export function indexWorkspace(data: WorkspaceData): WorkspaceIndex {
  const firm = new Map(data.enterprises.map((e) => [e.id, e]));
  const local = new Set(data.enterprises.filter((e) => e.isLocal).map((e) => e.id));
  const segment = new Map(data.segments.map((s) => [s.id, s]));
  const chain = new Map(data.chains.map((c) => [c.id, c]));
  const cluster = new Map(data.clusters.map((c) => [c.id, c]));

  const childrenOf = new Map<number, Segment[]>();
  const roots = new Map<number, Segment[]>();
  for (const s of data.segments) {
    if (s.parentId !== null && segment.has(s.parentId)) push(childrenOf, s.parentId, s);
    else push(roots, s.chainId, s);
  }
  for (const list of childrenOf.values()) list.sort(bySort);

  const segmentsOfChain = new Map<number, Segment[]>();
  const leafIds = new Set<number>();
  const leavesUnder = new Map<number, number[]>();
  const path = new Map<number, string[]>();
  const depth = new Map<number, number>();
  const visit = (s: Segment, parentPath: string[], out: Segment[]): number[] => {
    const p = [...parentPath, s.name];
    path.set(s.id, p);
    depth.set(s.id, parentPath.length);
    out.push(s);
    const kids = childrenOf.get(s.id) ?? [];
    let leaves: number[] = [];
    if (kids.length === 0) {
      leafIds.add(s.id);
      leaves = [s.id];
    } else for (const k of kids) leaves = leaves.concat(visit(k, p, out));
    leavesUnder.set(s.id, leaves);
    return leaves;
  };
  for (const c of data.chains) {
    const out: Segment[] = [];
    for (const r of (roots.get(c.id) ?? []).sort(bySort)) visit(r, [], out);
    segmentsOfChain.set(c.id, out);
  }

  const confirmedFirms = new Map<number, number[]>();
  const firmSegments = new Map<number, number[]>();
  const firmChains = new Map<number, Set<number>>();
  for (const m of data.mappings) {
    const s = segment.get(m.segmentId);
    if (!s || !firm.has(m.enterpriseId) || m.status === 'rejected') continue;
    push(firmSegments, m.enterpriseId, m.segmentId);
    if (m.status === 'confirmed') {
      push(confirmedFirms, m.segmentId, m.enterpriseId);
      const set = firmChains.get(m.enterpriseId) ?? new Set<number>();
      set.add(s.chainId);
      firmChains.set(m.enterpriseId, set);
    }
  }

  const linksOfSegment = new Map<number, SupplyLink[]>();
  const segmentsOfLink: number[][] = [];
  const none: number[] = [];
  for (const l of data.links) {
    const segs =
      l.segmentId !== null && segment.has(l.segmentId)
        ? [l.segmentId]
        : l.segmentId === null
          ? (firmSegments.get(l.supplierId) ?? none)
          : none;
    segmentsOfLink.push(segs);
    for (const s of segs) push(linksOfSegment, s, l);
  }

  return {
    data,
    firm,
    local,
    segment,
    chain,
    cluster,
    childrenOf,
    segmentsOfChain,
    leafIds,
    leavesUnder,
    path,
    depth,
    confirmedFirms,
    firmSegments,
    firmChains,
    linksOfSegment,
    segmentsOfLink,
  };
}

export const isLocalFirm = (ix: WorkspaceIndex, id: number): boolean => ix.local.has(id);

export const localFirmsOf = (ix: WorkspaceIndex, segmentId: number): Enterprise[] => {
  const out: Enterprise[] = [];
  for (const id of ix.confirmedFirms.get(segmentId) ?? []) {
    const f = ix.firm.get(id);
    if (f?.isLocal) out.push(f);
  }
  // By id, so the order does not depend on the order rows were read in.
  return out.sort((a, b) => a.id - b.id);
};
