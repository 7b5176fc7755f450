// Which group (cluster, chain or park) each firm of the network falls in, as compound-node ids.
// A firm mapped to several chains sits in its primary segment's chain (else its first mapping's).
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

/** The chain each firm belongs to for grouping, from its mappings (rejected ones ignored). */
function chainOfFirm(input: GroupInput): Map<number, number> {
  const chainOfSegment = new Map(input.segments.map((s) => [s.id, s.chainId]));
  const out = new Map<number, number>();
  const primary = new Set<number>();
  for (const m of input.mappings) {
    if (m.status === 'rejected') continue;
    const chain = chainOfSegment.get(m.segmentId);
    if (chain === undefined) continue;
    if (m.isPrimary && !primary.has(m.enterpriseId)) {
      primary.add(m.enterpriseId);
      out.set(m.enterpriseId, chain);
    } else if (!out.has(m.enterpriseId)) out.set(m.enterpriseId, chain);
  }
  return out;
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
  const firmChain = chainOfFirm(input);
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
    const chain = chains.get(firmChain.get(firm.id) ?? -1);
    if (!chain) return UNASSIGNED;
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

export type { GroupHead };
