// Handlers for undo and redo (shared/ipc/undo-contract.ts), spread into the handler table in
// ./handlers.ts. They map calls onto the undo service.
import type { undoContract } from '../../../shared/ipc/undo-contract.js';
import { editHistory, redoEdit, undoEdit } from '../services/undo-service.js';
import type { Handlers } from './handler-types.js';
import { requireWorkspace } from './shell-context.js';

type UndoChannel = keyof typeof undoContract;

export const undoHandlers: Pick<Handlers, UndoChannel> = {
  'edit:state': (ctx) => editHistory(requireWorkspace(ctx)),
  'edit:undo': (ctx) => undoEdit(requireWorkspace(ctx)),
  'edit:redo': (ctx) => redoEdit(requireWorkspace(ctx)),
};
