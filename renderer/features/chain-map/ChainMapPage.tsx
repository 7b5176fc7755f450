// 产业链图谱: choose a cluster and one of its chains, then see the chain's segments by stage with the
// firms mapped to them and the supply links between those firms. Tapping a firm opens its details.
import { ExpandOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { GraphData } from '../../../shared/ipc/contract.js';
import { EmptyState, ErrorState, LoadingState } from '../../app/StatusViews.js';
import { idParam, replaceParams } from '../../app/routes.js';
import { useApi } from '../../app/use-api.js';
import { useElementSize } from '../../app/use-element-size.js';
import { EnterpriseDrawer } from '../enterprises/EnterpriseDrawer.js';
import { ChainGraph } from './ChainGraph.js';
import { ChainLegend } from './ChainLegend.js';
import { chainStylesheet } from './stylesheet.js';
import { toChainElements } from './to-elements.js';

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
  const chainId = chain?.id ?? null;

  const graph = useApi('graph:chain', chainId === null ? null : { chainId });
  const [openFirm, setOpenFirm] = useState<number | null>(null);

  if (clusters.status === 'error')
    return <ErrorState error={clusters.error} onRetry={clusters.reload} />;
  if (clusters.status !== 'ready') return <LoadingState />;
  if (clusterList.length === 0) return <EmptyState description={t('chainMap.noClusters')} />;

  return (
    <Flex vertical style={{ flex: 1, minHeight: 0 }}>
      <Flex
        gap={12}
        align="center"
        wrap
        style={{ padding: '12px 16px', borderBottom: '1px solid #f0f0f0' }}
      >
        <Select
          aria-label={t('chainMap.selectCluster')}
          placeholder={t('chainMap.selectCluster')}
          style={{ minWidth: 160 }}
          value={clusterId}
          options={clusterList.map((c) => ({ value: c.id, label: c.name }))}
          onChange={(v: number) => {
            replaceParams('chain-map', { cluster: v });
          }}
        />
        <Select
          aria-label={t('chainMap.selectChain')}
          placeholder={t('chainMap.selectChain')}
          style={{ minWidth: 180 }}
          value={chainId}
          loading={chains.status === 'loading'}
          options={chainList.map((c) => ({ value: c.id, label: c.name }))}
          onChange={(v: number) => {
            replaceParams('chain-map', { chain: v });
          }}
        />
        {chain?.owner && (
          <Typography.Text type="secondary">
            {t('chainMap.owner', { owner: chain.owner })}
          </Typography.Text>
        )}
        {graph.status === 'ready' && <GraphSummary data={graph.data} />}
      </Flex>
      <div style={{ flex: 1, minHeight: 0, position: 'relative' }}>
        {chains.status === 'error' && <ErrorState error={chains.error} onRetry={chains.reload} />}
        {chains.status === 'ready' && chainList.length === 0 && (
          <EmptyState description={t('chainMap.noChains')} />
        )}
        {graph.status === 'error' && <ErrorState error={graph.error} onRetry={graph.reload} />}
        {(graph.status === 'loading' || chains.status === 'loading') && <LoadingState />}
        {graph.status === 'ready' && chain && (
          <ChainCanvas data={graph.data} chainName={chain.name} onSelectFirm={setOpenFirm} />
        )}
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

function GraphSummary({ data }: { data: GraphData }) {
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

function ChainCanvas({
  data,
  chainName,
  onSelectFirm,
}: {
  data: GraphData;
  chainName: string;
  onSelectFirm: (id: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const [fitRequest, setFitRequest] = useState(0);
  const { ref, width, height } = useElementSize<HTMLDivElement>();
  // Rounded so small window changes do not redraw; the layout only needs the rough shape.
  const aspect = width > 0 && height > 0 ? Math.round((width / height) * 5) / 5 : null;
  // Stage captions are part of the drawing, so the elements are rebuilt when the language changes.
  const elements = useMemo(
    () =>
      aspect === null
        ? null
        : toChainElements(
            data,
            {
              stage: {
                upstream: t('stage.upstream'),
                midstream: t('stage.midstream'),
                downstream: t('stage.downstream'),
              },
            },
            { aspect },
          ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `t` changes identity with the language
    [data, aspect, i18n.language],
  );
  const stylesheet = useMemo(() => chainStylesheet(), []);
  if (data.segments.length === 0) return <EmptyState description={t('chainMap.noSegments')} />;
  return (
    <div ref={ref} style={{ position: 'absolute', inset: 0 }}>
      {elements && (
        <ChainGraph
          elements={elements}
          stylesheet={stylesheet}
          label={t('chainMap.graphLabel', { chain: chainName })}
          onSelectFirm={onSelectFirm}
          fitRequest={fitRequest}
        />
      )}
      <Flex
        vertical
        gap={8}
        style={{
          position: 'absolute',
          right: 12,
          bottom: 12,
          alignItems: 'flex-end',
          pointerEvents: 'none',
        }}
      >
        <Button
          size="small"
          icon={<ExpandOutlined />}
          style={{ pointerEvents: 'auto' }}
          onClick={() => {
            setFitRequest((n) => n + 1);
          }}
        >
          {t('chainMap.fit')}
        </Button>
        <ChainLegend />
      </Flex>
    </div>
  );
}
