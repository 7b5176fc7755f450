// Builds the map scene an export draws, from the workspace: the same pure layout the screen uses
// (shared/maps), fed with the same rows and analysis, plus the caption a printed map needs (title,
// workspace name, date, data source). The workspace is read once for a batch of pictures.
import type { WorkspaceData } from '../../../shared/domain/workspace-data.js';
import type { WorkspaceAnalysis } from '../../../shared/analysis/schemas.js';
import { AppError } from '../../../shared/ipc/result.js';
import type { ChainGraphRows } from '../../../shared/maps/chain-model.js';
import type { MapLang } from '../../../shared/maps/labels.js';
import { layoutChain } from '../../../shared/maps/layout-chain.js';
import { layoutCluster } from '../../../shared/maps/layout-cluster.js';
import { layoutOverview } from '../../../shared/maps/layout-overview.js';
import type { MapScene } from '../../../shared/maps/types.js';
import { listImportRuns } from '../repositories/import-repository.js';
import { runAnalysis, workspaceData } from '../services/analysis-service.js';
import { workspaceName, type Workspace } from '../services/workspace.js';
import { exportWords } from './export-words.js';

export type MapView =
  | { kind: 'chain'; chainId: number }
  | { kind: 'cluster'; clusterId: number }
  | { kind: 'overview' };

/** The views the pure layout can draw today. */
export const DRAWABLE: readonly MapView['kind'][] = ['chain', 'cluster', 'overview'];

export type SceneOptions = {
  lang?: MapLang;
  expanded?: readonly number[];
  links?: boolean;
  /** Width / height the chain map wraps its columns to (the on-screen window's shape). */
  aspect?: number;
};

/** What every picture of one export run shares: the data, its analysis and the caption facts. */
export type SceneSource = {
  data: WorkspaceData;
  analysis: WorkspaceAnalysis;
  workspace: string;
  /** Local date of the export, YYYY-MM-DD. */
  date: string;
  /** Files of the latest import, newest first; empty when the data was entered or seeded. */
  importFiles: string[];
  importDate: string | null;
};

const localDate = (d: Date): string =>
  `${String(d.getFullYear())}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

function latestImport(ws: Workspace): { files: string[]; date: string | null } {
  const run = listImportRuns(ws.db).find((r) => r.status === 'committed');
  if (!run) return { files: [], date: null };
  const files = Array.isArray(run.files)
    ? run.files
        .map((f: unknown) =>
          typeof f === 'object' && f !== null && 'name' in f ? String(f.name) : null,
        )
        .filter((n): n is string => n !== null)
    : [];
  return { files, date: (run.finishedAt ?? run.startedAt).slice(0, 10) };
}

export function loadSceneSource(ws: Workspace, now: Date = new Date()): SceneSource {
  // The revision's cached rows and analysis, the same the screen was drawn from.
  const { data } = workspaceData(ws);
  const analysis = runAnalysis(ws, {}, { centrality: false });
  const imported = latestImport(ws);
  return {
    data,
    analysis,
    workspace: workspaceName(ws).replace(/\.chainatlas$/i, ''),
    date: localDate(now),
    importFiles: imported.files,
    importDate: imported.date,
  };
}

/** The rows of some chains as the maps read them: their segments, mapped firms and links among them. */
export function chainRows(data: WorkspaceData, chainIds: readonly number[]): ChainGraphRows {
  const chains = new Set(chainIds);
  const segments = data.segments.filter((s) => chains.has(s.chainId));
  const segIds = new Set(segments.map((s) => s.id));
  const mappings = data.mappings.filter((m) => segIds.has(m.segmentId));
  const firmIds = new Set(mappings.map((m) => m.enterpriseId));
  return {
    segments,
    enterprises: data.enterprises.filter((e) => firmIds.has(e.id)),
    mappings,
    links: data.links.filter((l) => firmIds.has(l.supplierId) && firmIds.has(l.buyerId)),
  };
}

function noteLines(src: SceneSource, lang: MapLang): string[] {
  const w = exportWords(lang);
  const source =
    src.importFiles.length > 0
      ? w.sourceImport(src.importDate ?? '', src.importFiles)
      : w.sourceWorkspace;
  return [w.note(src.workspace, src.date, source)];
}

const notFound = (what: 'chain' | 'cluster', id: number): AppError =>
  what === 'chain'
    ? new AppError(
        'NOT_FOUND',
        `产业链不存在（id ${String(id)}）`,
        undefined,
        `No chain with id ${String(id)}`,
      )
    : new AppError(
        'NOT_FOUND',
        `产业集群不存在（id ${String(id)}）`,
        undefined,
        `No cluster with id ${String(id)}`,
      );

/** The picture of one view; NOT_FOUND for a chain or cluster that is not in the workspace. */
export function sceneFor(src: SceneSource, view: MapView, options: SceneOptions = {}): MapScene {
  const lang = options.lang ?? 'zh';
  const caption = { note: noteLines(src, lang) };
  const expanded = options.expanded ? { expanded: options.expanded } : {};
  if (view.kind === 'chain') {
    const chain = src.data.chains.find((c) => c.id === view.chainId);
    if (!chain) throw notFound('chain', view.chainId);
    const result = src.analysis.chains.find((c) => c.chainId === chain.id);
    return layoutChain({
      chain: { id: chain.id, name: chain.name },
      rows: chainRows(src.data, [chain.id]),
      results: result?.segments ?? [],
      targets: src.analysis.targets.filter((t) => t.chainId === chain.id),
      lang,
      ...expanded,
      ...(options.links === undefined ? {} : { links: options.links }),
      ...(options.aspect === undefined ? {} : { aspect: options.aspect }),
      caption,
    });
  }
  if (view.kind === 'cluster') {
    const cluster = src.data.clusters.find((c) => c.id === view.clusterId);
    if (!cluster) throw notFound('cluster', view.clusterId);
    const chains = src.data.chains.filter((c) => c.clusterId === cluster.id);
    const ids = new Set(chains.map((c) => c.id));
    const results = src.analysis.chains.filter((c) => ids.has(c.chainId));
    return layoutCluster({
      cluster: { id: cluster.id, name: cluster.name },
      chains: chains.map((c) => ({ id: c.id, name: c.name })),
      rows: chainRows(src.data, [...ids]),
      results: results.flatMap((c) => c.segments),
      chainResults: results,
      targets: src.analysis.targets.filter((t) => ids.has(t.chainId)),
      lang,
      ...expanded,
      ...(options.links === undefined ? {} : { links: options.links }),
      caption,
    });
  }
  return layoutOverview({
    clusters: src.analysis.clusters,
    chains: src.analysis.chains,
    targets: src.analysis.targets,
    lang,
    caption,
  });
}

/** The name a view's file is given: the chain's or cluster's name, or 全景 for the overview. */
export function viewName(src: SceneSource, view: MapView): string {
  if (view.kind === 'chain')
    return (
      src.data.chains.find((c) => c.id === view.chainId)?.name ?? `chain-${String(view.chainId)}`
    );
  if (view.kind === 'cluster')
    return (
      src.data.clusters.find((c) => c.id === view.clusterId)?.name ??
      `cluster-${String(view.clusterId)}`
    );
  return exportWords('zh').overviewFile;
}
