// A firm's suppliers and buyers on a drawn picture: the links to draw when the firm is hovered or
// selected (to the partner's chip, or to its segment box when the partner is folded away), and the
// ids of the items to emphasise. Pure, so the screen's highlight is tested without a DOM.
import type { MapLink } from './chain-model.js';
import { curveBetween } from './flows.js';
import type { ChipItem, EdgeItem, MapScene, Rect } from './types.js';

export type Neighbourhood = {
  edges: EdgeItem[];
  /** Scene item ids of the firm's chips, its partners' chips and boxes. */
  items: Set<string>;
  suppliers: number;
  buyers: number;
};

export function neighbourhood(
  scene: MapScene,
  links: readonly MapLink[],
  home: ReadonlyMap<number, number>,
  firmId: number,
  limit = 400,
): Neighbourhood {
  const chipOf = new Map<number, ChipItem>();
  for (const c of scene.chips) {
    if (c.kind === 'firm' && c.enterpriseId !== null && !chipOf.has(c.enterpriseId)) {
      chipOf.set(c.enterpriseId, c);
    }
  }
  const segOf = new Map(scene.segments.map((s) => [s.segmentId, s]));
  const self = chipOf.get(firmId);
  const selfHome = home.get(firmId);
  const selfBox = self ?? (selfHome === undefined ? undefined : segOf.get(selfHome));
  const items = new Set<string>();
  if (selfBox) items.add(selfBox.id);
  const edges: EdgeItem[] = [];
  const where = (id: number): { id: string; frame: Rect } | undefined => {
    const chip = chipOf.get(id);
    if (chip) return chip;
    const seg = home.get(id);
    return seg === undefined ? undefined : segOf.get(seg);
  };
  let suppliers = 0;
  let buyers = 0;
  for (const l of links) {
    const out = l.supplierId === firmId;
    if ((!out && l.buyerId !== firmId) || l.supplierId === l.buyerId) continue;
    if (out) buyers += 1;
    else suppliers += 1;
    const other = where(out ? l.buyerId : l.supplierId);
    if (!other || !selfBox || edges.length >= limit) continue;
    items.add(other.id);
    const from = out ? selfBox : other;
    const to = out ? other : selfBox;
    edges.push({
      id: `hover:${String(l.id)}`,
      kind: 'link',
      from: from.id,
      to: to.id,
      curve: curveBetween({ from: from.frame, to: to.frame }),
      width: 2,
      style: 'link-hover',
      arrow: true,
      count: 1,
      amount: l.amount,
      label: null,
    });
  }
  return { edges, items, suppliers, buyers };
}
