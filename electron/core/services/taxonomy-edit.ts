// Hand edits of clusters and chains: add, rename, move a chain to another cluster, delete. Names are
// unique as a person reads them (full/half width, case and spaces folded, as the importer matches
// them): one cluster name per workspace, one chain name per cluster. Each change is one labelled,
// undoable edit; deletes keep a backup first and note the lost segment in the leads that had it.
import type { Chain, Cluster } from '../../../shared/domain/schemas.js';
import { foldKey } from '../../../shared/spreadsheet/normalize-cell.js';
import {
  deleteChain,
  deleteCluster,
  getChain,
  insertChain,
  insertCluster,
  listChains,
  listClusters,
  listSegments,
  nextChainOrder,
  nextClusterOrder,
  updateChain,
  updateCluster,
} from '../repositories/taxonomy-repository.js';
import { editWorkspace } from './edit.js';
import { nameTaken, notFound } from './taxonomy-impact.js';
import { noteLeadsBeforeDelete } from './taxonomy-edit-segments.js';
import type { Workspace } from './workspace.js';

/** Colours a new cluster cycles through (antd's blue, green, purple, orange, cyan, magenta). */
const PALETTE = ['#1677ff', '#52c41a', '#722ed1', '#fa8c16', '#13c2c2', '#eb2f96'];

function getCluster(ws: Workspace, id: number): Cluster {
  const found = listClusters(ws.db).find((c) => c.id === id);
  if (!found) throw notFound('cluster', id);
  const { chainCount: _c, enterpriseCount: _e, ...cluster } = found;
  return cluster;
}

function checkClusterName(ws: Workspace, name: string, self: number | null): void {
  const key = foldKey(name);
  if (listClusters(ws.db).some((c) => c.id !== self && foldKey(c.name) === key))
    throw nameTaken('产业集群', 'Cluster', name);
}

function checkChainName(ws: Workspace, clusterId: number, name: string, self: number | null): void {
  const key = foldKey(name);
  if (listChains(ws.db, clusterId).some((c) => c.id !== self && foldKey(c.name) === key))
    throw nameTaken('该产业集群中产业链', 'A chain of this cluster named', name);
}

export async function createCluster(
  ws: Workspace,
  input: { name: string; color?: string | undefined },
): Promise<Cluster> {
  checkClusterName(ws, input.name, null);
  const count = listClusters(ws.db).length;
  const id = await editWorkspace(
    ws,
    { zh: `新建产业集群“${input.name}”`, en: `Add cluster '${input.name}'` },
    () =>
      insertCluster(ws.db, {
        name: input.name,
        color: input.color ?? PALETTE[count % PALETTE.length] ?? '#1677ff',
        sortOrder: nextClusterOrder(ws.db),
      }),
  );
  return getCluster(ws, id);
}

export async function editCluster(
  ws: Workspace,
  input: { id: number; name?: string | undefined; color?: string | undefined },
): Promise<Cluster> {
  const old = getCluster(ws, input.id);
  const name = input.name ?? old.name;
  if (name !== old.name) checkClusterName(ws, name, old.id);
  const label =
    name !== old.name
      ? {
          zh: `产业集群“${old.name}”改名为“${name}”`,
          en: `Rename cluster '${old.name}' to '${name}'`,
        }
      : { zh: `修改产业集群“${old.name}”`, en: `Edit cluster '${old.name}'` };
  await editWorkspace(ws, label, () => {
    updateCluster(ws.db, old.id, { name, color: input.color ?? old.color });
  });
  return getCluster(ws, old.id);
}

/** Deletes the cluster, its chains and their segments; firms, links and leads stay. */
export async function removeCluster(ws: Workspace, id: number): Promise<{ deleted: true }> {
  const old = getCluster(ws, id);
  const chains = listChains(ws.db, id);
  await editWorkspace(
    ws,
    { zh: `删除产业集群“${old.name}”`, en: `Delete cluster '${old.name}'` },
    () => {
      for (const chain of chains) noteLeadsBeforeDelete(ws, chain, listSegments(ws.db, chain.id));
      deleteCluster(ws.db, id);
    },
    { destructive: true },
  );
  return { deleted: true };
}

function requireChain(ws: Workspace, id: number): Chain {
  const chain = getChain(ws.db, id);
  if (!chain) throw notFound('chain', id);
  return chain;
}

export async function createChain(
  ws: Workspace,
  input: { clusterId: number; name: string; owner?: string | null | undefined },
): Promise<Chain> {
  const cluster = getCluster(ws, input.clusterId);
  checkChainName(ws, cluster.id, input.name, null);
  const id = await editWorkspace(
    ws,
    { zh: `新建产业链“${input.name}”`, en: `Add chain '${input.name}'` },
    () =>
      insertChain(ws.db, {
        clusterId: cluster.id,
        name: input.name,
        owner: input.owner || null,
        description: null,
        sortOrder: nextChainOrder(ws.db, cluster.id),
      }),
  );
  return requireChain(ws, id);
}

export async function editChain(
  ws: Workspace,
  input: {
    id: number;
    name?: string | undefined;
    owner?: string | null | undefined;
    clusterId?: number | undefined;
  },
): Promise<Chain> {
  const old = requireChain(ws, input.id);
  const clusterId = input.clusterId ?? old.clusterId;
  if (clusterId !== old.clusterId) getCluster(ws, clusterId);
  const name = input.name ?? old.name;
  if (name !== old.name || clusterId !== old.clusterId) checkChainName(ws, clusterId, name, old.id);
  const label =
    name !== old.name
      ? { zh: `产业链“${old.name}”改名为“${name}”`, en: `Rename chain '${old.name}' to '${name}'` }
      : { zh: `修改产业链“${old.name}”`, en: `Edit chain '${old.name}'` };
  await editWorkspace(ws, label, () => {
    updateChain(ws.db, {
      ...old,
      name,
      clusterId,
      owner: input.owner === undefined ? old.owner : input.owner || null,
      sortOrder: clusterId === old.clusterId ? old.sortOrder : nextChainOrder(ws.db, clusterId),
    });
  });
  return requireChain(ws, old.id);
}

/** Deletes the chain and its segments; firms, links and leads stay. */
export async function removeChain(ws: Workspace, id: number): Promise<{ deleted: true }> {
  const old = requireChain(ws, id);
  await editWorkspace(
    ws,
    { zh: `删除产业链“${old.name}”`, en: `Delete chain '${old.name}'` },
    () => {
      noteLeadsBeforeDelete(ws, old, listSegments(ws.db, id));
      deleteChain(ws.db, id);
    },
    { destructive: true },
  );
  return { deleted: true };
}
