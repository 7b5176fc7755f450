// Renderer entry: load the UI strings, connect the query cache to the api's writes, then mount the app.
//
// Why antd: it is the enterprise-grade React component library most Chinese government and business
// software is built with — its defaults, density and wording match what 招商 staff already use; it
// ships a complete zh_CN locale (dates, pagination, empty states) switched through ConfigProvider;
// and it has the pieces this app needs out of the box (virtual Table with server-side sorting,
// Drawer, Descriptions, Form, Upload) with keyboard support, all bundled locally (no CDN).
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { onCallFailed, onCallSucceeded } from './api.js';
import { App } from './app/App.js';
// antd's styles, prebuilt: the app runs antd in zero-runtime mode (see App.tsx).
import 'antd/dist/antd.css';
import './app/global.css';
import { changesNetwork } from './app/invalidation.js';
import { createQueryClient, refreshAfter, refreshAfterFailure } from './app/query-client.js';
import { apiQueryOptions } from './app/use-api.js';
import { dropPrefetched } from './features/network/prefetch.js';
import { watchNetworkRoute } from './features/network/watch-route.js';
import { initI18n } from './i18n/index.js';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();
onCallSucceeded((channel, value) => {
  if (changesNetwork(channel)) dropPrefetched();
  void refreshAfter(queryClient, channel, value);
});
// The shell shows nothing until it knows the workspace: asked first, before anything else can queue
// in front of it (the network page's answer takes the core a few hundred ms on 2,000 firms, and the
// shell's own request, made once the app had mounted, waited behind it).
const info = apiQueryOptions('workspace:info', {});
// A failure (no workspace, a damaged file) is the shell's to show: its query asks again on mount.
queryClient.query({ queryKey: info.queryKey, queryFn: info.queryFn }).catch(() => undefined);
// Before the app mounts: entering the network page asks for its answer while its code loads.
watchNetworkRoute();
onCallFailed((channel, error) => {
  void refreshAfterFailure(queryClient, channel, error.code);
});

void initI18n().then(() => {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
});
