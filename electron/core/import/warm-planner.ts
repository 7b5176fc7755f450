// The main-process half of getting ready for an import: the row checks and the planner run over a
// made-up register (nothing written), so the user's first file meets optimised code. A first import
// (against an empty workspace) and then the monthly re-import (against a workspace holding the
// register) are each rehearsed a few times, one event-loop turn apart so the process still answers
// in between. Once per process: a long-running app stays warm.
import type { WorkspaceData } from '../../../shared/domain/workspace-data.js';
import { extractDrafts } from '../../../shared/spreadsheet/extract-drafts.js';
import { planImport } from '../../../shared/spreadsheet/plan-import.js';
import type { ImportPlan } from '../../../shared/spreadsheet/plan-types.js';
import { rowTotals } from './import-rows.js';
import { sampleRegister, sampleTextRegister } from './sample-register.js';

const EMPTY: WorkspaceData = {
  clusters: [],
  chains: [],
  segments: [],
  enterprises: [],
  mappings: [],
  links: [],
  leads: [],
};

// Fewer rows than the reader's sample: this runs in the main process, which each round holds.
const PLANNER_SAMPLE_FIRMS = 3000;
// One pass is not enough for V8 to optimise the per-row code (measured on Willems chain 38: the
// first file's checks and plan took about 1.5-2x their time once warm). Each register shape is
// planned into an empty workspace, then into one that holds it (a re-import).
const ROUNDS = 4;

/** The workspace the plan would write, with made-up ids: what a re-import of the sample meets. */
function stored(plan: ImportPlan): WorkspaceData {
  const ids = new Map<number, number>();
  const enterprises = plan.ops.enterprises.map((e, i) => {
    ids.set(e.ref, i + 1);
    return { ...e.record, id: i + 1, isDemo: false };
  });
  const links = plan.ops.links.map((l, i) => ({
    ...l.record,
    id: i + 1,
    supplierId: ids.get(l.record.supplierRef) ?? 0,
    buyerId: ids.get(l.record.buyerRef) ?? 0,
    segmentId: null,
  }));
  return { ...EMPTY, enterprises, links };
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

let warmed: Promise<void> | undefined;

export function warmPlanner(): Promise<void> {
  warmed ??= (async () => {
    // Through the structured clone the rows take from the reader process, so the warm code meets
    // the same array and object shapes as a real file's rows; two register shapes, so it is not
    // specialised for one set of columns.
    const books = [sampleRegister, sampleTextRegister].map((make) =>
      structuredClone({
        file: 'warm-up.xlsx',
        format: 'xlsx' as const,
        sheets: make(PLANNER_SAMPLE_FIRMS).map((s) => ({
          name: s.name,
          rows: s.rows,
          formulaCells: [],
          truncated: null,
        })),
      }),
    );
    const plan = (book: number, data: WorkspaceData): ImportPlan => {
      const wb = books[book];
      if (!wb) throw new Error('internal: no warm-up register');
      const p = planImport(extractDrafts([wb]).drafts, data);
      rowTotals(p.rows);
      return p;
    };
    const stores: WorkspaceData[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await nextTurn();
      const book = round % books.length;
      const p = plan(book, stores[book] ?? EMPTY);
      stores[book] ??= stored(p);
    }
  })();
  return warmed;
}
