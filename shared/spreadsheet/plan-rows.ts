// The row preview's last step: every issue planning found on a row is attached to that row (the
// issues found while reading it are there from the start).
import { originKey } from './plan-outcomes.js';
import type { PlannedRow } from './plan-types.js';
import type { ImportIssue } from './types.js';

export function attachIssues(rows: PlannedRow[], planIssues: readonly ImportIssue[]): PlannedRow[] {
  const byRow = new Map<string, ImportIssue[]>();
  for (const i of planIssues) {
    if (i.row === 0) continue;
    const k = originKey(i);
    const list = byRow.get(k);
    if (list) list.push(i);
    else byRow.set(k, [i]);
  }
  if (byRow.size === 0) return rows;
  for (const r of rows) {
    const extra = byRow.get(originKey(r));
    if (extra) r.issues = [...r.issues, ...extra];
  }
  return rows;
}
