// 产业集群全景图: every chain of one cluster on one sheet, stages aligned across the chains, states
// coloured, counts per segment and firm chips when zoomed in. A click on a segment or a chain's band
// opens that chain's map; a firm opens its details.
import { Flex, Space, Switch, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { decodeMapGraph } from '../../../shared/maps/graph-wire.js';
import { layoutCluster } from '../../../shared/maps/layout-cluster.js';
import { EmptyState, ErrorState, LoadingState } from '../../app/StatusViews.js';
import { ExportMenu } from '../../components/map-export/ExportMenu.js';
import { idParam, replaceParams, routeHref } from '../../app/routes.js';
import { useApi } from '../../app/use-api.js';
import { EnterpriseDrawer } from '../../components/enterprise-drawer/EnterpriseDrawer.js';
import { MapControls } from '../../components/map-view/MapControls.js';
import { ScopeSelects } from '../../components/scope-select/ScopeSelects.js';
import { MapView, type MapTarget, type MapViewHandle } from '../../components/map-view/MapView.js';

export function ClusterMapPage({ params }: { params: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const clusters = useApi('cluster:list', {});
  const list = clusters.status === 'ready' ? clusters.data : [];
  const cluster = list.find((c) => c.id === idParam(params, 'cluster')) ?? list[0];
  const clusterId = cluster?.id ?? null;
  const graph = useApi('graph:cluster', clusterId === null ? null : { clusterId });
  const analysis = useApi('analysis:run', clusterId === null ? null : { clusterId });
  const [openFirm, setOpenFirm] = useState<number | null>(null);
  const view = useRef<MapViewHandle>(null);
  const [links, setLinks] = useState(true);
  const graphData = graph.status === 'ready' ? graph.data : null;
  const rows = useMemo(() => (graphData ? decodeMapGraph(graphData) : null), [graphData]);

  const scene = useMemo(() => {
    if (!cluster || !rows || analysis.status !== 'ready') return null;
    const a = analysis.data;
    return layoutCluster({
      cluster: { id: cluster.id, name: cluster.name },
      chains: [...rows.chains].sort((x, y) => x.sortOrder - y.sortOrder || x.id - y.id),
      rows,
      results: a.chains.flatMap((c) => c.segments),
      chainResults: a.chains,
      targets: a.targets,
      lang,
      links,
    });
  }, [cluster, rows, analysis, lang, links]);

  if (clusters.status === 'error')
    return <ErrorState error={clusters.error} onRetry={clusters.reload} />;
  if (clusters.status !== 'ready') return <LoadingState />;
  if (list.length === 0) return <EmptyState description={t('chainMap.noClusters')} />;

  const activate = (target: MapTarget) => {
    const chain = Number(target.data['chainId']);
    if (target.kind === 'firm') setOpenFirm(Number(target.data['enterpriseId']));
    else if (Number.isInteger(chain) && chain > 0) {
      window.location.hash = routeHref('chain-map', { chain });
    }
  };

  return (
    <Flex vertical style={{ flex: 1, minHeight: 0 }}>
      <Flex
        gap={12}
        align="center"
        wrap
        style={{ padding: '12px 16px', borderBottom: '1px solid #f0f0f0' }}
      >
        <ScopeSelects
          clusters={list}
          clusterId={clusterId}
          onCluster={(v) => {
            if (v !== null) replaceParams('cluster-map', { cluster: v });
          }}
          labels={{ cluster: t('chainMap.selectCluster') }}
        />
        <MapControls view={view} />
        <Space size={4}>
          <Switch
            size="small"
            checked={links}
            onChange={setLinks}
            aria-label={t('chainMap.links')}
          />
          <Typography.Text>{t('chainMap.links')}</Typography.Text>
        </Space>
        {clusterId !== null && <ExportMenu view={{ kind: 'cluster', clusterId }} links={links} />}
        <Typography.Text type="secondary">{t('clusterMap.hint')}</Typography.Text>
      </Flex>
      <div style={{ flex: 1, minHeight: 0, position: 'relative' }}>
        {graph.status === 'error' && <ErrorState error={graph.error} onRetry={graph.reload} />}
        {analysis.status === 'error' && (
          <ErrorState error={analysis.error} onRetry={analysis.reload} />
        )}
        {!scene && graph.status !== 'error' && analysis.status !== 'error' && <LoadingState />}
        {scene && (
          <div style={{ position: 'absolute', inset: 0 }}>
            <MapView
              ref={view}
              scene={scene}
              testId="cluster-map"
              label={scene.title.texts[0]?.text ?? ''}
              onActivate={activate}
            />
          </div>
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
