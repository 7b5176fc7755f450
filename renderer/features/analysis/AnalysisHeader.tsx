// The Analysis page's one selection: cluster and chain (a chosen chain fixes its cluster, so the two
// never disagree), the state counts of what is in view, the report and the settings.
import { SettingOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { StateCounts, WorkspaceAnalysis } from '../../../shared/analysis/schemas.js';
import type { Cluster } from '../../../shared/domain/schemas.js';
import { ScopeSelects } from '../../components/scope-select/ScopeSelects.js';
import { chainsInScope, type Scope } from './analysis-scope.js';
import { ReportButton } from './ReportButton.js';
import { StateTag } from './StateTag.js';

type Props = {
  scope: Scope;
  clusters: readonly Pick<Cluster, 'id' | 'name'>[];
  data: WorkspaceAnalysis | undefined;
  onScope: (s: Partial<Scope>) => void;
  onSettings: () => void;
};

const STATES = ['missing', 'broken', 'weak', 'strong'] as const;

function countsOf(data: WorkspaceAnalysis, scope: Scope): StateCounts {
  const sum: StateCounts = { missing: 0, broken: 0, weak: 0, strong: 0 };
  for (const c of chainsInScope(data, scope)) for (const s of STATES) sum[s] += c.leafCounts[s];
  return sum;
}

export function AnalysisHeader({ scope, clusters, data, onScope, onSettings }: Props) {
  const { t } = useTranslation();
  const clusterName = new Map(clusters.map((c) => [c.id, c.name]));
  // With no cluster chosen the chain list covers every cluster, labelled with its cluster.
  const chains = (data?.chains ?? []).filter(
    (c) => scope.clusterId === null || c.clusterId === scope.clusterId,
  );
  const counts = data ? countsOf(data, scope) : null;
  return (
    <Flex gap={12} align="center" wrap>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('analysis.title')}
      </Typography.Title>
      <ScopeSelects
        clusters={clusters}
        clusterId={scope.clusterId}
        onCluster={(v) => {
          onScope({ clusterId: v, chainId: null, segmentId: null });
        }}
        chains={chains.map((c) => ({
          id: c.chainId,
          name:
            scope.clusterId === null
              ? `${c.name}（${clusterName.get(c.clusterId) ?? ''}）`
              : c.name,
        }))}
        chainId={scope.chainId}
        onChain={(v) => {
          const chain = data?.chains.find((c) => c.chainId === v);
          onScope({
            chainId: chain ? chain.chainId : null,
            clusterId: chain ? chain.clusterId : scope.clusterId,
            segmentId: null,
          });
        }}
        labels={{ cluster: t('analysis.cluster'), chain: t('analysis.chain') }}
        all={{ cluster: t('analysis.allClusters'), chain: t('analysis.allChains') }}
      />
      <ReportButton clusterId={scope.clusterId} />
      <Button icon={<SettingOutlined />} onClick={onSettings}>
        {t('analysis.settings.open')}
      </Button>
      {counts && (
        <Flex gap={8} align="center" data-testid="analysis-counts">
          {STATES.map((s) => (
            <span key={s}>
              <StateTag state={s} /> {counts[s]}
            </span>
          ))}
        </Flex>
      )}
    </Flex>
  );
}
