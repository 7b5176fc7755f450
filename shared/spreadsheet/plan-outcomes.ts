// What planning decided for each row, keyed by where the row is; the row preview is assembled from
// these and the rows as read (plan-rows.ts).
import type { FieldChange, RowOutcome } from './plan-types.js';
import type { RowOrigin } from './types.js';

export type RowResult = {
  outcome: RowOutcome;
  changes: FieldChange[];
  matchedId: number | null;
};

export type Outcomes = Map<string, RowResult>;

export const originKey = (o: RowOrigin): string => `${o.file}\u0000${o.sheet}\u0000${o.row}`;

export function record(
  outcomes: Outcomes,
  origin: RowOrigin,
  outcome: RowOutcome,
  changes: FieldChange[] = [],
  matchedId: number | null = null,
): void {
  outcomes.set(originKey(origin), { outcome, changes, matchedId });
}
