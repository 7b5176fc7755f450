// Undo and redo: the newest step's inverse statements run backwards in one write transaction, and the
// statements that reverse THAT are recorded as the step on the other stack. Foreign keys are checked at
// the commit, since a deleted firm's cascaded rows come back before the firm itself.
import type Database from 'better-sqlite3';

import { asWorkspaceError } from '../db/workspace-errors.js';
import {
  journalOf,
  markBarrier,
  noticeOtherWriters,
  stepOf,
  type StepLabel,
} from './undo-journal.js';
import { ensureUndoTriggers, setRecording, takeLogged } from './undo-triggers.js';

export type Direction = 'undo' | 'redo';

/** The label of the step replayed, or null when there was none (or a barrier dropped them). */
export function replayStep(db: Database.Database, direction: Direction): StepLabel | null {
  ensureUndoTriggers(db);
  const j = journalOf(db);
  let done: { label: StepLabel; inverse: string[] } | null;
  try {
    done = db
      .transaction(() => {
        noticeOtherWriters(db);
        const step = (direction === 'undo' ? j.undo : j.redo).at(-1);
        if (step === undefined) return null;
        db.pragma('defer_foreign_keys = ON');
        setRecording(db, true);
        db.exec(step.ops.toReversed().join(';\n'));
        const inverse = takeLogged(db);
        setRecording(db, false);
        return { label: step.label, inverse };
      })
      .immediate();
  } catch (e) {
    // Locked, read-only, disk full: nothing changed and the step can be tried again later.
    if (asWorkspaceError(e, '') !== undefined || isIoFailure(e)) throw e;
    // The rows no longer are what the step recorded (changed by something undo never saw).
    markBarrier(db, 'failed');
    throw e;
  }
  if (done === null) return null;
  const from = direction === 'undo' ? j.undo : j.redo;
  const to = direction === 'undo' ? j.redo : j.undo;
  from.pop();
  to.push(stepOf(done.label, done.inverse));
  return done.label;
}

function isIoFailure(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return (
    typeof code === 'string' &&
    (code === 'SQLITE_FULL' || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN')
  );
}
