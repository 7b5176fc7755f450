// The chain/cluster map's data as it crosses the api: only what a map draws (a firm's id, name, local
// flag, 链主 tag and revenue; a 挂链's ends, primary flag and status; a link's ends and amount), in
// columns rather than one object per row. Chain 38 of Willems (2,025 firms, 16,225 links) was 3.3 MB
// of whole records, parsed in one ~200 ms main-thread task; as columns it is about a tenth of that.
import type { Chain, Cluster, MappingStatus, Segment } from '../domain/schemas.js';
import { ANCHOR_TAG, type ChainGraphRows, type MapFirm, type MapLink } from './chain-model.js';

export type MapGraphWire = {
  clusters: Cluster[];
  chains: Chain[];
  segments: Segment[];
  firms: {
    id: number[];
    name: string[];
    /** 1 local, 0 outside. */
    local: (0 | 1)[];
    /** 1 when tagged 链主 (the only tag a map draws). */
    anchor: (0 | 1)[];
    revenue: (number | null)[];
  };
  mappings: {
    enterpriseId: number[];
    segmentId: number[];
    primary: (0 | 1)[];
    status: MappingStatus[];
  };
  links: {
    id: number[];
    supplierId: number[];
    buyerId: number[];
    amount: (number | null)[];
  };
};

export type MapGraph = ChainGraphRows & {
  clusters: readonly Cluster[];
  chains: readonly Chain[];
  enterprises: readonly MapFirm[];
  links: readonly MapLink[];
};

type Source = {
  clusters: readonly Cluster[];
  chains: readonly Chain[];
  segments: readonly Segment[];
} & Omit<ChainGraphRows, 'segments'>;

export function encodeMapGraph(g: Source): MapGraphWire {
  return {
    clusters: [...g.clusters],
    chains: [...g.chains],
    segments: [...g.segments],
    firms: {
      id: g.enterprises.map((e) => e.id),
      name: g.enterprises.map((e) => e.name),
      local: g.enterprises.map((e) => (e.isLocal ? 1 : 0)),
      anchor: g.enterprises.map((e) => (e.tags.includes(ANCHOR_TAG) ? 1 : 0)),
      revenue: g.enterprises.map((e) => e.revenue),
    },
    mappings: {
      enterpriseId: g.mappings.map((m) => m.enterpriseId),
      segmentId: g.mappings.map((m) => m.segmentId),
      primary: g.mappings.map((m) => (m.isPrimary ? 1 : 0)),
      status: g.mappings.map((m) => m.status),
    },
    links: {
      id: g.links.map((l) => l.id),
      supplierId: g.links.map((l) => l.supplierId),
      buyerId: g.links.map((l) => l.buyerId),
      amount: g.links.map((l) => l.amount),
    },
  };
}

/** Rows again; a column shorter than its id column is a broken answer and refused. */
export function decodeMapGraph(w: MapGraphWire): MapGraph {
  const same = (what: string, n: number, ...cols: unknown[][]) => {
    if (cols.some((c) => c.length !== n))
      throw new Error(`map data: ${what} columns differ in length`);
  };
  const f = w.firms;
  const m = w.mappings;
  const l = w.links;
  same('firm', f.id.length, f.name, f.local, f.anchor, f.revenue);
  same('mapping', m.enterpriseId.length, m.segmentId, m.primary, m.status);
  same('link', l.id.length, l.supplierId, l.buyerId, l.amount);
  const anchorTags: readonly string[] = [ANCHOR_TAG];
  return {
    clusters: w.clusters,
    chains: w.chains,
    segments: w.segments,
    enterprises: f.id.map((id, i) => ({
      id,
      name: f.name[i] ?? '',
      isLocal: f.local[i] === 1,
      tags: f.anchor[i] === 1 ? [...anchorTags] : [],
      revenue: f.revenue[i] ?? null,
    })),
    mappings: m.enterpriseId.map((enterpriseId, i) => ({
      enterpriseId,
      segmentId: m.segmentId[i] ?? 0,
      isPrimary: m.primary[i] === 1,
      status: m.status[i] ?? 'confirmed',
    })),
    links: l.id.map((id, i) => ({
      id,
      supplierId: l.supplierId[i] ?? 0,
      buyerId: l.buyerId[i] ?? 0,
      amount: l.amount[i] ?? null,
    })),
  };
}
