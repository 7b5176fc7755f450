// Analysis use-cases: load the workspace into the pure analysis input with a few SELECTs, run the
// pure functions from shared/analysis (once per workspace revision, see analysis-cache.ts), and
// save/compare snapshots. Read-only except snapshots/settings.
import { anchorView, type AnchorView } from '../../../shared/analysis/anchor.js';
import type { AnalysisSettings } from '../../../shared/analysis/input.js';
import type { WorkspaceData } from '../../../shared/domain/workspace-data.js';
import type { AnalysisOptions, AnalysisScope } from '../../../shared/analysis/run-analysis.js';
import type { TargetRow, WorkspaceAnalysis } from '../../../shared/analysis/schemas.js';
import {
  compareSnapshots,
  SnapshotSchema,
  toSnapshot,
  type Snapshot,
  type SnapshotDiff,
} from '../../../shared/analysis/snapshot.js';
import { supplierTiers, type Tiers } from '../../../shared/analysis/tiers.js';
import type { SnapshotMeta } from '../../../shared/ipc/analysis-contract.js';
import { AppError } from '../../../shared/ipc/result.js';
import {
  insertSnapshot,
  listSnapshots,
  readAnalysisSettings,
  snapshotPayload,
  writeAnalysisSettings,
} from '../repositories/analysis-repository.js';
import {
  getEnterprise,
  listEnterprises,
  listMappings,
} from '../repositories/enterprise-repository.js';
import { listLeads } from '../repositories/lead-repository.js';
import { listLinks } from '../repositories/link-repository.js';
import { listChains, listClusters, listSegments } from '../repositories/taxonomy-repository.js';
import { cachedAnalysis, cachedData, cachedIndex, type Loaders } from './analysis-cache.js';
import type { Workspace } from './workspace.js';
import { writeWorkspace } from './write.js';

/** A fresh copy of the workspace as the analysis reads it (the importer changes its copy). */
export function loadWorkspaceData(ws: Workspace): WorkspaceData {
  const clusters = listClusters(ws.db).map(({ chainCount: _c, enterpriseCount: _e, ...c }) => c);
  return {
    clusters,
    chains: listChains(ws.db),
    segments: listSegments(ws.db),
    enterprises: listEnterprises(ws.db),
    mappings: listMappings(ws.db),
    links: listLinks(ws.db),
    leads: listLeads(ws.db),
  };
}

export const analysisSettings = (ws: Workspace): AnalysisSettings => readAnalysisSettings(ws.db);

const loaders = (ws: Workspace): Loaders => ({
  data: () => loadWorkspaceData(ws),
  settings: () => analysisSettings(ws),
});

/** The workspace's data and settings of this revision, shared by readers: never change it. */
export const workspaceData = (ws: Workspace): { data: WorkspaceData; settings: AnalysisSettings } =>
  cachedData(ws.db, loaders(ws));

export function updateAnalysisSettings(
  ws: Workspace,
  patch: Partial<AnalysisSettings>,
): AnalysisSettings {
  writeWorkspace(ws, () => {
    writeAnalysisSettings(ws.db, patch);
  });
  return readAnalysisSettings(ws.db);
}

function checkScope(ws: Workspace, scope: AnalysisScope): void {
  const { data } = workspaceData(ws);
  if (scope.chainId !== undefined && !data.chains.some((c) => c.id === scope.chainId)) {
    throw new AppError(
      'NOT_FOUND',
      `产业链不存在（id ${String(scope.chainId)}）`,
      undefined,
      `Chain not found (id ${String(scope.chainId)})`,
    );
  }
  if (scope.clusterId !== undefined && !data.clusters.some((c) => c.id === scope.clusterId)) {
    throw new AppError(
      'NOT_FOUND',
      `产业集群不存在（id ${String(scope.clusterId)}）`,
      undefined,
      `Cluster not found (id ${String(scope.clusterId)})`,
    );
  }
}

export function runAnalysis(
  ws: Workspace,
  scope: AnalysisScope = {},
  options: AnalysisOptions = {},
): WorkspaceAnalysis {
  checkScope(ws, scope);
  return cachedAnalysis(ws.db, loaders(ws), scope, options);
}

const NO_CENTRALITY: AnalysisOptions = { centrality: false };

export function targetList(
  ws: Workspace,
  filter: AnalysisScope & { segmentId?: number | undefined },
): TargetRow[] {
  return runAnalysis(ws, filter, NO_CENTRALITY).targets.filter(
    (t) => filter.segmentId === undefined || t.segmentId === filter.segmentId,
  );
}

function requireFirm(ws: Workspace, id: number): void {
  if (!getEnterprise(ws.db, id))
    throw new AppError(
      'NOT_FOUND',
      `企业不存在（id ${String(id)}）`,
      undefined,
      `Firm not found (id ${String(id)})`,
    );
}

export function anchorAnalysis(ws: Workspace, enterpriseId: number): AnchorView {
  requireFirm(ws, enterpriseId);
  const analysis = cachedAnalysis(ws.db, loaders(ws), {}, NO_CENTRALITY);
  const states = new Map(analysis.chains.flatMap((c) => c.segments).map((s) => [s.segmentId, s]));
  return anchorView(cachedIndex(ws.db, loaders(ws)), enterpriseId, states);
}

export function tiersOf(
  ws: Workspace,
  enterpriseId: number,
  depth: number,
  direction: 'upstream' | 'downstream',
): Tiers {
  requireFirm(ws, enterpriseId);
  const { data } = workspaceData(ws);
  return supplierTiers(
    { enterprises: data.enterprises, links: data.links },
    enterpriseId,
    depth,
    direction,
  );
}

export function saveSnapshot(ws: Workspace, name: string): SnapshotMeta {
  const snapshot = toSnapshot(runAnalysis(ws, {}, NO_CENTRALITY));
  return writeWorkspace(ws, () => insertSnapshot(ws.db, name, snapshot));
}

export const snapshots = (ws: Workspace): SnapshotMeta[] => listSnapshots(ws.db);

function loadSnapshot(ws: Workspace, id: number): { meta: SnapshotMeta; snapshot: Snapshot } {
  const meta = listSnapshots(ws.db).find((s) => s.id === id);
  const parsed = SnapshotSchema.safeParse(snapshotPayload(ws.db, id));
  if (!meta)
    throw new AppError(
      'NOT_FOUND',
      `快照不存在（id ${String(id)}）`,
      undefined,
      `Snapshot not found (id ${String(id)})`,
    );
  if (!parsed.success)
    throw new AppError(
      'CORRUPT',
      `快照内容无法读取（id ${String(id)}）`,
      undefined,
      `The snapshot cannot be read (id ${String(id)})`,
    );
  return { meta, snapshot: parsed.data };
}

export function compareWithSnapshot(
  ws: Workspace,
  fromId: number,
  toId?: number,
): { from: SnapshotMeta; to: SnapshotMeta | null; diff: SnapshotDiff } {
  const from = loadSnapshot(ws, fromId);
  const to = toId === undefined ? null : loadSnapshot(ws, toId);
  const later = to ? to.snapshot : toSnapshot(runAnalysis(ws, {}, NO_CENTRALITY));
  return { from: from.meta, to: to?.meta ?? null, diff: compareSnapshots(from.snapshot, later) };
}
