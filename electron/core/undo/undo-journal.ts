// The undo and redo stacks of one open workspace connection: every hand edit since it was opened,
// each a labelled list of inverse statements. A bulk write (an import, a restore) or a write by
// another program is a barrier: the steps before it can no longer be replayed safely, so they are
// dropped and undo says what stopped it.
import type Database from 'better-sqlite3';

/** What the undo/redo buttons and messages name, in both UI languages. */
export type StepLabel = { zh: string; en: string };

/** A write undo cannot step back over; its kind names it in the message. */
export type BarrierKind =
  'import' | 'restore' | 'template' | 'demo' | 'external' | 'unrecorded' | 'limit' | 'failed';

export type Barrier = { kind: BarrierKind; at: Date };

export type Step = {
  label: StepLabel;
  /** Statements that reverse the step, in the order its changes happened (replayed backwards). */
  ops: string[];
  /** Characters held, to bound the memory of a long session. */
  size: number;
};

export type Journal = {
  undo: Step[];
  redo: Step[];
  /** The latest barrier that dropped steps (null: nothing was ever dropped). */
  blocked: Barrier | null;
  /** `pragma data_version` when this connection last looked: another connection's commit changes it. */
  dataVersion: number | null;
};

/** Above this many characters of inverse SQL the oldest steps are let go (about 100 MB of strings). */
export const MAX_JOURNAL_CHARS = 50_000_000;

const journals = new WeakMap<Database.Database, Journal>();

export function journalOf(db: Database.Database): Journal {
  let j = journals.get(db);
  if (j === undefined) {
    j = { undo: [], redo: [], blocked: null, dataVersion: null };
    journals.set(db, j);
  }
  return j;
}

/** Drops every step: they were made before `kind`, which changed rows they would restore. */
export function markBarrier(db: Database.Database, kind: BarrierKind, at = new Date()): void {
  const j = journalOf(db);
  if (j.undo.length > 0 || j.redo.length > 0 || j.blocked !== null) j.blocked = { kind, at };
  j.undo = [];
  j.redo = [];
}

/**
 * Notices a commit by another connection since the last look and makes it a barrier. Inside a write
 * transaction the answer is final: no other program can commit until it ends.
 */
export function noticeOtherWriters(db: Database.Database): void {
  const j = journalOf(db);
  const version = db.pragma('data_version', { simple: true }) as number;
  if (j.dataVersion !== null && version !== j.dataVersion) markBarrier(db, 'external');
  j.dataVersion = version;
}

/** Adds a new edit: redo is cleared (it continued a history the edit has replaced). */
export function pushEdit(db: Database.Database, step: Step): void {
  const j = journalOf(db);
  j.undo.push(step);
  j.redo = [];
  trim(j);
}

function trim(j: Journal): void {
  let total = [...j.undo, ...j.redo].reduce((n, s) => n + s.size, 0);
  while (total > MAX_JOURNAL_CHARS && j.undo.length > 1) {
    const dropped = j.undo.shift();
    total -= dropped?.size ?? 0;
    j.blocked = { kind: 'limit', at: new Date() };
  }
}

export const stepOf = (label: StepLabel, ops: string[]): Step => ({
  label,
  ops,
  size: ops.reduce((n, s) => n + s.length, 0),
});
