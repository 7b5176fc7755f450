// 产业链图谱: choose a cluster and one of its chains, then see the chain's segments by stage, coloured
// by the analysis (缺链/断链/弱链/强链/正在补链), with their firms, targets and supply flows.
import { Flex, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { decodeMapGraph, type MapGraph } from '../../../shared/maps/graph-wire.js';
import { EmptyState, ErrorState, LoadingState } from '../../app/StatusViews.js';
import { idParam, replaceParams, routeHref } from '../../app/routes.js';
import { useApi } from '../../app/use-api.js';
import { EnterpriseDrawer } from '../../components/enterprise-drawer/EnterpriseDrawer.js';
import { ScopeSelects } from '../../components/scope-select/ScopeSelects.js';
import { useOverviewFirst } from '../overview/use-overview-first.js';
import { ChainMapCanvas } from './ChainMapCanvas.js';
import { prewarmSceneWorker } from './scene/use-chain-scene.js';

export function ChainMapPage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation();
  const clusters = useApi('cluster:list', {});
  const chains = useApi('chain:list', {});
  const clusterList = clusters.status === 'ready' ? clusters.data : [];
  const allChains = chains.status === 'ready' ? chains.data : [];
  // The selection lives in the address (#/chain-map?chain=3), so links and reloads keep it.
  const wantedChain = allChains.find((c) => c.id === idParam(params, 'chain'));
  const clusterId =
    wantedChain?.clusterId ??
    clusterList.find((c) => c.id === idParam(params, 'cluster'))?.id ??
    clusterList[0]?.id ??
    null;
  const chainList = allChains.filter((c) => c.clusterId === clusterId);
  const chain = wantedChain ?? chainList[0];
  const overviewFirst = useOverviewFirst(clusters.status === 'ready' ? clusterList.length : null);
  const chainId = overviewFirst ? null : (chain?.id ?? null);

  const graph = useApi('graph:chain', chainId === null ? null : { chainId });
  const graphData = graph.status === 'ready' ? graph.data : null;
  const rows = useMemo(() => (graphData ? decodeMapGraph(graphData) : null), [graphData]);
  // The same analysis the Analysis page runs, scoped to this chain: states, rules and targets.
  const analysis = useApi('analysis:run', chainId === null ? null : { chainId });
  // A reload after a new lead keeps the map (and its expanded segments) on screen meanwhile.
  const analysisData =
    analysis.status === 'ready'
      ? analysis.data
      : analysis.status === 'loading'
        ? analysis.previous
        : undefined;
  const fresh = analysisData?.scope.chainId === chainId ? analysisData : undefined;
  const [openFirm, setOpenFirm] = useState<number | null>(null);
  // The layout worker's code loads while the chain's data is fetched, not after.
  useEffect(prewarmSceneWorker, []);

  if (clusters.status === 'error')
    return <ErrorState error={clusters.error} onRetry={clusters.reload} />;
  if (clusters.status !== 'ready' || overviewFirst) return <LoadingState />;
  if (clusterList.length === 0) return <EmptyState description={t('chainMap.noClusters')} />;

  return (
    <Flex vertical style={{ flex: 1, minHeight: 0 }}>
      <Flex
        gap={12}
        align="center"
        wrap
        style={{ padding: '12px 16px', borderBottom: '1px solid #f0f0f0' }}
      >
        <ScopeSelects
          clusters={clusterList}
          clusterId={clusterId}
          onCluster={(v) => {
            if (v !== null) replaceParams('chain-map', { cluster: v });
          }}
          chains={chainList}
          chainId={chainId}
          chainsLoading={chains.status === 'loading'}
          onChain={(v) => {
            if (v !== null) replaceParams('chain-map', { chain: v });
          }}
          labels={{ cluster: t('chainMap.selectCluster'), chain: t('chainMap.selectChain') }}
        />
        {chain?.owner && (
          <Typography.Text type="secondary">
            {t('chainMap.owner', { owner: chain.owner })}
          </Typography.Text>
        )}
        {rows && <GraphSummary data={rows} />}
        {chain && (
          <Typography.Link href={routeHref('chain-editor', { chain: chain.id })}>
            {t('chainMap.editSegments')}
          </Typography.Link>
        )}
      </Flex>
      <div style={{ flex: 1, minHeight: 0, position: 'relative' }}>
        {chains.status === 'error' && <ErrorState error={chains.error} onRetry={chains.reload} />}
        {chains.status === 'ready' && chainList.length === 0 && (
          <EmptyState description={t('chainMap.noChains')} />
        )}
        {graph.status === 'error' && <ErrorState error={graph.error} onRetry={graph.reload} />}
        {analysis.status === 'error' && (
          <ErrorState error={analysis.error} onRetry={analysis.reload} />
        )}
        {(graph.status === 'loading' ||
          (analysis.status === 'loading' && !fresh) ||
          chains.status === 'loading') && <LoadingState />}
        {rows &&
          graphData &&
          fresh &&
          chain &&
          (rows.segments.length === 0 ? (
            <EmptyState description={t('chainMap.noSegments')} />
          ) : (
            <ChainMapCanvas
              key={chain.id}
              chain={chain}
              graph={rows}
              wire={graphData}
              result={fresh.chains.find((c) => c.chainId === chain.id)}
              targets={fresh.targets}
              segment={idParam(params, 'segment')}
              onOpenFirm={setOpenFirm}
            />
          ))}
      </div>
      <EnterpriseDrawer
        id={openFirm}
        onClose={() => {
          setOpenFirm(null);
        }}
        onOpenFirm={setOpenFirm}
      />
    </Flex>
  );
}

function GraphSummary({ data }: { data: MapGraph }) {
  const { t } = useTranslation();
  return (
    <Typography.Text type="secondary" data-testid="chain-summary">
      {t('chainMap.summary', {
        segments: data.segments.length,
        firms: data.enterprises.length,
        links: data.links.length,
      })}
    </Typography.Text>
  );
}
