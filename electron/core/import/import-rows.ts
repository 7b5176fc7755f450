// The row preview of an import, served a page at a time: totals per outcome for the wizard's filters
// (新增 / 更新 / 有问题 / 警告) and one filtered page of rows, so a 30,000-row file never crosses the
// api whole. Unchanged rows are counted but only listed under "all".
import type { PreviewRow, RowFilter } from '../../../shared/ipc/import-contract.js';
import type { PlannedRow } from '../../../shared/spreadsheet/plan-types.js';

export type RowTotals = Record<
  'all' | 'new' | 'updated' | 'unchanged' | 'deleted' | 'rejected' | 'warning',
  number
>;

const hasWarning = (r: PlannedRow): boolean => r.issues.some((i) => i.severity === 'warning');

export function rowTotals(rows: readonly PlannedRow[]): RowTotals {
  const t: RowTotals = {
    all: rows.length,
    new: 0,
    updated: 0,
    unchanged: 0,
    deleted: 0,
    rejected: 0,
    warning: 0,
  };
  for (const r of rows) {
    t[r.outcome]++;
    if (hasWarning(r)) t.warning++;
  }
  return t;
}

/** Deleting rows (操作=删除) have their own filter: a removal must not hide among the updates. */
const FILTERS: Record<RowFilter, (r: PlannedRow) => boolean> = {
  all: () => true,
  new: (r) => r.outcome === 'new',
  updated: (r) => r.outcome === 'updated',
  deleted: (r) => r.outcome === 'deleted',
  rejected: (r) => r.outcome === 'rejected',
  warning: hasWarning,
};

/** Lower-cased text a search box matches: the label, the values as read and every change. */
const haystack = (r: PlannedRow): string =>
  [
    r.label,
    r.file,
    r.sheet,
    ...Object.values(r.values),
    ...r.changes.flatMap((c) => [c.label, c.before, c.after]),
    ...r.issues.map((i) => i.messageZh),
  ]
    .join('\n')
    .toLowerCase();

export function pageRows(
  rows: readonly PlannedRow[],
  query: { filter: RowFilter; text?: string | undefined; offset: number; limit: number },
): { total: number; rows: PreviewRow[] } {
  const test = FILTERS[query.filter];
  const text = query.text?.trim().toLowerCase() ?? '';
  const page: PreviewRow[] = [];
  let total = 0;
  for (const [index, r] of rows.entries()) {
    if (!test(r) || (text !== '' && !haystack(r).includes(text))) continue;
    if (total >= query.offset && page.length < query.limit) page.push({ index, ...r });
    total++;
  }
  return { total, rows: page };
}
