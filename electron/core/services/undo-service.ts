// Undo and redo of hand edits, for the header's buttons and shortcuts: what can be undone or redone
// (and what stops undo), and the two actions. Each is a write: the workspace revision changes.
import { AppError } from '../../../shared/ipc/result.js';
import { blockedMessage } from '../undo/undo-messages.js';
import {
  journalOf,
  markBarrier,
  noticeOtherWriters,
  type BarrierKind,
  type StepLabel,
} from '../undo/undo-journal.js';
import { replayStep, type Direction } from '../undo/undo-replay.js';
import type { Workspace } from './workspace.js';
import { guardWrite } from './write.js';

export type EditHistoryState = {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: StepLabel | null;
  redoLabel: StepLabel | null;
  /** Why undo can go no further although edits were made: an import, a restore… since them. */
  blockedBy: StepLabel | null;
};

/** Reads only: another program's commit since the last look is noticed as a barrier here too. */
export function editHistory(ws: Workspace): EditHistoryState {
  if (ws.db.open && !ws.db.inTransaction) noticeOtherWriters(ws.db);
  const j = journalOf(ws.db);
  const undo = j.undo.at(-1);
  const redo = j.redo.at(-1);
  return {
    canUndo: undo !== undefined,
    canRedo: redo !== undefined,
    undoLabel: undo?.label ?? null,
    redoLabel: redo?.label ?? null,
    blockedBy: undo === undefined && j.blocked !== null ? blockedMessage(j.blocked) : null,
  };
}

export type ReplayResult = { label: StepLabel; state: EditHistoryState };

function replay(ws: Workspace, direction: Direction): ReplayResult {
  const label = guardWrite(ws, () => replayStep(ws.db, direction));
  if (label === null) throw nothingTo(ws, direction);
  return { label, state: editHistory(ws) };
}

function nothingTo(ws: Workspace, direction: Direction): AppError {
  const blocked = direction === 'undo' ? editHistory(ws).blockedBy : null;
  if (blocked !== null) return new AppError('REJECTED', blocked.zh, undefined, blocked.en);
  return direction === 'undo'
    ? new AppError('REJECTED', '没有可撤销的修改', undefined, 'Nothing to undo')
    : new AppError('REJECTED', '没有可重做的修改', undefined, 'Nothing to redo');
}

/** Reverses the newest edit (or says what stops it); changes nothing when it cannot. */
export const undoEdit = (ws: Workspace): ReplayResult => replay(ws, 'undo');

/** Makes the newest undone edit again. */
export const redoEdit = (ws: Workspace): ReplayResult => replay(ws, 'redo');

/**
 * Undo stops here: the workspace was replaced or rewritten by something undo did not record (a
 * backup restored through another connection). Named by `kind` in the message.
 */
export function undoStopsHere(ws: Workspace, kind: BarrierKind): void {
  if (ws.db.open && !ws.db.inTransaction) noticeOtherWriters(ws.db);
  markBarrier(ws.db, kind);
}
