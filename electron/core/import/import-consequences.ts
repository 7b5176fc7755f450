// What an import would do to the analysis: segment states on the workspace as it is and as it would
// be after the plan (applied to an in-memory copy, see plan-on-data.ts), and the segments whose state
// changes — "强链 → 缺链: 工程机械/矿用卡车" — with the rule that decides the new state.
import type { AnalysisSettings } from '../../../shared/analysis/input.js';
import type { WorkspaceData } from '../../../shared/domain/workspace-data.js';
import type { SegmentResult } from '../../../shared/analysis/schemas.js';
import { segmentStates } from '../../../shared/analysis/segment-states.js';
import { indexWorkspace } from '../../../shared/analysis/workspace-index.js';
import type { ImportConsequences } from '../../../shared/ipc/import-contract.js';
import type { ImportPlan } from '../../../shared/spreadsheet/plan-types.js';
import { applyPlanToData } from './plan-on-data.js';

/** Leaf segment states of every chain, keyed by chain name + path (ids of new rows are not stable). */
function leafStates(data: WorkspaceData, settings: AnalysisSettings) {
  const ix = indexWorkspace(data);
  const out = new Map<string, { chain: string; seg: SegmentResult }>();
  for (const c of data.chains)
    for (const seg of segmentStates(ix, c.id, settings))
      if (seg.isLeaf) out.set(`${c.name}\u0000${seg.path.join('\u0000')}`, { chain: c.name, seg });
  return out;
}

export function importConsequences(
  before: WorkspaceData,
  plan: ImportPlan,
  settings: AnalysisSettings,
): ImportConsequences {
  const started = performance.now();
  const was = leafStates(before, settings);
  const will = leafStates(applyPlanToData(before, plan), settings);
  const changes: ImportConsequences['changes'] = [];
  for (const [key, { chain, seg }] of will) {
    const old = was.get(key)?.seg;
    if (old?.state === seg.state) continue;
    changes.push({
      chain,
      path: seg.path,
      before: old?.state ?? null,
      after: seg.state,
      firmsBefore: old?.localFirms.length ?? 0,
      firmsAfter: seg.localFirms.length,
      ruleZh: seg.rule.zh,
      ruleEn: seg.rule.en,
    });
  }
  // Worse states first (a segment the import breaks matters more than one it fills), then by name.
  const rank = { missing: 0, broken: 1, weak: 2, strong: 3 } as const;
  changes.sort(
    (a, b) =>
      rank[a.after] - rank[b.after] ||
      a.chain.localeCompare(b.chain, 'zh') ||
      a.path.join('/').localeCompare(b.path.join('/'), 'zh'),
  );
  return {
    changes,
    leafSegments: will.size,
    ms: Math.round(performance.now() - started),
  };
}
