// Where firms found by the search stand in a network view: their group, and whether opening that group
// draws them or leaves them behind its rest node. Asked for a few firms at a time, so the view's answer
// does not carry the place of every firm it does not draw.
import { networkBasis, type NetworkInput, type NetworkRequest } from './build-network.js';
import { firmsBehindRest } from './open-cap.js';
import type { FirmPlace } from './schemas.js';

/** The places of those of `firmIds` the view holds, in the order asked; the others are left out. */
export function locateFirms(
  data: NetworkInput,
  req: Pick<NetworkRequest, 'filter' | 'groupBy' | 'stateOfSegment'>,
  firmIds: readonly number[],
): FirmPlace[] {
  const { shown, degree, headOfFirm, members } = networkBasis(data, req);
  const asked = firmIds.filter((id) => shown.has(id));
  const groups = new Set(asked.flatMap((id) => headOfFirm.get(id) ?? []));
  // Each group as if opened and not shown whole: the firms it would leave behind its rest node.
  const behind = firmsBehindRest(members, groups, new Set(), degree);
  return asked.map((id) => ({
    firmId: id,
    group: headOfFirm.get(id) ?? null,
    behindRest: behind.has(id),
  }));
}
