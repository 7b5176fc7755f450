// What planning decided for each row, keyed by where the row is; the row preview is assembled from
// these and the rows as read (plan-rows.ts).
import type { FieldChange, RowOutcome } from './plan-types.js';
import type { RowOrigin } from './types.js';

export type RowResult = {
  outcome: RowOutcome;
  changes: FieldChange[];
  matchedId: number | null;
};

/** Keyed by the row's origin object (shared by its draft and its row seed): no string keys per row. */
export type Outcomes = Map<RowOrigin, RowResult>;

export const originKey = (o: RowOrigin): string => `${o.file}\u0000${o.sheet}\u0000${o.row}`;

// Most rows change nothing field by field: they share one empty list (never pushed to; see plan-links).
const NONE: FieldChange[] = [];

export function record(
  outcomes: Outcomes,
  origin: RowOrigin,
  outcome: RowOutcome,
  changes: FieldChange[] = NONE,
  matchedId: number | null = null,
): void {
  outcomes.set(origin, { outcome, changes, matchedId });
}
