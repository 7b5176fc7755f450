// The row preview under construction: one PlannedRow per data row, made before planning and filled
// in by the planners as they decide each row (keyed by the row's origin object, which its draft and
// its row seed share, so no string key is built per row).
import type { RowSeed } from './drafts.js';
import type { FieldChange, PlannedRow, RowOutcome } from './plan-types.js';
import type { RowOrigin } from './types.js';

export type Outcomes = Map<RowOrigin, PlannedRow>;

export const originKey = (o: RowOrigin): string => `${o.file}\u0000${o.sheet}\u0000${o.row}`;

// Most rows change nothing field by field: they share one empty list (replaced, never pushed to).
const NONE: FieldChange[] = [];

/** Fresh rows for one plan (a replan must not see the previous plan's answers): all 'rejected' until decided. */
export function startRows(seeds: readonly RowSeed[]): { rows: PlannedRow[]; outcomes: Outcomes } {
  const outcomes: Outcomes = new Map();
  const rows = seeds.map((s) => {
    const row: PlannedRow = {
      kind: s.kind,
      file: s.origin.file,
      sheet: s.origin.sheet,
      row: s.origin.row,
      outcome: 'rejected',
      label: s.label,
      values: s.values,
      changes: NONE,
      issues: s.issues,
      matchedId: null,
    };
    if (s.drafted) outcomes.set(s.origin, row);
    return row;
  });
  return { rows, outcomes };
}

export function record(
  outcomes: Outcomes,
  origin: RowOrigin,
  outcome: RowOutcome,
  changes: FieldChange[] = NONE,
  matchedId: number | null = null,
): void {
  const row = outcomes.get(origin);
  if (!row) return;
  row.outcome = outcome;
  row.changes = changes;
  row.matchedId = matchedId;
}
