// The whole analysis of a workspace in one pure call: segment states per chain, coverage and local
// supporting rates per chain and cluster, single-source exposure, critical firms, and the target list.
import type { SupplyLink } from '../domain/schemas.js';
import { betweenness, DEFAULT_WORK_BUDGET } from './betweenness.js';
import { singleSourceExposures } from './exposure.js';
import { DEFAULT_SETTINGS, type AnalysisSettings } from './input.js';
import type { WorkspaceData } from '../domain/workspace-data.js';
import { coverageOf, linksByChain, localRateOf } from './metrics.js';
import type {
  Centrality,
  ChainResult,
  ClusterResult,
  SegmentResult,
  WorkspaceAnalysis,
} from './schemas.js';
import { addCounts, emptyCounts, segmentStates } from './segment-states.js';
import { targetRows } from './targets.js';
import { indexWorkspace, type WorkspaceIndex } from './workspace-index.js';

export type AnalysisScope = { clusterId?: number | undefined; chainId?: number | undefined };
export type AnalysisOptions = {
  betweennessBudget?: number;
  /** false: skip betweenness (the slowest part) when only states, rates or targets are wanted. */
  centrality?: boolean;
};

export function criticalFirms(
  ix: WorkspaceIndex,
  top: number,
  budget = DEFAULT_WORK_BUDGET,
): Centrality {
  const ids = ix.data.enterprises.map((e) => e.id);
  const r = betweenness(ids, ix.data.links, budget);
  const n = ids.length;
  const norm = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  const order = ids.map((_, i) => i).filter((i) => (r.scores[i] ?? 0) > 0);
  order.sort((a, b) => (r.scores[b] ?? 0) - (r.scores[a] ?? 0) || (ids[a] ?? 0) - (ids[b] ?? 0));
  const sampled = r.method === 'sampled';
  return {
    graph: 'directed',
    method: r.method,
    nodes: n,
    edges: r.edges,
    sources: r.sources,
    note: {
      zh: `有向供应网络（供应商→买方）上的介数中心性${sampled ? `，按 ${r.sources}/${n} 个起点抽样估算` : '，精确计算'}`,
      en: `Betweenness on the directed supply network (supplier → buyer)${sampled ? `, estimated from ${r.sources} of ${n} sources` : ', exact'}`,
    },
    firms: order.slice(0, top).map((i) => {
      const f = ix.firm.get(ids[i] ?? 0);
      const score = r.scores[i] ?? 0;
      return {
        id: ids[i] ?? 0,
        name: f?.name ?? '',
        isLocal: f?.isLocal === true,
        betweenness: score,
        normalized: score * norm,
      };
    }),
  };
}

const skippedCentrality = (data: WorkspaceData): Centrality => ({
  graph: 'directed',
  method: 'skipped',
  nodes: data.enterprises.length,
  edges: data.links.length,
  sources: 0,
  note: { zh: '未计算介数中心性', en: 'Betweenness not computed' },
  firms: [],
});

export function analyzeWorkspace(
  data: WorkspaceData,
  settings: AnalysisSettings = DEFAULT_SETTINGS,
  scope: AnalysisScope = {},
  options: AnalysisOptions = {},
): WorkspaceAnalysis {
  const ix = indexWorkspace(data);
  const byChain = linksByChain(ix);
  const chainIds = data.chains
    .filter((c) => scope.chainId === undefined || c.id === scope.chainId)
    .filter((c) => scope.clusterId === undefined || c.clusterId === scope.clusterId)
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
    .map((c) => c.id);

  const chains: ChainResult[] = chainIds.flatMap((id) => {
    const c = ix.chain.get(id);
    if (!c) return [];
    const segments = segmentStates(ix, id, settings);
    const leaves = segments.filter((s) => s.isLeaf);
    return [
      {
        chainId: id,
        clusterId: c.clusterId,
        name: c.name,
        coverage: coverageOf(leaves),
        localRate: localRateOf(ix, byChain.get(id) ?? []),
        leafCounts: leaves.reduce((a, s) => addCounts(a, s.leafCounts), emptyCounts()),
        segments,
      },
    ];
  });

  const clusters: ClusterResult[] = data.clusters
    .filter((c) => chains.some((ch) => ch.clusterId === c.id))
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
    .map((c) => {
      const own = chains.filter((ch) => ch.clusterId === c.id);
      const leaves = own.flatMap((ch) => ch.segments.filter((s) => s.isLeaf));
      // A link can belong to several chains of the cluster; count it once.
      const seen = new Set<number>();
      const links: SupplyLink[] = [];
      for (const ch of own)
        for (const l of byChain.get(ch.chainId) ?? []) {
          if (seen.has(l.id)) continue;
          seen.add(l.id);
          links.push(l);
        }
      return {
        clusterId: c.id,
        name: c.name,
        color: c.color,
        chainIds: own.map((ch) => ch.chainId),
        coverage: coverageOf(leaves),
        localRate: localRateOf(ix, links),
        leafCounts: own.reduce((a, ch) => addCounts(a, ch.leafCounts), emptyCounts()),
      };
    });

  const allSegments: SegmentResult[] = chains.flatMap((c) => c.segments);
  return {
    scope: { clusterId: scope.clusterId ?? null, chainId: scope.chainId ?? null },
    settings,
    clusters,
    chains,
    exposures: singleSourceExposures(
      ix,
      allSegments.filter((s) => s.isLeaf).map((s) => s.segmentId),
    ),
    centrality:
      options.centrality === false
        ? skippedCentrality(data)
        : criticalFirms(ix, settings.criticalFirmCount, options.betweennessBudget),
    targets: targetRows(ix, allSegments, settings.targetsPerSegment),
  };
}
