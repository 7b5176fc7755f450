// One loaded workspace and one whole analysis per workspace connection and revision, shared by every
// caller (gap table, target list, anchor view, maps, report). Any committed write changes the
// revision, so the next call loads and analyses again; reads inside a transaction are never cached.
import type Database from 'better-sqlite3';

import type { AnalysisSettings } from '../../../shared/analysis/input.js';
import type { WorkspaceData } from '../../../shared/domain/workspace-data.js';
import {
  analyzeWorkspace,
  criticalFirms,
  type AnalysisOptions,
  type AnalysisScope,
} from '../../../shared/analysis/run-analysis.js';
import type { Centrality, WorkspaceAnalysis } from '../../../shared/analysis/schemas.js';
import { indexWorkspace, type WorkspaceIndex } from '../../../shared/analysis/workspace-index.js';
import { scopeAnalysis } from './analysis-scope.js';
import { isUncommittedRevision, workspaceRevision } from './revision.js';

export type Loaded = { data: WorkspaceData; settings: AnalysisSettings };
export type Loaders = { data: () => WorkspaceData; settings: () => AnalysisSettings };

type Entry = Loaded & {
  revision: string;
  index?: WorkspaceIndex;
  /** The whole workspace, without betweenness: every scope is cut from it. */
  whole?: WorkspaceAnalysis;
  centrality: Map<string, Centrality>;
};

const entries = new WeakMap<Database.Database, Entry>();
let computed = { loads: 0, analyses: 0 };

/** How many loads and whole analyses ran since the process started (tests and the bench read it). */
export const cacheCounters = (): { loads: number; analyses: number } => ({ ...computed });

function entryOf(db: Database.Database, load: Loaders): Entry {
  const revision = workspaceRevision(db);
  const cached = entries.get(db);
  if (cached?.revision === revision) return cached;
  computed = { ...computed, loads: computed.loads + 1 };
  const entry: Entry = {
    revision,
    data: freezeData(load.data()),
    settings: load.settings(),
    centrality: new Map(),
  };
  if (!isUncommittedRevision(revision)) entries.set(db, entry);
  return entry;
}

/** The workspace as the analysis reads it; shared: callers must not change it (it is frozen). */
export const cachedData = (db: Database.Database, load: Loaders): Loaded => entryOf(db, load);

export function cachedIndex(db: Database.Database, load: Loaders): WorkspaceIndex {
  const e = entryOf(db, load);
  e.index ??= indexWorkspace(e.data);
  return e.index;
}

function whole(e: Entry): WorkspaceAnalysis {
  if (e.whole === undefined) {
    computed = { ...computed, analyses: computed.analyses + 1 };
    e.whole = freezeLists(analyzeWorkspace(e.data, e.settings, {}, { centrality: false }));
  }
  return e.whole;
}

/**
 * The analysis of a scope, cut from the cached whole-workspace analysis (segment states, targets and
 * exposures of a segment do not depend on the scope); betweenness, when asked for, is cached apart.
 */
export function cachedAnalysis(
  db: Database.Database,
  load: Loaders,
  scope: AnalysisScope = {},
  options: AnalysisOptions = {},
): WorkspaceAnalysis {
  const e = entryOf(db, load);
  const scoped = scopeAnalysis(whole(e), scope);
  if (options.centrality === false) return scoped;
  const key = String(options.betweennessBudget ?? 'default');
  let centrality = e.centrality.get(key);
  if (centrality === undefined) {
    e.index ??= indexWorkspace(e.data);
    centrality = criticalFirms(e.index, e.settings.criticalFirmCount, options.betweennessBudget);
    e.centrality.set(key, centrality);
  }
  return { ...scoped, centrality };
}

// Arrays frozen so a caller that sorts or pushes in place fails loudly instead of changing what
// every later caller of this revision sees.
function freezeData(d: WorkspaceData): WorkspaceData {
  return freezeLists(d);
}

function freezeLists<T extends object>(o: T): T {
  for (const v of Object.values(o)) if (Array.isArray(v)) Object.freeze(v);
  return Object.freeze(o);
}
