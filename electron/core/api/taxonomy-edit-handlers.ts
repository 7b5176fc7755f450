// Handlers for the chain editor (shared/ipc/taxonomy-edit-contract.ts), spread into the handler table
// in ./handlers.ts. They map calls onto the taxonomy-edit services.
import type { taxonomyEditContract } from '../../../shared/ipc/taxonomy-edit-contract.js';
import {
  createChain,
  createCluster,
  editChain,
  editCluster,
  removeChain,
  removeCluster,
} from '../services/taxonomy-edit.js';
import {
  createSegment,
  editSegment,
  moveSegment,
  removeSegment,
} from '../services/taxonomy-edit-segments.js';
import { deleteImpact, taxonomyTree } from '../services/taxonomy-impact.js';
import type { Handlers } from './handler-types.js';
import { requireWorkspace } from './shell-context.js';

type TaxonomyEditChannel = keyof typeof taxonomyEditContract;

export const taxonomyEditHandlers: Pick<Handlers, TaxonomyEditChannel> = {
  'taxonomy:tree': (ctx) => taxonomyTree(requireWorkspace(ctx)),
  'taxonomy:impact': (ctx, input) =>
    deleteImpact(requireWorkspace(ctx), input.kind, input.id, input.keepChildren),
  'cluster:create': (ctx, input) => createCluster(requireWorkspace(ctx), input),
  'cluster:update': (ctx, input) => editCluster(requireWorkspace(ctx), input),
  'cluster:delete': (ctx, input) => removeCluster(requireWorkspace(ctx), input.id),
  'chain:create': (ctx, input) => createChain(requireWorkspace(ctx), input),
  'chain:update': (ctx, input) => editChain(requireWorkspace(ctx), input),
  'chain:delete': (ctx, input) => removeChain(requireWorkspace(ctx), input.id),
  'segment:create': (ctx, input) => createSegment(requireWorkspace(ctx), input),
  'segment:update': (ctx, input) => editSegment(requireWorkspace(ctx), input),
  'segment:move': (ctx, input) => moveSegment(requireWorkspace(ctx), input),
  'segment:delete': (ctx, input) => removeSegment(requireWorkspace(ctx), input),
};
