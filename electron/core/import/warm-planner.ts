// The main-process half of getting ready for an import: the row checks and the planner run once
// over a made-up register (against an empty workspace, nothing written), so the user's first file
// meets compiled code. Once per process: a long-running app stays warm.
import type { WorkspaceData } from '../../../shared/domain/workspace-data.js';
import { extractDrafts } from '../../../shared/spreadsheet/extract-drafts.js';
import { planImport } from '../../../shared/spreadsheet/plan-import.js';
import { rowTotals } from './import-rows.js';
import { sampleRegister } from './sample-register.js';

const EMPTY: WorkspaceData = {
  clusters: [],
  chains: [],
  segments: [],
  enterprises: [],
  mappings: [],
  links: [],
  leads: [],
};

// Fewer rows than the reader's sample: this runs in the main process, which it holds meanwhile.
const PLANNER_SAMPLE_FIRMS = 3000;

let warmed = false;

export function warmPlanner(): void {
  if (warmed) return;
  warmed = true;
  const sheets = sampleRegister(PLANNER_SAMPLE_FIRMS).map((s) => ({
    name: s.name,
    rows: s.rows,
    formulaCells: [],
    truncated: null,
  }));
  const { drafts } = extractDrafts([{ file: 'warm-up.xlsx', format: 'xlsx', sheets }]);
  rowTotals(planImport(drafts, EMPTY).rows);
}
