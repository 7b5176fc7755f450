// Handlers for the backup channels (shared/ipc/backup-contract.ts), spread into the handler table in
// ./handlers.ts. They map calls onto the backup service.
import type { backupContract } from '../../../shared/ipc/backup-contract.js';
import { backupList, backupNow, backupRestore } from '../services/backup-service.js';
import type { Handlers } from './handler-types.js';
import { requireWorkspace } from './shell-context.js';

type BackupChannel = keyof typeof backupContract;

export const backupHandlers: Pick<Handlers, BackupChannel> = {
  'backup:list': (ctx) => backupList(requireWorkspace(ctx)),
  'backup:create': async (ctx) => ({ id: await backupNow(requireWorkspace(ctx)) }),
  'backup:restore': (ctx, input) => backupRestore(requireWorkspace(ctx), input.id),
};
