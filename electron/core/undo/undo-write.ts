// Runs one write transaction of a workspace connection in the way undo needs: a hand edit is recorded
// as a labelled step, a bulk write (import, restore…) is not recorded and becomes a barrier, and any
// other write that changed recorded rows is a barrier too, since undo could not step back over it.
import type Database from 'better-sqlite3';

import { totalChanges } from '../services/revision.js';
import { ensureUndoTriggers, setRecording, takeLogged } from './undo-triggers.js';
import {
  markBarrier,
  noticeOtherWriters,
  pushEdit,
  stepOf,
  type BarrierKind,
  type StepLabel,
} from './undo-journal.js';

export type WriteMode =
  { kind: 'edit'; label: StepLabel } | { kind: 'bulk'; barrier: BarrierKind } | { kind: 'plain' };

/**
 * Runs `change` in one BEGIN IMMEDIATE transaction. Called inside another write of this connection it
 * becomes part of that write (a savepoint), recorded or not as the outer write is.
 */
export function journaledWrite<T>(db: Database.Database, change: () => T, mode: WriteMode): T {
  if (db.inTransaction) return db.transaction(change)();
  const record = mode.kind !== 'bulk';
  // An import on a connection that never edited pays nothing: no triggers exist yet.
  if (record) ensureUndoTriggers(db);
  const { result, ops, changed } = db
    .transaction(() => {
      // Inside the transaction nobody else can commit, so this look is the last one needed.
      noticeOtherWriters(db);
      if (!record) {
        const before = totalChanges(db);
        const value = change();
        return { result: value, ops: [] as string[], changed: totalChanges(db) !== before };
      }
      setRecording(db, true);
      const value = change();
      const logged = takeLogged(db);
      setRecording(db, false);
      return { result: value, ops: logged, changed: logged.length > 0 };
    })
    .immediate();
  if (mode.kind === 'edit' && ops.length > 0) pushEdit(db, stepOf(mode.label, ops));
  // A bulk write that wrote nothing (an import refused inside, a template conflict) ends nothing.
  else if (mode.kind === 'bulk' && changed) markBarrier(db, mode.barrier);
  else if (mode.kind === 'plain' && ops.length > 0) markBarrier(db, 'unrecorded');
  return result;
}
