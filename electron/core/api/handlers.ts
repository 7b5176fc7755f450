// One implementation per contract channel, shared by every shell. Inputs arrive already parsed.
import { searchEnterprises } from '../repositories/enterprise-repository.js';
import { listChains, listClusters, listSegments } from '../repositories/taxonomy-repository.js';
import { chainGraph, clusterGraph, enterpriseDetail } from '../services/query-service.js';
import { workspaceInfo } from '../services/workspace-info.js';
import { analysisHandlers } from './analysis-handlers.js';
import type { Handlers } from './handler-types.js';
import { importHandlers } from './import-handlers.js';
import { mapHandlers } from './map-handlers.js';
import { networkHandlers } from './network-handlers.js';
import { requireWorkspace } from './shell-context.js';

export const handlers: Handlers = {
  'workspace:info': (ctx) => workspaceInfo(requireWorkspace(ctx), ctx.shell),
  'workspace:recent': (ctx) => ctx.recent(),
  'workspace:open': (ctx, input) => ctx.openWorkspace(input),
  'workspace:create': (ctx, input) => ctx.createWorkspace(input),
  'cluster:list': (ctx) => listClusters(requireWorkspace(ctx).db),
  'chain:list': (ctx, input) => listChains(requireWorkspace(ctx).db, input.clusterId),
  'segment:list': (ctx, input) => listSegments(requireWorkspace(ctx).db, input.chainId),
  'enterprise:list': (ctx, input) => searchEnterprises(requireWorkspace(ctx).db, input),
  'enterprise:get': (ctx, input) => enterpriseDetail(requireWorkspace(ctx), input.id),
  'graph:chain': (ctx, input) => chainGraph(requireWorkspace(ctx), input.chainId),
  'graph:cluster': (ctx, input) => clusterGraph(requireWorkspace(ctx), input.clusterId),
  ...analysisHandlers,
  ...importHandlers,
  ...mapHandlers,
  ...networkHandlers,
};
