// The app's pages and hash routing (#/enterprises …): plain links, back/forward and bookmarks work
// without a router library, and every page is reachable from the keyboard through the menu.
import { useEffect, useState } from 'react';

export const ROUTES = ['chain-map', 'network', 'enterprises', 'analysis', 'import'] as const;
export type Route = (typeof ROUTES)[number];
export const DEFAULT_ROUTE: Route = 'chain-map';

/** i18n key of each page's navigation label. */
export const ROUTE_LABEL = {
  'chain-map': 'nav.chainMap',
  network: 'nav.network',
  enterprises: 'nav.enterprises',
  analysis: 'nav.analysis',
  import: 'nav.import',
} as const satisfies Record<Route, string>;

export function parseRoute(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return ROUTES.find((r) => r === name) ?? DEFAULT_ROUTE;
}

export const routeHref = (route: Route): string => `#/${route}`;

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => {
      setRoute(parseRoute(window.location.hash));
    };
    window.addEventListener('hashchange', onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
    };
  }, []);
  return route;
}
