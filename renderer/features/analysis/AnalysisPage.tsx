// 分析: cluster → chain → segment drill-down with states and their reasons, coverage and local rates
// with formulas, the target list (one click to a lead), the anchor's view, the leads board, snapshots
// and the workspace's thresholds (a change re-runs the analysis at once).
import { SettingOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Select, Tabs, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorState, LoadingState } from '../../app/StatusViews.js';
import { useApi } from '../../app/use-api.js';
import { useWorkspaceRefresh } from '../../app/workspace-refresh.js';
import { AnchorPanel } from './AnchorPanel.js';
import { LeadsBoard } from './LeadsBoard.js';
import { MetricsBar } from './MetricsBar.js';
import { ReportButton } from './ReportButton.js';
import { RiskPanel } from './RiskPanel.js';
import { SegmentTable } from './SegmentTable.js';
import { SettingsDrawer } from './SettingsDrawer.js';
import { SnapshotPanel } from './SnapshotPanel.js';
import { StateTag } from './StateTag.js';
import { TargetTable } from './TargetTable.js';

type Tab = 'gaps' | 'targets' | 'anchor' | 'leads' | 'snapshots';

export function AnalysisPage() {
  const { t } = useTranslation();
  const clusters = useApi('cluster:list', {});
  const [clusterId, setClusterId] = useState<number | null>(null);
  const analysis = useApi('analysis:run', clusterId === null ? {} : { clusterId });
  const [pickedChain, setPickedChain] = useState<number | null>(null);
  const [tab, setTab] = useState<Tab>('gaps');
  const [segmentFilter, setSegmentFilter] = useState<number | null>(null);
  const [leadsVersion, setLeadsVersion] = useState(0);
  /** Bumped whenever the analysis may have changed (leads, thresholds), for views that compare with now. */
  const [revision, setRevision] = useState(0);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const refreshWorkspace = useWorkspaceRefresh();

  const data =
    analysis.status === 'ready'
      ? analysis.data
      : analysis.status === 'loading'
        ? analysis.previous
        : undefined;
  const segments = useMemo(
    () => new Map((data?.chains ?? []).flatMap((c) => c.segments).map((s) => [s.segmentId, s])),
    [data],
  );

  if (clusters.status === 'error')
    return <ErrorState error={clusters.error} onRetry={clusters.reload} />;
  const chain = data?.chains.find((c) => c.chainId === pickedChain) ?? data?.chains[0];
  const cluster = data?.clusters.find((c) => c.clusterId === (chain?.clusterId ?? clusterId));
  const rerun = () => {
    analysis.reload();
    setRevision((n) => n + 1);
  };
  const changed = () => {
    rerun();
    setLeadsVersion((n) => n + 1);
    refreshWorkspace();
  };
  const filterSegment = chain?.segments.find((s) => s.segmentId === segmentFilter);
  const targets = (data?.targets ?? []).filter(
    (r) => segmentFilter === null || r.segmentId === segmentFilter,
  );

  return (
    <Flex vertical gap={12} style={{ padding: 16, overflow: 'auto', flex: 1 }}>
      <Flex gap={12} align="center" wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('analysis.title')}
        </Typography.Title>
        <Select
          aria-label={t('analysis.cluster')}
          style={{ minWidth: 160 }}
          value={clusterId ?? 0}
          options={[
            { value: 0, label: t('analysis.allClusters') },
            ...(clusters.status === 'ready' ? clusters.data : []).map((c) => ({
              value: c.id,
              label: c.name,
            })),
          ]}
          onChange={(v: number) => {
            setClusterId(v === 0 ? null : v);
            setPickedChain(null);
            setSegmentFilter(null);
          }}
        />
        <Select
          aria-label={t('analysis.chain')}
          style={{ minWidth: 180 }}
          value={chain?.chainId ?? null}
          options={(data?.chains ?? []).map((c) => ({ value: c.chainId, label: c.name }))}
          onChange={(v: number) => {
            setPickedChain(v);
            setSegmentFilter(null);
          }}
        />
        <ReportButton clusterId={clusterId} />
        <Button
          icon={<SettingOutlined />}
          onClick={() => {
            setSettingsOpen(true);
          }}
        >
          {t('analysis.settings.open')}
        </Button>
        {chain &&
          (['missing', 'broken', 'weak', 'strong'] as const).map((s) => (
            <span key={s}>
              <StateTag state={s} /> {chain.leafCounts[s]}
            </span>
          ))}
      </Flex>
      {analysis.status === 'error' && (
        <ErrorState error={analysis.error} onRetry={analysis.reload} />
      )}
      {!data && analysis.status !== 'error' && <LoadingState />}
      {data && (
        <Tabs
          activeKey={tab}
          onChange={(k) => {
            setTab(k as Tab);
          }}
          items={[
            {
              key: 'gaps',
              label: t('analysis.tabs.gaps'),
              children: chain ? (
                <Flex vertical gap={12}>
                  {cluster && (
                    <MetricsBar
                      title={cluster.name}
                      coverage={cluster.coverage}
                      localRate={cluster.localRate}
                    />
                  )}
                  <MetricsBar
                    title={chain.name}
                    coverage={chain.coverage}
                    localRate={chain.localRate}
                  />
                  <SegmentTable
                    segments={chain.segments}
                    onPick={(id) => {
                      setSegmentFilter(id);
                      setTab('targets');
                    }}
                  />
                  <RiskPanel
                    centrality={data.centrality}
                    exposures={data.exposures.filter((e) => e.chainId === chain.chainId)}
                  />
                </Flex>
              ) : (
                <Empty description={t('analysis.noChains')} />
              ),
            },
            {
              key: 'targets',
              label: `${t('analysis.tabs.targets')} (${String(targets.length)})`,
              children: (
                <Flex vertical gap={8}>
                  {filterSegment && (
                    <div>
                      <Tag
                        closable
                        onClose={() => {
                          setSegmentFilter(null);
                        }}
                      >
                        {t('analysis.target.filter')}：{filterSegment.path.join(' / ')}
                      </Tag>
                    </div>
                  )}
                  <TargetTable rows={targets} onChanged={changed} />
                </Flex>
              ),
            },
            { key: 'anchor', label: t('analysis.tabs.anchor'), children: <AnchorPanel /> },
            {
              key: 'leads',
              label: t('analysis.tabs.leads'),
              children: <LeadsBoard key={leadsVersion} segments={segments} onChanged={rerun} />,
            },
            {
              key: 'snapshots',
              label: t('analysis.tabs.snapshots'),
              children: <SnapshotPanel revision={revision} />,
            },
          ]}
        />
      )}
      <SettingsDrawer
        open={settingsOpen}
        onClose={() => {
          setSettingsOpen(false);
        }}
        onSaved={rerun}
      />
    </Flex>
  );
}
