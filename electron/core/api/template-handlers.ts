// Handlers for the chain-template channels (shared/ipc/template-contract.ts), spread into the handler
// table in ./handlers.ts. They map calls onto the template service.
import type { templateContract } from '../../../shared/ipc/template-contract.js';
import {
  addTemplate,
  importTemplateSheet,
  templateDetail,
  templateList,
  templateWorkbook,
} from '../services/template-service.js';
import type { Handlers } from './handler-types.js';
import { requireWorkspace } from './shell-context.js';

type TemplateChannel = keyof typeof templateContract;

const targetOf = (input: { clusterId?: number | undefined; newCluster?: string | undefined }) =>
  input.clusterId !== undefined
    ? { clusterId: input.clusterId }
    : input.newCluster !== undefined
      ? { newCluster: input.newCluster }
      : undefined;

export const templateHandlers: Pick<Handlers, TemplateChannel> = {
  'template:list': () => templateList(),
  'template:get': (_ctx, input) => templateDetail(input.id),
  'template:add': (ctx, input) =>
    addTemplate(
      requireWorkspace(ctx),
      input.id,
      targetOf(input) ?? { newCluster: '' },
      input.onConflict,
    ),
  'template:export': async (_ctx, input) => {
    const { fileName, bytes } = await templateWorkbook(input.id);
    return { fileName, base64: bytes.toString('base64') };
  },
  'template:import': (ctx, input) =>
    importTemplateSheet(
      requireWorkspace(ctx),
      { name: input.file.name, bytes: Buffer.from(input.file.base64, 'base64') },
      targetOf(input) ?? 'suggested',
      input.onConflict,
      ctx.parseTransport,
    ),
};
