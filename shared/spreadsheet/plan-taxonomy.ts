// Plans chain-template rows (产业集群/产业链/环节/上级环节) against the workspace and builds the index
// every other sheet uses to resolve segment names ("油缸", "工程机械/油缸") to segments.
import type { WorkspaceData } from '../analysis/input.js';
import type { ChainDraft, SegmentRef } from './drafts.js';
import { foldKey } from './normalize-cell.js';
import {
  zeroCounts,
  type ChainOp,
  type ClusterOp,
  type Counts,
  type Ref,
  type SegmentOp,
} from './plan-types.js';
import type { ImportIssue, RowOrigin } from './types.js';

type SegmentEntry = { ref: Ref; chainRef: Ref; parentRef: Ref | null; name: string };
type ChainEntry = { ref: Ref; clusterRef: Ref; name: string };

export type SegmentResolution =
  { ok: true; ref: Ref } | { ok: false; reason: 'unknown' | 'ambiguous'; candidates: string[] };

export type SegmentIndex = {
  resolve(ref: SegmentRef, chains?: readonly string[]): SegmentResolution;
};

/** The row's error when a segment name resolves to none or to several segments. `askForPath` adds
 * the hint to write "产业链/环节" (enterprise rows may name several chains, so it helps there). */
export function segmentIssue(
  origin: RowOrigin,
  column: string,
  label: string,
  failure: Extract<SegmentResolution, { ok: false }>,
  askForPath = false,
): ImportIssue {
  const unknown = failure.reason === 'unknown';
  return {
    ...origin,
    column,
    severity: 'error',
    code: unknown ? 'UNKNOWN_SEGMENT' : 'AMBIGUOUS_SEGMENT',
    messageZh: unknown
      ? `环节“${label}”不在任何产业链中`
      : `环节“${label}”有多个：${failure.candidates.join('、')}${askForPath ? '，请写成“产业链/环节”' : ''}`,
    messageEn: unknown
      ? `segment '${label}' is not in any chain`
      : `segment '${label}' is ambiguous (${failure.candidates.join(', ')})${askForPath ? '; write it as chain/segment' : ''}`,
  };
}

export type TaxonomyPlan = {
  clusters: ClusterOp[];
  chains: ChainOp[];
  segments: SegmentOp[];
  index: SegmentIndex;
  counts: Counts;
  issues: ImportIssue[];
};

export function planTaxonomy(
  rows: readonly ChainDraft[],
  ws: WorkspaceData,
  nextRef: () => Ref,
): TaxonomyPlan {
  const issues: ImportIssue[] = [];
  const counts = zeroCounts();
  const clusterByKey = new Map(
    ws.clusters.map((c) => [foldKey(c.name), { ref: c.id, color: c.color }]),
  );
  const chains: ChainEntry[] = ws.chains.map((c) => ({
    ref: c.id,
    clusterRef: c.clusterId,
    name: c.name,
  }));
  const chainRecord = new Map(ws.chains.map((c) => [c.id, c]));
  const segments: SegmentEntry[] = ws.segments.map((s) => ({
    ref: s.id,
    chainRef: s.chainId,
    parentRef: s.parentId,
    name: s.name,
  }));
  const segmentRecord = new Map(ws.segments.map((s) => [s.id, s]));
  const clusterOps = new Map<Ref, ClusterOp>();
  const chainOps = new Map<Ref, ChainOp>();
  const segmentOps = new Map<Ref, SegmentOp>();
  const sortNext = new Map<Ref, number>();
  const nextSort = (chainRef: Ref): number => {
    const existing = ws.segments
      .filter((s) => s.chainId === chainRef)
      .reduce((m, s) => Math.max(m, s.sortOrder + 1), 0);
    const n = sortNext.get(chainRef) ?? existing;
    sortNext.set(chainRef, n + 1);
    return n;
  };
  const touched = new Set<Ref>();

  // Children may come before their parents in a sheet: retry rows whose parent is not known yet.
  let pending = [...rows];
  for (let pass = 0; pending.length > 0 && pass < 20; pass++) {
    const retry: ChainDraft[] = [];
    for (const row of pending) {
      const clusterKey = foldKey(row.cluster);
      let cluster = clusterByKey.get(clusterKey);
      if (!cluster) {
        cluster = { ref: nextRef(), color: row.clusterColor ?? '#1677ff' };
        clusterByKey.set(clusterKey, cluster);
        clusterOps.set(cluster.ref, {
          ref: cluster.ref,
          isNew: true,
          name: row.cluster,
          color: cluster.color,
        });
      } else if (row.clusterColor && row.clusterColor !== cluster.color && cluster.ref > 0) {
        cluster.color = row.clusterColor;
        clusterOps.set(cluster.ref, {
          ref: cluster.ref,
          isNew: false,
          name: row.cluster,
          color: row.clusterColor,
        });
      }
      const clusterRef = cluster.ref;
      let chain = chains.find(
        (c) => c.clusterRef === clusterRef && foldKey(c.name) === foldKey(row.chain),
      );
      if (!chain) {
        chain = { ref: nextRef(), clusterRef, name: row.chain };
        chains.push(chain);
        const sortOrder = chains.filter((c) => c.clusterRef === clusterRef).length - 1;
        chainOps.set(chain.ref, {
          ref: chain.ref,
          isNew: true,
          clusterRef,
          name: row.chain,
          owner: row.owner,
          description: row.description,
          sortOrder,
        });
      } else {
        const rec = chainRecord.get(chain.ref);
        const op = chainOps.get(chain.ref);
        const owner = row.owner ?? op?.owner ?? rec?.owner ?? null;
        const description = row.description ?? op?.description ?? rec?.description ?? null;
        if (rec && (owner !== rec.owner || description !== rec.description)) {
          chainOps.set(chain.ref, {
            ref: chain.ref,
            isNew: false,
            clusterRef,
            name: rec.name,
            owner,
            description,
            sortOrder: rec.sortOrder,
          });
        } else if (op) {
          op.owner = owner;
          op.description = description;
        }
      }
      if (row.segment === null) {
        const isNew = chainOps.get(chain.ref)?.isNew ?? false;
        if (!touched.has(chain.ref))
          counts[isNew ? 'new' : chainOps.has(chain.ref) ? 'updated' : 'unchanged']++;
        touched.add(chain.ref);
        continue;
      }
      let parentRef: Ref | null = null;
      if (row.parent !== null) {
        const parent = segments.find(
          (s) => s.chainRef === chain.ref && foldKey(s.name) === foldKey(row.parent ?? ''),
        );
        if (!parent) {
          retry.push(row);
          continue;
        }
        parentRef = parent.ref;
      }
      const segName = row.segment;
      const existing = segments.find(
        (s) =>
          s.chainRef === chain.ref &&
          s.parentRef === parentRef &&
          foldKey(s.name) === foldKey(segName),
      );
      const stage = row.stage ?? 'midstream';
      if (!existing) {
        const ref = nextRef();
        segments.push({ ref, chainRef: chain.ref, parentRef, name: segName });
        segmentOps.set(ref, {
          ref,
          isNew: true,
          chainRef: chain.ref,
          parentRef,
          name: segName,
          stage,
          isKey: row.isKey ?? false,
          targetCount: row.targetCount,
          sortOrder: nextSort(chain.ref),
        });
        counts.new++;
        continue;
      }
      if (segmentOps.get(existing.ref)?.isNew) {
        issues.push({
          ...row.origin,
          column: '',
          severity: 'warning',
          code: 'DUPLICATE_FIRM',
          messageZh: `环节“${segName}”在表中重复出现，以第一次为准`,
          messageEn: `segment '${segName}' is listed twice; the first row is used`,
        });
        continue;
      }
      const rec = segmentRecord.get(existing.ref);
      if (!rec) continue;
      const next = {
        stage: row.stage ?? rec.stage,
        isKey: row.isKey ?? rec.isKey,
        targetCount: row.targetCount ?? rec.targetCount,
      };
      if (
        next.stage !== rec.stage ||
        next.isKey !== rec.isKey ||
        next.targetCount !== rec.targetCount
      ) {
        segmentOps.set(existing.ref, {
          ref: rec.id,
          isNew: false,
          chainRef: rec.chainId,
          parentRef: rec.parentId,
          name: rec.name,
          sortOrder: rec.sortOrder,
          ...next,
        });
        counts.updated++;
      } else counts.unchanged++;
    }
    if (retry.length === pending.length) break;
    pending = retry;
  }
  for (const row of pending) {
    counts.rejected++;
    issues.push({
      ...row.origin,
      column: '上级环节',
      severity: 'error',
      code: 'UNKNOWN_SEGMENT',
      messageZh: `上级环节“${row.parent ?? ''}”不在产业链“${row.chain}”中`,
      messageEn: `parent segment '${row.parent ?? ''}' is not in chain '${row.chain}'`,
    });
  }
  return {
    clusters: [...clusterOps.values()],
    chains: [...chainOps.values()],
    segments: [...segmentOps.values()].sort((a, b) => depth(a, segments) - depth(b, segments)),
    index: segmentIndex(chains, segments),
    counts,
    issues,
  };
}

function depth(s: { parentRef: Ref | null }, all: readonly SegmentEntry[]): number {
  let d = 0;
  let p = s.parentRef;
  while (p !== null && d < 50) {
    d++;
    p = all.find((x) => x.ref === p)?.parentRef ?? null;
  }
  return d;
}

function segmentIndex(
  chains: readonly ChainEntry[],
  segments: readonly SegmentEntry[],
): SegmentIndex {
  const chainName = new Map(chains.map((c) => [c.ref, c.name]));
  const byRef = new Map(segments.map((s) => [s.ref, s]));
  const byName = new Map<string, SegmentEntry[]>();
  // Whole-text keys: "链/上级/环节", "链/环节" and "环节" exactly as written, before any splitting.
  const byText = new Map<string, Set<Ref>>();
  const addText = (key: string, ref: Ref): void => {
    const k = foldKey(key);
    byText.set(k, (byText.get(k) ?? new Set()).add(ref));
  };
  for (const s of segments) {
    byName.set(foldKey(s.name), [...(byName.get(foldKey(s.name)) ?? []), s]);
    const path = [s.name];
    for (let p = s.parentRef, guard = 0; p !== null && guard < 50; guard++) {
      const parent = byRef.get(p);
      if (!parent) break;
      path.unshift(parent.name);
      p = parent.parentRef;
    }
    const chain = chainName.get(s.chainRef) ?? '';
    addText(`${chain}/${path.join('/')}`, s.ref);
    addText(`${chain}/${s.name}`, s.ref);
  }
  const nameOf = (ref: Ref | null): string => (ref === null ? '' : (byRef.get(ref)?.name ?? ''));
  const inChains = (found: SegmentEntry[], wanted: readonly string[]): SegmentEntry[] => {
    if (wanted.length === 0) return found;
    const keys = new Set(wanted.map(foldKey));
    return found.filter((s) => keys.has(foldKey(chainName.get(s.chainRef) ?? '')));
  };
  return {
    resolve(ref, extraChains = []) {
      const context = ref.context !== null ? [ref.context] : extraChains;
      // 1. The text as a full or chain-qualified path, or as a bare segment name (may contain "/").
      const exact = byText.get(foldKey(ref.text));
      if (exact?.size === 1) return { ok: true, ref: [...exact][0] ?? 0 };
      const bare = inChains(byName.get(foldKey(ref.text)) ?? [], context);
      if (bare.length === 1 && bare[0]) return { ok: true, ref: bare[0].ref };
      // 2. Split on "/": chain, optional parent, segment.
      const last = ref.path[ref.path.length - 1];
      if (last === undefined) return { ok: false, reason: 'unknown', candidates: [] };
      let found = byName.get(foldKey(last)) ?? [];
      const parent = ref.path.length >= 2 ? ref.path[ref.path.length - 2] : undefined;
      if (parent !== undefined)
        found = found.filter((s) => foldKey(nameOf(s.parentRef)) === foldKey(parent));
      found = inChains(found, ref.chain !== null ? [ref.chain] : context);
      if (found.length === 1 && found[0]) return { ok: true, ref: found[0].ref };
      const candidates = found.map((s) => `${chainName.get(s.chainRef) ?? ''}/${s.name}`);
      return { ok: false, reason: found.length === 0 ? 'unknown' : 'ambiguous', candidates };
    },
  };
}
