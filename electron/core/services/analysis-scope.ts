// Cuts the analysis of one cluster or one chain out of the whole workspace's analysis, so a scope
// never needs a second run. What a segment's state, its targets and its exposures are does not depend
// on the scope; only a cluster's totals do when one chain of it is chosen.
import type { AnalysisScope } from '../../../shared/analysis/run-analysis.js';
import type { ClusterResult, WorkspaceAnalysis } from '../../../shared/analysis/schemas.js';

export function scopeAnalysis(whole: WorkspaceAnalysis, scope: AnalysisScope): WorkspaceAnalysis {
  const { chainId, clusterId } = scope;
  if (chainId === undefined && clusterId === undefined) return whole;
  const chains = whole.chains.filter(
    (c) =>
      (chainId === undefined || c.chainId === chainId) &&
      (clusterId === undefined || c.clusterId === clusterId),
  );
  const inScope = new Set(chains.map((c) => c.chainId));
  const clusters = whole.clusters.flatMap((cluster): ClusterResult[] => {
    const own = chains.filter((c) => c.clusterId === cluster.clusterId);
    const [only] = own;
    if (only === undefined) return [];
    if (own.length === cluster.chainIds.length) return [cluster];
    // A scope narrower than a cluster is one chain: the cluster's totals are that chain's (a link
    // counts once per chain already, so the cluster's de-duplication changes nothing here).
    return [
      {
        ...cluster,
        chainIds: [only.chainId],
        coverage: only.coverage,
        localRate: only.localRate,
        leafCounts: only.leafCounts,
      },
    ];
  });
  return {
    ...whole,
    scope: { clusterId: clusterId ?? null, chainId: chainId ?? null },
    clusters,
    chains,
    exposures: whole.exposures.filter((x) => inScope.has(x.chainId)),
    targets: whole.targets.filter((t) => inScope.has(t.chainId)),
  };
}
