// The app's pages and hash routing (#/enterprises, #/chain-map?chain=3 …): plain links, back/forward
// and bookmarks work without a router library, and every page is reachable from the keyboard.
import { useEffect, useState } from 'react';

export const ROUTES = [
  'overview',
  'chain-map',
  'cluster-map',
  'network',
  'enterprises',
  'analysis',
  'import',
  'chain-editor',
  'templates',
  'backups',
  'guide',
] as const;
export type Route = (typeof ROUTES)[number];
export const DEFAULT_ROUTE: Route = 'chain-map';

/** i18n key of each page's navigation label. */
export const ROUTE_LABEL = {
  overview: 'nav.overview',
  'chain-map': 'nav.chainMap',
  'cluster-map': 'nav.clusterMap',
  network: 'nav.network',
  enterprises: 'nav.enterprises',
  analysis: 'nav.analysis',
  import: 'nav.import',
  'chain-editor': 'nav.chainEditor',
  templates: 'nav.templates',
  backups: 'nav.backups',
  guide: 'nav.guide',
} as const satisfies Record<Route, string>;

export type Location = { route: Route; params: Record<string, string> };

export function parseLocation(hash: string): Location {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const name = path.split('/')[0] ?? '';
  return {
    route: ROUTES.find((r) => r === name) ?? DEFAULT_ROUTE,
    params: Object.fromEntries(new URLSearchParams(query)),
  };
}

export function routeHref(route: Route, params: Record<string, string | number> = {}): string {
  const query = new URLSearchParams(
    Object.entries(params).map(([k, v]) => [k, String(v)]),
  ).toString();
  return `#/${route}${query ? `?${query}` : ''}`;
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

/** Changes the current page's parameters without adding a history entry per selection. */
export function replaceParams(route: Route, params: Record<string, string | number>): void {
  window.location.replace(routeHref(route, params));
}

export function useLocation(): Location {
  const [location, setLocation] = useState<Location>(() => parseLocation(window.location.hash));
  useEffect(() => {
    const onChange = () => {
      setLocation(parseLocation(window.location.hash));
    };
    window.addEventListener('hashchange', onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
    };
  }, []);
  return location;
}

/** A positive integer parameter (an id), or null when absent or malformed. */
export function idParam(params: Record<string, string>, name: string): number | null {
  const value = Number(params[name]);
  return Number.isInteger(value) && value > 0 ? value : null;
}
