// The Analysis page's one selection (cluster, chain, tab) read from and written to the address, and
// the pure filters that apply it to every tab, so the gap table, targets, anchor view and leads agree.
import type { AnchorView } from '../../../shared/analysis/anchor.js';
import type {
  ChainResult,
  TargetRow,
  WorkspaceAnalysis,
} from '../../../shared/analysis/schemas.js';
import type { LeadRow } from '../../../shared/ipc/analysis-contract.js';

export const TABS = ['gaps', 'targets', 'anchor', 'leads', 'snapshots'] as const;
export type Tab = (typeof TABS)[number];

export type Scope = {
  clusterId: number | null;
  chainId: number | null;
  /** A gap segment the target list is narrowed to. */
  segmentId: number | null;
  tab: Tab;
};

const id = (v: string | undefined): number | null => {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : null;
};

export function scopeFromParams(params: Record<string, string>): Scope {
  return {
    clusterId: id(params['cluster']),
    chainId: id(params['chain']),
    segmentId: id(params['segment']),
    tab: TABS.find((t) => t === params['tab']) ?? 'gaps',
  };
}

export function scopeParams(s: Scope): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  if (s.clusterId !== null) out['cluster'] = s.clusterId;
  if (s.chainId !== null) out['chain'] = s.chainId;
  if (s.segmentId !== null) out['segment'] = s.segmentId;
  if (s.tab !== 'gaps') out['tab'] = s.tab;
  return out;
}

/**
 * The selection as the page shows it. A chain the analysis does not know (deleted, bookmark from another
 * workspace) is dropped; a known chain decides the cluster, so the cluster selector and the chain never
 * disagree ("全部集群" is only shown while no chain is chosen).
 */
export function resolveScope(s: Scope, a: WorkspaceAnalysis | undefined): Scope {
  if (!a) return s;
  const chain = a.chains.find((c) => c.chainId === s.chainId);
  if (!chain) {
    const cluster = a.clusters.some((c) => c.clusterId === s.clusterId) ? s.clusterId : null;
    return { ...s, clusterId: cluster, chainId: null, segmentId: null };
  }
  const segment = chain.segments.some((x) => x.segmentId === s.segmentId) ? s.segmentId : null;
  return { ...s, clusterId: chain.clusterId, segmentId: segment };
}

/** Chains in view: the chosen one, else those of the chosen cluster, else all. */
export function chainsInScope(a: WorkspaceAnalysis, s: Scope): ChainResult[] {
  if (s.chainId !== null) return a.chains.filter((c) => c.chainId === s.chainId);
  if (s.clusterId !== null) return a.chains.filter((c) => c.clusterId === s.clusterId);
  return a.chains;
}

export function targetsInScope(a: WorkspaceAnalysis, s: Scope): TargetRow[] {
  const chains = new Set(chainsInScope(a, s).map((c) => c.chainId));
  return a.targets.filter(
    (t) => chains.has(t.chainId) && (s.segmentId === null || t.segmentId === s.segmentId),
  );
}

/**
 * Leads in view. With no chain or cluster chosen, every lead (also those tied to no segment); with one,
 * the leads whose segment is in it.
 */
export function leadsInScope(leads: readonly LeadRow[], a: WorkspaceAnalysis, s: Scope): LeadRow[] {
  if (s.chainId === null && s.clusterId === null) return [...leads];
  const chains = new Set(chainsInScope(a, s).map((c) => c.chainId));
  return leads.filter((l) => l.chainId !== null && chains.has(l.chainId));
}

/** The anchor's supply and invitations limited to the segments of the chains in view. */
export function anchorInScope(v: AnchorView, a: WorkspaceAnalysis, s: Scope): AnchorView {
  if (s.chainId === null && s.clusterId === null) return v;
  const segments = new Set(chainsInScope(a, s).flatMap((c) => c.segments.map((x) => x.segmentId)));
  const keep = (segmentId: number | null) => segmentId !== null && segments.has(segmentId);
  return {
    ...v,
    segments: v.segments.filter((x) => keep(x.segmentId)),
    invite: v.invite.filter((x) => keep(x.segmentId)),
  };
}
