// Handlers for editing supply links (shared/ipc/link-edit-contract.ts), spread into the handler table
// in ./handlers.ts. They map calls onto the link-edit service.
import type { linkEditContract } from '../../../shared/ipc/link-edit-contract.js';
import { createLink, editLink, removeLink } from '../services/link-edit.js';
import type { Handlers } from './handler-types.js';
import { requireWorkspace } from './shell-context.js';

type LinkEditChannel = keyof typeof linkEditContract;

export const linkEditHandlers: Pick<Handlers, LinkEditChannel> = {
  'link:create': (ctx, input) =>
    createLink(requireWorkspace(ctx), input.fields, input.allowDuplicate),
  'link:update': (ctx, input) =>
    editLink(requireWorkspace(ctx), input.id, input.fields, input.allowDuplicate),
  'link:delete': (ctx, input) => removeLink(requireWorkspace(ctx), input.id),
};
