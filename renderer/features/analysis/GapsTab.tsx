// 缺口分析 of what is in view: one chain → its metrics, segment tree and network risks; a cluster or
// everything → the metrics of each cluster and every chain's summary.
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';

import type { ChainResult, WorkspaceAnalysis } from '../../../shared/analysis/schemas.js';
import { chainsInScope, type Scope } from './analysis-scope.js';
import { ChainCharts } from './charts/AnalysisCharts.js';
import { ChainSummaryTable } from './ChainSummaryTable.js';
import { MetricsBar } from './MetricsBar.js';
import { RiskPanel } from './RiskPanel.js';
import { SegmentTable } from './SegmentTable.js';

type Props = {
  data: WorkspaceAnalysis;
  scope: Scope;
  onScope: (s: Partial<Scope>) => void;
  onPickSegment: (segmentId: number) => void;
};

export function GapsTab({ data, scope, onScope, onPickSegment }: Props) {
  const { t } = useTranslation();
  const chain = data.chains.find((c) => c.chainId === scope.chainId);
  const clusters = data.clusters.filter(
    (c) => scope.clusterId === null || c.clusterId === scope.clusterId,
  );
  const clusterName = new Map(data.clusters.map((c) => [c.clusterId, c.name]));
  const chains = chainsInScope(data, scope);
  if (!chain)
    return (
      <Flex vertical gap={12}>
        <ChainCharts
          chains={chains}
          settings={data.settings}
          scopeName={
            scope.clusterId === null
              ? t('analysis.allClusters')
              : (clusterName.get(scope.clusterId) ?? '')
          }
        />
        <ChainSummaryTable
          chains={chains}
          clusterName={clusterName}
          onPick={(c: ChainResult) => {
            onScope({ chainId: c.chainId, clusterId: c.clusterId, segmentId: null });
          }}
        />
        {clusters.map((c) => (
          <MetricsBar
            key={c.clusterId}
            title={c.name}
            coverage={c.coverage}
            localRate={c.localRate}
          />
        ))}
      </Flex>
    );
  const cluster = data.clusters.find((c) => c.clusterId === chain.clusterId);
  return (
    <Flex vertical gap={12}>
      {cluster && (
        <MetricsBar
          title={cluster.name}
          coverage={cluster.coverage}
          localRate={cluster.localRate}
        />
      )}
      <MetricsBar title={chain.name} coverage={chain.coverage} localRate={chain.localRate} />
      <SegmentTable segments={chain.segments} onPick={onPickSegment} />
      <RiskPanel
        centrality={data.centrality}
        exposures={data.exposures.filter((e) => e.chainId === chain.chainId)}
      />
    </Flex>
  );
}
