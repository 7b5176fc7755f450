// Read use-cases for the chain templates: clusters (with their chain and firm counts), chains and
// segments, as the lists and selectors of every page show them.
import type { Chain, Cluster, Segment } from '../../../shared/domain/schemas.js';
import { listChains, listClusters, listSegments } from '../repositories/taxonomy-repository.js';
import type { Workspace } from './workspace.js';

export const clusterList = (
  ws: Workspace,
): (Cluster & { chainCount: number; enterpriseCount: number })[] => listClusters(ws.db);

export const chainList = (ws: Workspace, clusterId?: number): Chain[] =>
  listChains(ws.db, clusterId);

export const segmentList = (ws: Workspace, chainId?: number): Segment[] =>
  listSegments(ws.db, chainId);
