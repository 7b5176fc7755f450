// 分析: one selection (cluster → chain, kept in the address) drives every tab: the gap table with states
// and their reasons, coverage and local rates with formulas, the target list (one click to a lead),
// the anchor's view, the leads board, snapshots, and the workspace's thresholds.
import { Flex, Tabs, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { replaceParams } from '../../app/routes.js';
import { ErrorState, LoadingState } from '../../app/StatusViews.js';
import { useApi } from '../../app/use-api.js';
import { EnterpriseDrawer } from '../../components/enterprise-drawer/EnterpriseDrawer.js';
import { AnalysisEmpty } from './AnalysisEmpty.js';
import { AnalysisHeader } from './AnalysisHeader.js';
import {
  resolveScope,
  scopeFromParams,
  scopeParams,
  targetsInScope,
  type Scope,
  type Tab,
} from './analysis-scope.js';
import { AnchorPanel } from './AnchorPanel.js';
import { GapsTab } from './GapsTab.js';
import { LeadsBoard } from './LeadsBoard.js';
import { OpenFirmContext } from './links.js';
import { SettingsDrawer } from './SettingsDrawer.js';
import { SnapshotPanel } from './SnapshotPanel.js';
import { TargetTable } from './TargetTable.js';

export function AnalysisPage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation();
  const clusters = useApi('cluster:list', {});
  const asked = scopeFromParams(params);
  // One analysis of the chosen cluster (or all); the chain narrows it on this side.
  const analysis = useApi(
    'analysis:run',
    asked.clusterId === null ? {} : { clusterId: asked.clusterId },
  );
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [openFirm, setOpenFirm] = useState<number | null>(null);

  const data =
    analysis.status === 'ready'
      ? analysis.data
      : analysis.status === 'loading'
        ? analysis.previous
        : undefined;
  // Until the analysis of the asked cluster arrives, the previous one is shown under its own scope.
  const fresh = data && data.scope.clusterId === asked.clusterId ? data : undefined;
  const scope = resolveScope(asked, fresh);
  const segments = useMemo(
    () => new Map((fresh?.chains ?? []).flatMap((c) => c.segments).map((s) => [s.segmentId, s])),
    [fresh],
  );

  if (clusters.status === 'error')
    return <ErrorState error={clusters.error} onRetry={clusters.reload} />;
  const setScope = (patch: Partial<Scope>) => {
    replaceParams('analysis', scopeParams({ ...scope, ...patch }));
  };
  const chain = fresh?.chains.find((c) => c.chainId === scope.chainId);
  const filterSegment = chain?.segments.find((s) => s.segmentId === scope.segmentId);
  const targets = fresh ? targetsInScope(fresh, scope) : [];

  return (
    <OpenFirmContext.Provider value={setOpenFirm}>
      <Flex vertical gap={12} style={{ padding: 16, overflow: 'auto', flex: 1 }}>
        <AnalysisHeader
          scope={scope}
          clusters={clusters.status === 'ready' ? clusters.data : []}
          data={fresh}
          onScope={setScope}
          onSettings={() => {
            setSettingsOpen(true);
          }}
        />
        {analysis.status === 'error' && (
          <ErrorState error={analysis.error} onRetry={analysis.reload} />
        )}
        {!fresh && analysis.status !== 'error' && <LoadingState />}
        {fresh && fresh.chains.length === 0 && (
          <AnalysisEmpty description={t('analysis.noChains')} />
        )}
        {fresh && fresh.chains.length > 0 && (
          <Tabs
            activeKey={scope.tab}
            onChange={(k) => {
              setScope({ tab: k as Tab });
            }}
            items={[
              {
                key: 'gaps',
                label: t('analysis.tabs.gaps'),
                children: (
                  <GapsTab
                    data={fresh}
                    scope={scope}
                    onScope={setScope}
                    onPickSegment={(id) => {
                      setScope({ segmentId: id, tab: 'targets' });
                    }}
                  />
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
                            setScope({ segmentId: null });
                          }}
                        >
                          {t('analysis.target.filter')}：{filterSegment.path.join(' / ')}
                        </Tag>
                      </div>
                    )}
                    <TargetTable rows={targets} />
                  </Flex>
                ),
              },
              {
                key: 'anchor',
                label: t('analysis.tabs.anchor'),
                children: <AnchorPanel data={fresh} scope={scope} />,
              },
              {
                key: 'leads',
                label: t('analysis.tabs.leads'),
                children: <LeadsBoard data={fresh} scope={scope} segments={segments} />,
              },
              {
                key: 'snapshots',
                label: t('analysis.tabs.snapshots'),
                children: <SnapshotPanel />,
              },
            ]}
          />
        )}
        <SettingsDrawer
          open={settingsOpen}
          onClose={() => {
            setSettingsOpen(false);
          }}
        />
        <EnterpriseDrawer
          id={openFirm}
          onClose={() => {
            setOpenFirm(null);
          }}
          onOpenFirm={setOpenFirm}
        />
      </Flex>
    </OpenFirmContext.Provider>
  );
}
