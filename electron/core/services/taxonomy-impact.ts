// Read side of the chain editor: the whole tree with the rows on each segment, and exactly what a
// delete of a cluster, chain or segment would remove or change, counted before anything happens.
import type {
  DeleteImpact,
  TaxonomyKind,
  TaxonomyTree,
} from '../../../shared/ipc/taxonomy-edit-contract.js';
import { childrenOf, subtreeIds } from '../../../shared/taxonomy/tree-move.js';
import { AppError } from '../../../shared/ipc/result.js';
import {
  getChain,
  getSegment,
  listChains,
  listClusters,
  listSegments,
  parkCountOfCluster,
  segmentUsage,
  usageOfSegments,
} from '../repositories/taxonomy-repository.js';
import type { Workspace } from './workspace.js';

const WHAT = {
  cluster: ['产业集群', 'Cluster'],
  chain: ['产业链', 'Chain'],
  segment: ['环节', 'Segment'],
} as const;

export const notFound = (kind: TaxonomyKind, id: number): AppError =>
  new AppError(
    'NOT_FOUND',
    `${WHAT[kind][0]}不存在（id ${String(id)}）`,
    undefined,
    `${WHAT[kind][1]} not found (id ${String(id)})`,
  );

/** A name that is already used where names must be unique. */
export const nameTaken = (zh: string, en: string, name: string): AppError =>
  new AppError(
    'INVALID_INPUT',
    `${zh}“${name}”已存在，请换一个名称`,
    { field: 'name' },
    `${en} '${name}' already exists: choose another name`,
  );

export function taxonomyTree(ws: Workspace): TaxonomyTree {
  return {
    clusters: listClusters(ws.db).map(({ id, name, color, sortOrder, parks }) => ({
      id,
      name,
      color,
      sortOrder,
      parks,
    })),
    chains: listChains(ws.db),
    segments: listSegments(ws.db),
    usage: segmentUsage(ws.db),
  };
}

/** The segments a delete removes: the segment and its branch, or only itself when children stay. */
export function segmentsDeleted(ws: Workspace, id: number, keepChildren: boolean): number[] {
  const seg = getSegment(ws.db, id);
  if (!seg) throw notFound('segment', id);
  return keepChildren ? [id] : [...subtreeIds(listSegments(ws.db, seg.chainId), id)];
}

export function deleteImpact(
  ws: Workspace,
  kind: TaxonomyKind,
  id: number,
  keepChildren = false,
): DeleteImpact {
  const none = { chains: 0, childNames: [] as string[], parks: 0 };
  if (kind === 'segment') {
    const seg = getSegment(ws.db, id);
    if (!seg) throw notFound(kind, id);
    const all = listSegments(ws.db, seg.chainId);
    const ids = segmentsDeleted(ws, id, keepChildren);
    return {
      kind,
      name: seg.name,
      ...none,
      segments: ids.length,
      childNames: childrenOf(all, id).map((s) => s.name),
      ...usageOfSegments(ws.db, ids),
    };
  }
  if (kind === 'chain') {
    const chain = getChain(ws.db, id);
    if (!chain) throw notFound(kind, id);
    const ids = listSegments(ws.db, id).map((s) => s.id);
    return {
      kind,
      name: chain.name,
      ...none,
      chains: 1,
      segments: ids.length,
      ...usageOfSegments(ws.db, ids),
    };
  }
  const cluster = listClusters(ws.db).find((c) => c.id === id);
  if (!cluster) throw notFound(kind, id);
  const chains = listChains(ws.db, id).map((c) => c.id);
  const ids = listSegments(ws.db)
    .filter((s) => chains.includes(s.chainId))
    .map((s) => s.id);
  return {
    kind,
    name: cluster.name,
    ...none,
    chains: chains.length,
    segments: ids.length,
    parks: parkCountOfCluster(ws.db, id),
    ...usageOfSegments(ws.db, ids),
  };
}
