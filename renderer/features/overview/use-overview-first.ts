// The page the app opens on when the address names none: the overview for a workspace of several
// clusters (where a leader starts), the chain map for one (there the chain map is the overview).
// An address that names a page (#/chain-map, a bookmark, a link) is always honoured.
import { useEffect } from 'react';

import { routeHref } from '../../app/routes.js';

/** True when no page is named in the address: the app was just opened. */
export const noPageInAddress = (hash: string): boolean => !/^#\/[a-z]/.test(hash);

/**
 * For the default page: true while it should not load its own data, because the cluster count is
 * not known yet or the overview is taking its place (the address then names the overview).
 */
export function useOverviewFirst(clusterCount: number | null): boolean {
  const landing = noPageInAddress(window.location.hash);
  const overview = landing && (clusterCount === null || clusterCount > 1);
  useEffect(() => {
    if (landing && clusterCount !== null && clusterCount > 1)
      window.location.replace(routeHref('overview'));
  }, [landing, clusterCount]);
  return overview;
}
