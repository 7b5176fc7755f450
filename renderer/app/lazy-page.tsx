// Loads a page's code the first time it is opened: each page (and what only it uses, such as the
// network's Cytoscape and layouts) becomes its own chunk instead of one bundle read at start.
//
// Not React.lazy: a page that suspended was revealed as a Suspense retry, which React renders in
// slices and holds back until 300 ms after its fallback appeared. On a reload of the network page
// (2,000 firms) that kept a page whose code and answer were both in hand off screen for about
// 0.1–0.2 s. Here the loaded code is a plain state change: rendered and shown at once.
import { Alert, Button } from 'antd';
import { createElement, useEffect, useReducer, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

import { LoadingState } from './StatusViews.js';

type Loaded<P> = { component: ComponentType<P> } | { error: unknown };

/** A page that failed to load: what happened, and a reload (the browser keeps a failed import). */
function PageLoadFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('common.pageLoadFailed')}
      description={error instanceof Error ? error.message : String(error)}
      action={
        <Button
          size="small"
          onClick={() => {
            window.location.reload();
          }}
        >
          {t('common.reload')}
        </Button>
      }
      style={{ margin: 16 }}
    />
  );
}

export function lazyPage<M, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): M[K] extends ComponentType<infer P> ? ComponentType<P> : never {
  type P = Record<string, unknown>;
  let loaded: Loaded<P> | null = null;
  let loading: Promise<void> | null = null;
  const start = (): Promise<void> =>
    (loading ??= load().then(
      (m) => {
        loaded = { component: m[name] as ComponentType<P> };
      },
      (error: unknown) => {
        loaded = { error };
      },
    ));

  function LazyPage(props: P) {
    const [, loadedNow] = useReducer((n: number) => n + 1, 0);
    // Asked for while rendering, as React.lazy does: the chunk's request leaves with the first
    // render, not after the commit that shows the loading state.
    if (!loaded) void start();
    useEffect(() => {
      if (loaded) return;
      let mounted = true;
      void start().then(() => {
        if (mounted) loadedNow();
      });
      return () => {
        mounted = false;
      };
    }, []);
    if (!loaded) return <LoadingState />;
    if ('error' in loaded) return <PageLoadFailed error={loaded.error} />;
    return createElement(loaded.component, props);
  }
  return LazyPage as never;
}
