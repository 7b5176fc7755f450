// Public surface of the pure analysis (issue 4); shells and views import from here.
export * from './input.js';
export * from './schemas.js';
export { analyzeWorkspace, criticalFirms, type AnalysisScope } from './run-analysis.js';
export { anchorView, AnchorViewSchema, type AnchorView } from './anchor.js';
export { supplierTiers, TiersSchema, TierDirectionSchema, type Tiers } from './tiers.js';
export { betweenness } from './betweenness.js';
export { indexWorkspace, type WorkspaceIndex } from './workspace-index.js';
export { coverageOf, localRateOf, linksByChain } from './metrics.js';
export { segmentStates, leafState } from './segment-states.js';
export { singleSourceExposures } from './exposure.js';
export { targetRows } from './targets.js';
export {
  toSnapshot,
  compareSnapshots,
  SnapshotSchema,
  SnapshotDiffSchema,
  type Snapshot,
  type SnapshotDiff,
} from './snapshot.js';
