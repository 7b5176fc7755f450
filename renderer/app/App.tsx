// The app shell: antd providers with the matching locale, the workspace gate, left navigation,
// header (workspace name, stats, language) and the current page.
import {
  ApartmentOutlined,
  BankOutlined,
  BarChartOutlined,
  ClusterOutlined,
  DeploymentUnitOutlined,
  DashboardOutlined,
  HistoryOutlined,
  ImportOutlined,
  PartitionOutlined,
  QuestionCircleOutlined,
  ReadOutlined,
} from '@ant-design/icons';
import { App as AntApp, ConfigProvider, Layout, Menu, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { WorkspaceInfo } from '../../shared/ipc/contract.js';
import { BackupsPage } from '../features/backups/BackupsPage.js';
import { TemplatesPage } from '../features/templates/TemplatesPage.js';
import { AppHeader } from './AppHeader.js';
import { DamagedWorkspace } from './DamagedWorkspace.js';
import { lazyPage } from './lazy-page.js';
import { NoWorkspace } from './NoWorkspace.js';
import { ReadOnlyBanner } from './ReadOnlyBanner.js';
import { navigate, ROUTE_LABEL, ROUTES, routeHref, useLocation, type Route } from './routes.js';
import { ErrorState, LoadingState } from './StatusViews.js';
import { useApi } from './use-api.js';

const AnalysisPage = lazyPage(() => import('../features/analysis/AnalysisPage.js'), 'AnalysisPage');
const ChainMapPage = lazyPage(
  () => import('../features/chain-map/ChainMapPage.js'),
  'ChainMapPage',
);
const ClusterMapPage = lazyPage(
  () => import('../features/cluster-map/ClusterMapPage.js'),
  'ClusterMapPage',
);
const EnterprisesPage = lazyPage(
  () => import('../features/enterprises/EnterprisesPage.js'),
  'EnterprisesPage',
);
const GuidePage = lazyPage(() => import('../features/guide/GuidePage.js'), 'GuidePage');
const ImportPage = lazyPage(() => import('../features/import/ImportPage.js'), 'ImportPage');
const NetworkPage = lazyPage(() => import('../features/network/NetworkPage.js'), 'NetworkPage');
const ChainEditorPage = lazyPage(
  () => import('../features/chain-editor/ChainEditorPage.js'),
  'ChainEditorPage',
);
const OverviewPage = lazyPage(() => import('../features/overview/OverviewPage.js'), 'OverviewPage');

const ICONS: Record<Route, ReactNode> = {
  overview: <DashboardOutlined />,
  'chain-map': <ApartmentOutlined />,
  'cluster-map': <ClusterOutlined />,
  network: <DeploymentUnitOutlined />,
  enterprises: <BankOutlined />,
  analysis: <BarChartOutlined />,
  import: <ImportOutlined />,
  'chain-editor': <PartitionOutlined />,
  guide: <QuestionCircleOutlined />,
  templates: <ReadOutlined />,
  backups: <HistoryOutlined />,
};

const PAGES: Record<Route, (params: Record<string, string>) => ReactNode> = {
  overview: () => <OverviewPage />,
  'chain-map': (params) => <ChainMapPage params={params} />,
  'cluster-map': (params) => <ClusterMapPage params={params} />,
  network: (params) => <NetworkPage params={params} />,
  enterprises: (params) => <EnterprisesPage params={params} />,
  analysis: (params) => <AnalysisPage params={params} />,
  import: () => <ImportPage />,
  'chain-editor': (params) => <ChainEditorPage params={params} />,
  guide: () => <GuidePage />,
  templates: (params) => <TemplatesPage params={params} />,
  backups: () => <BackupsPage />,
};

export function App() {
  const { i18n } = useTranslation();
  return (
    // antd's default look, from its prebuilt stylesheet (imported by main.tsx): made at run time, the
    // components' styles took about 0.2 s of every start (measured reopening the network page).
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={{ zeroRuntime: true }}>
      {/* A notice (已撤销, 已导出…) goes after its time even under the pointer: antd keeps a hovered
          one open, and one that appeared over a button the pointer rested on (a drawer's close
          button, a page's export button) covered it for as long as the pointer stayed. */}
      <AntApp message={{ pauseOnHover: false }}>
        <WorkspaceGate />
      </AntApp>
    </ConfigProvider>
  );
}

function WorkspaceGate() {
  const { t } = useTranslation();
  const info = useApi('workspace:info', {});
  if (info.status === 'error' && info.error.code === 'NO_WORKSPACE') {
    return <NoWorkspace />;
  }
  if (info.status === 'error' && info.error.code === 'CORRUPT') {
    return <DamagedWorkspace error={info.error} />;
  }
  if (info.status === 'error') return <ErrorState error={info.error} onRetry={info.reload} />;
  // A write refetches the counts in place (the cache keeps them ready); only a first load waits.
  if (info.status !== 'ready') return <LoadingState label={t('workspace.loading')} />;
  return <Shell info={info.data} />;
}

function Shell({ info }: { info: WorkspaceInfo }) {
  const { t } = useTranslation();
  const { route, params } = useLocation();
  return (
    <Layout style={{ height: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '16px 20px 12px' }}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('app.title')}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('app.brand')}
          </Typography.Text>
        </div>
        <nav aria-label={t('app.title')}>
          <Menu
            mode="inline"
            selectedKeys={[route]}
            style={{ borderInlineEnd: 'none' }}
            items={ROUTES.map((r) => ({
              key: r,
              icon: ICONS[r],
              label: <a href={routeHref(r)}>{t(ROUTE_LABEL[r])}</a>,
            }))}
            onClick={({ key }) => {
              navigate(key as Route);
            }}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <AppHeader info={info} />
        <ReadOnlyBanner />
        <Layout.Content
          id="main"
          tabIndex={-1}
          style={{ overflow: 'auto', display: 'flex', flexDirection: 'column', minHeight: 0 }}
        >
          <Suspense fallback={<LoadingState />}>{PAGES[route](params)}</Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
