// Handlers for editing firms by hand (shared/ipc/enterprise-edit-contract.ts), spread into the handler
// table in ./handlers.ts. They map calls onto the enterprise edit and merge services.
import type { enterpriseEditContract } from '../../../shared/ipc/enterprise-edit-contract.js';
import {
  createEnterprise,
  editableEnterprise,
  findDuplicates,
  mapSegment,
  removeEnterprise,
  unmapSegment,
  updateEnterpriseFields,
} from '../services/enterprise-edit.js';
import { mergeEnterprises } from '../services/enterprise-merge.js';
import type { Handlers } from './handler-types.js';
import { requireWorkspace } from './shell-context.js';

type EnterpriseEditChannel = keyof typeof enterpriseEditContract;

export const enterpriseEditHandlers: Pick<Handlers, EnterpriseEditChannel> = {
  'enterprise:editable': (ctx, input) => editableEnterprise(requireWorkspace(ctx), input.id),
  'enterprise:duplicates': (ctx, input) => findDuplicates(requireWorkspace(ctx), input),
  'enterprise:create': (ctx, input) => createEnterprise(requireWorkspace(ctx), input),
  'enterprise:update': (ctx, input) =>
    updateEnterpriseFields(requireWorkspace(ctx), input.id, input.draft),
  'enterprise:delete': (ctx, input) => removeEnterprise(requireWorkspace(ctx), input.id),
  'enterprise:mapSegment': (ctx, input) => mapSegment(requireWorkspace(ctx), input),
  'enterprise:unmapSegment': (ctx, input) =>
    unmapSegment(requireWorkspace(ctx), input.enterpriseId, input.segmentId),
  'enterprise:merge': (ctx, input) => mergeEnterprises(requireWorkspace(ctx), input),
};
