// Partial import ("导入有效行，跳过有问题的行"): plans again without the rows that have errors, until no
// row has one, so a row that only failed because it names a skipped row (a link to a firm whose row
// was skipped) is skipped too and says which row it depended on. Rows are removed, never files or
// sheets: a sheet-level error still blocks the import, since its rows cannot be handed back to fix.
import type { WorkspaceData } from '../../../shared/domain/workspace-data.js';
import type { Drafts } from '../../../shared/spreadsheet/drafts.js';
import type {
  ImportPlan,
  MatchDecisions,
  PlanOptions,
  PlannedRow,
} from '../../../shared/spreadsheet/plan-types.js';
import type { ImportIssue, RowOrigin } from '../../../shared/spreadsheet/types.js';
import { planDrafts } from './plan-workbooks.js';

export const originKey = (o: RowOrigin): string =>
  `${o.file}\u0000${o.sheet}\u0000${String(o.row)}`;

/** A row left out of a partial import, with every reason (its own errors, or the row it needed). */
export type SkippedRow = { origin: RowOrigin; issues: ImportIssue[] };

export type PartialPlan = {
  plan: ImportPlan;
  skipped: SkippedRow[];
  /** Issues of the rows that are written (warnings) and of whole sheets/files (errors block). */
  issues: ImportIssue[];
};

const MAX_ROUNDS = 20;

/** The label a skipped row is known by in other rows (a firm's name), for "depends on row N". */
const labelOf = (rows: ReadonlyMap<string, PlannedRow>, o: RowOrigin): string | undefined =>
  rows.get(originKey(o))?.label;

function dependencyIssue(
  row: PlannedRow | undefined,
  origin: RowOrigin,
  earlier: readonly { origin: RowOrigin; label: string | undefined }[],
): ImportIssue | null {
  if (!row) return null;
  const text = [row.label, ...Object.values(row.values)].join('\u0000');
  const cause = earlier.find((e) => e.label && e.label.length > 1 && text.includes(e.label));
  if (!cause?.label) return null;
  const where = `${cause.origin.file === origin.file ? '' : `${cause.origin.file} `}${cause.origin.sheet} 第 ${String(cause.origin.row)} 行`;
  const whereEn = `${cause.origin.file === origin.file ? '' : `${cause.origin.file} `}${cause.origin.sheet} row ${String(cause.origin.row)}`;
  return {
    ...origin,
    column: '',
    severity: 'error',
    code: 'DEPENDS_ON_SKIPPED',
    messageZh: `本行依赖的“${cause.label}”（${where}）有问题被跳过，本行一并跳过`,
    messageEn: `this row needs '${cause.label}' (${whereEn}), which was skipped for its own problems; skipped too`,
  };
}

function withoutSkipped(drafts: Drafts, skipped: ReadonlyMap<string, SkippedRow>): Drafts {
  const keep = <T extends { origin: RowOrigin }>(xs: readonly T[]): T[] =>
    xs.filter((d) => !skipped.has(originKey(d.origin)));
  return {
    ...drafts,
    enterprises: keep(drafts.enterprises),
    links: keep(drafts.links),
    chains: keep(drafts.chains),
    leads: keep(drafts.leads),
  };
}

/**
 * Plans `drafts` leaving out every row with an error (rows rejected while reading are already out of
 * `drafts`; their issues are in `readIssues`), then the rows that fail only because of those.
 */
export function planValidRows(
  drafts: Drafts,
  readIssues: readonly ImportIssue[],
  data: WorkspaceData,
  decisions: MatchDecisions,
  options: PlanOptions,
): PartialPlan {
  const skipped = new Map<string, SkippedRow>();
  const earlier: { origin: RowOrigin; label: string | undefined }[] = [];
  const skip = (i: ImportIssue): void => {
    const k = originKey(i);
    const s = skipped.get(k);
    if (s) s.issues.push(i);
    else skipped.set(k, { origin: { file: i.file, sheet: i.sheet, row: i.row }, issues: [i] });
  };
  for (const i of readIssues) if (i.severity === 'error' && i.row > 0) skip(i);
  // A row with an error found while reading may still have a draft (the bad cell left out): skip it.
  let current = withoutSkipped(drafts, skipped);
  let plan = planDrafts(current, data, decisions, options);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const rowsByOrigin = new Map(plan.rows.map((r) => [originKey(r), r]));
    const failing = plan.issues.filter(
      (i) => i.severity === 'error' && i.row > 0 && !skipped.has(originKey(i)),
    );
    if (failing.length === 0) break;
    const fresh = new Map<string, ImportIssue[]>();
    for (const i of failing) fresh.set(originKey(i), [...(fresh.get(originKey(i)) ?? []), i]);
    for (const list of fresh.values()) {
      const first = list[0];
      if (!first) continue;
      // From the second round on a row fails because something it names was skipped: say what.
      const dep =
        round > 0 ? dependencyIssue(rowsByOrigin.get(originKey(first)), first, earlier) : null;
      for (const i of dep ? [dep, ...list] : list) skip(i);
    }
    for (const list of fresh.values())
      if (list[0]) earlier.push({ origin: list[0], label: labelOf(rowsByOrigin, list[0]) });
    current = withoutSkipped(current, skipped);
    plan = planDrafts(current, data, decisions, options);
  }
  const issues = [...readIssues, ...plan.issues].filter(
    (i) => i.row === 0 || !skipped.has(originKey(i)),
  );
  // In the order the files were read (file, sheet, row), as the user sees them.
  const order = new Map(drafts.rows.map((r, i) => [originKey(r.origin), i]));
  const rank = (s: SkippedRow): number => order.get(originKey(s.origin)) ?? Number.MAX_SAFE_INTEGER;
  const origins = [...skipped.values()].sort(
    (a, b) => rank(a) - rank(b) || a.origin.row - b.origin.row,
  );
  return { plan, skipped: origins, issues };
}
