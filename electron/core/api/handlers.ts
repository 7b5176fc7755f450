// One implementation per contract channel, shared by every shell. Inputs arrive already parsed.
import {
  chainGraph,
  clusterGraph,
  enterpriseDetail,
  enterpriseList,
} from '../services/query-service.js';
import { encodeMapGraph } from '../../../shared/maps/graph-wire.js';
import { chainList, clusterList, segmentList } from '../services/taxonomy-service.js';
import { workspaceInfo } from '../services/workspace-info.js';
import { analysisHandlers } from './analysis-handlers.js';
import { backupHandlers } from './backup-handlers.js';
import { enterpriseEditHandlers } from './enterprise-edit-handlers.js';
import type { Handlers } from './handler-types.js';
import { importHandlers } from './import-handlers.js';
import { linkEditHandlers } from './link-edit-handlers.js';
import { mapHandlers } from './map-handlers.js';
import { networkHandlers } from './network-handlers.js';
import { requireWorkspace } from './shell-context.js';
import { templateHandlers } from './template-handlers.js';
import { workspaceFileHandlers } from './workspace-file-handlers.js';
import { undoHandlers } from './undo-handlers.js';
import { taxonomyEditHandlers } from './taxonomy-edit-handlers.js';

export const handlers: Handlers = {
  'workspace:info': (ctx) => workspaceInfo(requireWorkspace(ctx), ctx.shell),
  'workspace:recent': (ctx) => ctx.recent(),
  'workspace:open': (ctx, input) => ctx.openWorkspace(input),
  'workspace:create': (ctx, input) => ctx.createWorkspace(input),
  'cluster:list': (ctx) => clusterList(requireWorkspace(ctx)),
  'chain:list': (ctx, input) => chainList(requireWorkspace(ctx), input.clusterId),
  'segment:list': (ctx, input) => segmentList(requireWorkspace(ctx), input.chainId),
  'enterprise:list': (ctx, input) => enterpriseList(requireWorkspace(ctx), input),
  'enterprise:get': (ctx, input) => enterpriseDetail(requireWorkspace(ctx), input.id),
  'graph:chain': (ctx, input) => encodeMapGraph(chainGraph(requireWorkspace(ctx), input.chainId)),
  'graph:cluster': (ctx, input) =>
    encodeMapGraph(clusterGraph(requireWorkspace(ctx), input.clusterId)),
  ...analysisHandlers,
  ...importHandlers,
  ...mapHandlers,
  ...networkHandlers,
  ...templateHandlers,
  ...backupHandlers,
  ...workspaceFileHandlers,
  ...undoHandlers,
  ...linkEditHandlers,
  ...taxonomyEditHandlers,
  ...enterpriseEditHandlers,
};
