// Read use-cases behind the contract's list/get/graph channels; shells call these through dispatch.
import type { GraphData, EnterpriseDetail } from '../../../shared/ipc/contract.js';
import { AppError } from '../../../shared/ipc/result.js';
import {
  getEnterprise,
  listEnterprises,
  listMappings,
} from '../repositories/enterprise-repository.js';
import { listLeads } from '../repositories/lead-repository.js';
import {
  linksOfEnterprise,
  listLinks,
  listLinksTouching,
} from '../repositories/link-repository.js';
import {
  getChain,
  listChains,
  listClusters,
  listSegments,
} from '../repositories/taxonomy-repository.js';
import type { Workspace } from './workspace.js';

/** One page of the register (企业) for a search and filters, with the total count. */
export { enterpriseList } from './enterprise-register.js';

export function enterpriseDetail(ws: Workspace, id: number): EnterpriseDetail {
  const enterprise = getEnterprise(ws.db, id);
  if (!enterprise)
    throw new AppError(
      'NOT_FOUND',
      `企业不存在（id ${String(id)}）`,
      undefined,
      `Firm not found (id ${String(id)})`,
    );
  const segments = ws.db
    .prepare(
      `SELECT es.*, s.name AS segment_name, s.stage, ch.id AS chain_id, ch.name AS chain_name
         FROM enterprise_segment es JOIN segment s ON s.id = es.segment_id JOIN chain ch ON ch.id = s.chain_id
        WHERE es.enterprise_id = ? ORDER BY es.is_primary DESC, ch.sort_order, s.sort_order`,
    )
    .all(id) as {
    enterprise_id: number;
    segment_id: number;
    is_primary: number;
    status: 'confirmed' | 'uncertain' | 'rejected';
    evidence: string | null;
    segment_name: string;
    stage: 'upstream' | 'midstream' | 'downstream';
    chain_id: number;
    chain_name: string;
  }[];
  return {
    enterprise,
    segments: segments.map((r) => ({
      enterpriseId: r.enterprise_id,
      segmentId: r.segment_id,
      isPrimary: r.is_primary === 1,
      status: r.status,
      evidence: r.evidence,
      segmentName: r.segment_name,
      stage: r.stage,
      chainId: r.chain_id,
      chainName: r.chain_name,
    })),
    suppliers: linksOfEnterprise(ws.db, id, 'suppliers'),
    buyers: linksOfEnterprise(ws.db, id, 'buyers'),
    leads: listLeads(ws.db, id),
  };
}

/** A chain's template, the firms mapped to it, and the links among or touching them. */
export function chainGraph(ws: Workspace, chainId: number): GraphData {
  const chain = getChain(ws.db, chainId);
  if (!chain)
    throw new AppError(
      'NOT_FOUND',
      `产业链不存在（id ${String(chainId)}）`,
      undefined,
      `Chain not found (id ${String(chainId)})`,
    );
  const mappings = listMappings(ws.db, { chainId });
  const firmSet = new Set(mappings.map((m) => m.enterpriseId));
  const firmIds = [...firmSet];
  const cluster = listClusters(ws.db).filter((c) => c.id === chain.clusterId);
  return {
    clusters: cluster.map(({ chainCount: _c, enterpriseCount: _e, ...c }) => c),
    chains: [chain],
    segments: listSegments(ws.db, chainId),
    enterprises: listEnterprises(ws.db, firmIds),
    mappings,
    links: listLinksTouching(ws.db, firmIds).filter(
      (l) => firmSet.has(l.supplierId) && firmSet.has(l.buyerId),
    ),
  };
}

/** Every chain of a cluster with its firms and the links between them. */
export function clusterGraph(ws: Workspace, clusterId: number): GraphData {
  const cluster = listClusters(ws.db).find((c) => c.id === clusterId);
  if (!cluster)
    throw new AppError(
      'NOT_FOUND',
      `产业集群不存在（id ${String(clusterId)}）`,
      undefined,
      `Cluster not found (id ${String(clusterId)})`,
    );
  const chains = listChains(ws.db, clusterId);
  const chainIds = new Set(chains.map((c) => c.id));
  const segments = listSegments(ws.db).filter((s) => chainIds.has(s.chainId));
  const segmentIds = new Set(segments.map((s) => s.id));
  const mappings = listMappings(ws.db).filter((m) => segmentIds.has(m.segmentId));
  const firmIds = new Set(mappings.map((m) => m.enterpriseId));
  const { chainCount: _c, enterpriseCount: _e, ...plain } = cluster;
  return {
    clusters: [plain],
    chains,
    segments,
    enterprises: listEnterprises(ws.db, [...firmIds]),
    mappings,
    links: listLinks(ws.db).filter((l) => firmIds.has(l.supplierId) && firmIds.has(l.buyerId)),
  };
}
