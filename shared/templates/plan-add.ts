// Plans adding a template's tree to a workspace, without touching it: a new chain, a copy named
// "…（副本）", or a merge into the chain of the same name that adds only the segments it lacks, under
// their matching parents, and changes or removes nothing that is there.
import type { Stage } from '../domain/schemas.js';
import { foldKey } from '../spreadsheet/normalize-cell.js';
import type { TemplateRow } from './schema.js';

export type ExistingTaxonomy = {
  clusters: readonly { id: number; name: string }[];
  chains: readonly { id: number; clusterId: number; name: string }[];
  segments: readonly {
    id: number;
    chainId: number;
    parentId: number | null;
    name: string;
    sortOrder: number;
  }[];
};

export type ConflictChoice = 'merge' | 'copy';

/** Where a planned segment hangs: an existing segment, an earlier planned one, or the top. */
export type PlannedParent = { existing: number } | { planned: number } | null;

export type PlannedSegment = {
  name: string;
  parent: PlannedParent;
  stage: Stage;
  isKey: boolean;
  targetCount: number | null;
  sortOrder: number;
};

export type AddPlan =
  | { kind: 'conflict'; chainId: number; chainName: string; clusterId: number }
  | {
      kind: 'new' | 'copy';
      /** An existing cluster, or the name of one to create. */
      cluster: { id: number } | { create: string };
      chainName: string;
      inserts: PlannedSegment[];
      matched: 0;
    }
  | {
      kind: 'merge';
      chainId: number;
      chainName: string;
      inserts: PlannedSegment[];
      matched: number;
    };

export const COPY_SUFFIX = '（副本）';

/** "工程机械（副本）", then "工程机械（副本2）" … — the first name no chain of the workspace has. */
export function copyName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map(foldKey));
  for (let i = 1; ; i++) {
    const candidate = i === 1 ? `${name}${COPY_SUFFIX}` : `${name}（副本${String(i)}）`;
    if (!used.has(foldKey(candidate))) return candidate;
  }
}

/** The chain of this name (spacing, width and case aside), preferring one in the given cluster. */
export function sameNamedChain(
  ws: ExistingTaxonomy,
  name: string,
  clusterId?: number,
): ExistingTaxonomy['chains'][number] | undefined {
  const all = ws.chains.filter((c) => foldKey(c.name) === foldKey(name));
  return all.find((c) => c.clusterId === clusterId) ?? all[0];
}

export function planAdd(
  ws: ExistingTaxonomy,
  template: { name: string; rows: readonly TemplateRow[] },
  target: { clusterId: number } | { newCluster: string },
  onConflict?: ConflictChoice,
): AddPlan {
  const clusterId = 'clusterId' in target ? target.clusterId : undefined;
  const existing = sameNamedChain(ws, template.name, clusterId);
  if (existing && onConflict === undefined)
    return {
      kind: 'conflict',
      chainId: existing.id,
      chainName: existing.name,
      clusterId: existing.clusterId,
    };
  if (existing && onConflict === 'merge') return planMerge(ws, existing, template.rows);
  const cluster = resolveCluster(ws, target);
  const chainName = existing
    ? copyName(
        template.name,
        ws.chains.map((c) => c.name),
      )
    : template.name;
  return {
    kind: existing ? 'copy' : 'new',
    cluster,
    chainName,
    inserts: freshTree(template.rows),
    matched: 0,
  };
}

function resolveCluster(
  ws: ExistingTaxonomy,
  target: { clusterId: number } | { newCluster: string },
): { id: number } | { create: string } {
  if ('clusterId' in target) return { id: target.clusterId };
  const name = target.newCluster.trim();
  const same = ws.clusters.find((c) => foldKey(c.name) === foldKey(name));
  return same ? { id: same.id } : { create: name };
}

function freshTree(rows: readonly TemplateRow[]): PlannedSegment[] {
  const index = new Map<string, number>();
  return rows.map((r, i) => {
    index.set(r.name, i);
    const parentAt = r.parent === null ? undefined : index.get(r.parent);
    return {
      name: r.name,
      parent: parentAt === undefined ? null : { planned: parentAt },
      stage: r.stage,
      isKey: r.isKey,
      targetCount: r.targetCount,
      sortOrder: r.sortOrder,
    };
  });
}

/**
 * A template segment matches the existing segment of the same name under its matched parent, else
 * one of that name anywhere in the chain (adding it again would make the name ambiguous for imports).
 */
function planMerge(
  ws: ExistingTaxonomy,
  chain: { id: number; name: string },
  rows: readonly TemplateRow[],
): AddPlan {
  const segs = ws.segments.filter((s) => s.chainId === chain.id);
  const byName = new Map<string, (typeof segs)[number]>();
  for (const s of segs) if (!byName.has(foldKey(s.name))) byName.set(foldKey(s.name), s);
  // Next free sort position under each existing parent (key: parent id, or 0 for the top).
  const nextSort = new Map<number, number>();
  for (const s of segs) {
    const k = s.parentId ?? 0;
    nextSort.set(k, Math.max(nextSort.get(k) ?? 0, s.sortOrder + 1));
  }
  const placed = new Map<string, Exclude<PlannedParent, null>>();
  const inserts: PlannedSegment[] = [];
  let matched = 0;
  for (const r of rows) {
    const parent = r.parent === null ? null : (placed.get(r.parent) ?? null);
    const underParent =
      parent !== null && 'existing' in parent
        ? segs.find((s) => s.parentId === parent.existing && foldKey(s.name) === foldKey(r.name))
        : undefined;
    const found = underParent ?? byName.get(foldKey(r.name));
    if (found) {
      matched += 1;
      placed.set(r.name, { existing: found.id });
      continue;
    }
    let sortOrder = r.sortOrder;
    if (parent === null || 'existing' in parent) {
      const k = parent === null ? 0 : parent.existing;
      sortOrder = nextSort.get(k) ?? 0;
      nextSort.set(k, sortOrder + 1);
    }
    placed.set(r.name, { planned: inserts.length });
    inserts.push({
      name: r.name,
      parent,
      stage: r.stage,
      isKey: r.isKey,
      targetCount: r.targetCount,
      sortOrder,
    });
  }
  return { kind: 'merge', chainId: chain.id, chainName: chain.name, inserts, matched };
}
