// 全景总览: the page a leader opens first. One tile per cluster and chain with completeness, local
// supporting rate, state counts and the number of targets; a click opens that chain's map (or the
// cluster's panorama).
import { Flex, Typography } from 'antd';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { layoutOverview } from '../../../shared/maps/layout-overview.js';
import { EmptyState, ErrorState, LoadingState } from '../../app/StatusViews.js';
import { ExportMenu } from '../../components/map-export/ExportMenu.js';
import { routeHref } from '../../app/routes.js';
import { useApi } from '../../app/use-api.js';
import { MapControls } from '../../components/map-view/MapControls.js';
import { MapView, type MapTarget, type MapViewHandle } from '../../components/map-view/MapView.js';

export function OverviewPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const analysis = useApi('analysis:run', {});
  const view = useRef<MapViewHandle>(null);
  const scene = useMemo(
    () =>
      analysis.status === 'ready'
        ? layoutOverview({
            clusters: analysis.data.clusters,
            chains: analysis.data.chains,
            targets: analysis.data.targets,
            lang,
          })
        : null,
    [analysis, lang],
  );
  const activate = (target: MapTarget) => {
    if (target.kind !== 'tile') return;
    const chain = Number(target.data['chainId']);
    const cluster = Number(target.data['clusterId']);
    window.location.hash =
      Number.isInteger(chain) && chain > 0
        ? routeHref('chain-map', { chain })
        : routeHref('cluster-map', { cluster });
  };
  if (analysis.status === 'error')
    return <ErrorState error={analysis.error} onRetry={analysis.reload} />;
  if (!scene) return <LoadingState />;
  if (scene.tiles.length === 0) return <EmptyState description={t('chainMap.noClusters')} />;
  return (
    <Flex vertical style={{ flex: 1, minHeight: 0 }}>
      <Flex
        gap={12}
        align="center"
        wrap
        style={{ padding: '12px 16px', borderBottom: '1px solid #f0f0f0' }}
      >
        <MapControls view={view} />
        <ExportMenu view={{ kind: 'overview' }} />
        <Typography.Text type="secondary">{t('overview.hint')}</Typography.Text>
      </Flex>
      <div style={{ flex: 1, minHeight: 0, position: 'relative' }}>
        <div style={{ position: 'absolute', inset: 0 }}>
          <MapView
            ref={view}
            scene={scene}
            testId="overview-map"
            label={scene.title.texts[0]?.text ?? ''}
            onActivate={activate}
          />
        </div>
      </div>
    </Flex>
  );
}
