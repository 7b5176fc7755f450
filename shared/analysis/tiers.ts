// Supplier tiers relative to a chosen firm: tier 1 = its direct suppliers, tier 2 = their suppliers …
// (or, downstream, its buyers). A firm sits in the nearest tier it is reached at.
import { z } from 'zod';

import { IdSchema } from '../domain/schemas.js';
import type { WorkspaceData } from '../domain/workspace-data.js';
import { FirmRefSchema } from './schemas.js';

export const TierDirectionSchema = z.enum(['upstream', 'downstream']);

export const TiersSchema = z.object({
  root: FirmRefSchema,
  direction: TierDirectionSchema,
  depth: z.number().int(),
  tiers: z.array(
    z.object({
      tier: z.number().int(),
      firms: z.array(FirmRefSchema.extend({ via: z.array(IdSchema) })),
      localCount: z.number().int(),
    }),
  ),
});
export type Tiers = z.infer<typeof TiersSchema>;

export function supplierTiers(
  data: Pick<WorkspaceData, 'enterprises' | 'links'>,
  rootId: number,
  depth: number,
  direction: 'upstream' | 'downstream' = 'upstream',
): Tiers {
  const firm = new Map(data.enterprises.map((e) => [e.id, e]));
  const next = new Map<number, number[]>();
  for (const l of data.links) {
    const [from, to] =
      direction === 'upstream' ? [l.buyerId, l.supplierId] : [l.supplierId, l.buyerId];
    const list = next.get(from);
    if (list) list.push(to);
    else next.set(from, [to]);
  }
  const ref = (id: number) => {
    const f = firm.get(id);
    return { id, name: f?.name ?? `#${String(id)}`, isLocal: f?.isLocal === true };
  };
  const seen = new Set([rootId]);
  let frontier = [rootId];
  const tiers: Tiers['tiers'] = [];
  for (let t = 1; t <= depth && frontier.length > 0; t++) {
    const via = new Map<number, number[]>();
    for (const from of frontier) {
      for (const to of next.get(from) ?? []) {
        if (seen.has(to)) continue;
        const v = via.get(to);
        if (v) {
          if (!v.includes(from)) v.push(from);
        } else via.set(to, [from]);
      }
    }
    for (const id of via.keys()) seen.add(id);
    const firms = [...via].map(([id, v]) => ({ ...ref(id), via: v }));
    firms.sort(
      (a, b) => Number(b.isLocal) - Number(a.isLocal) || a.name.localeCompare(b.name, 'zh'),
    );
    if (firms.length > 0)
      tiers.push({ tier: t, firms, localCount: firms.filter((f) => f.isLocal).length });
    frontier = [...via.keys()];
  }
  return { root: ref(rootId), direction, depth, tiers };
}
