// The row preview: every data row as read, joined with what planning decided for it and every issue
// on it. Rows rejected while reading come out 'rejected' with the reading issues.
import type { RowSeed } from './drafts.js';
import { originKey, type Outcomes } from './plan-outcomes.js';
import type { PlannedRow } from './plan-types.js';
import type { ImportIssue } from './types.js';

export function plannedRows(
  seeds: readonly RowSeed[],
  outcomes: Outcomes,
  planIssues: readonly ImportIssue[],
): PlannedRow[] {
  const byRow = new Map<string, ImportIssue[]>();
  for (const i of planIssues) {
    if (i.row === 0) continue;
    const k = originKey(i);
    const list = byRow.get(k);
    if (list) list.push(i);
    else byRow.set(k, [i]);
  }
  return seeds.map((s) => {
    const result = s.drafted ? outcomes.get(s.origin) : undefined;
    const extra = byRow.size > 0 ? byRow.get(originKey(s.origin)) : undefined;
    const issues = extra ? [...s.issues, ...extra] : s.issues;
    return {
      kind: s.kind,
      file: s.origin.file,
      sheet: s.origin.sheet,
      row: s.origin.row,
      outcome: result?.outcome ?? 'rejected',
      label: s.label,
      values: s.values,
      changes: result?.changes ?? [],
      issues,
      matchedId: result?.matchedId ?? null,
    };
  });
}
