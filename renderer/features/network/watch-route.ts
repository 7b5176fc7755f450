// Entering the network page from the address (at start, or from another page) starts its answer and
// its code loading at once, before the app shell has even asked for the workspace.
import { parseLocation } from '../../app/routes.js';
import { openingInput, prefetchNetwork } from './prefetch.js';

/**
 * Prefetches on entering the network page (at start, and on each address change that comes from
 * another page); address changes within the page (filters, focus) are the page's own requests.
 */
export function watchNetworkRoute(): void {
  let route = parseLocation(window.location.hash).route;
  const enter = () => {
    const { params } = parseLocation(window.location.hash);
    prefetchNetwork(openingInput(params));
    // The page's code too (the same chunk the page's lazy import asks for), read while the app
    // shell asks for the workspace and mounts.
    void import('./NetworkPage.js').catch(() => undefined);
  };
  if (route === 'network') enter();
  window.addEventListener('hashchange', () => {
    const next = parseLocation(window.location.hash).route;
    if (next === 'network' && route !== 'network') enter();
    route = next;
  });
}
