// Plans chain-template rows (产业集群/产业链/环节/上级环节) against the workspace and builds the index
// every other sheet uses to resolve segment names ("油缸", "工程机械/油缸") to segments.
import type { WorkspaceData } from '../domain/workspace-data.js';
import type { ChainDraft, SegmentRef } from './drafts.js';
import { foldKey } from './normalize-cell.js';
import { record, type Outcomes } from './plan-outcomes.js';
import { didYouMean, suggest } from './suggest.js';
import {
  zeroCounts,
  type ChainOp,
  type ClusterOp,
  type Counts,
  type Ref,
  type SegmentOp,
} from './plan-types.js';
import type { ImportIssue, IssueCode, RowOrigin } from './types.js';

/** The cluster a new chain goes to when its sheet names none. */
const UNGROUPED = '未分组';

type SegmentEntry = { ref: Ref; chainRef: Ref; parentRef: Ref | null; name: string };
type ChainEntry = { ref: Ref; clusterRef: Ref; name: string };

export type SegmentResolution =
  | { ok: true; ref: Ref }
  | {
      ok: false;
      /** unknownChain: the chain the row names does not exist (`chain` says which). */
      reason: 'unknown' | 'ambiguous' | 'unknownChain';
      candidates: string[];
      chain?: string;
      /** Close names for "did you mean" (chains for unknownChain, segments otherwise). */
      suggestions?: string[];
    };

export type SegmentIndex = {
  resolve(ref: SegmentRef, chains?: readonly string[]): SegmentResolution;
  /** The chain name of a segment. */
  chainOf(ref: Ref): string;
  /** "产业链/上级环节/环节", as the preview and messages show a segment. */
  label(ref: Ref): string;
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
  const [zhHint, enHint] = didYouMean(failure.suggestions ?? []);
  const base = { ...origin, column, severity: 'error' as const };
  if (failure.reason === 'unknownChain') {
    const chain = failure.chain ?? '';
    return {
      ...base,
      code: 'UNKNOWN_CHAIN',
      messageZh: `产业链“${chain}”不存在（环节“${label}”无法对应）${zhHint}`,
      messageEn: `chain '${chain}' does not exist (segment '${label}' cannot be placed)${enHint}`,
    };
  }
  if (failure.reason === 'unknown') {
    const where = failure.chain ? `产业链“${failure.chain}”` : '任何产业链';
    const whereEn = failure.chain ? `chain '${failure.chain}'` : 'any chain';
    return {
      ...base,
      code: 'UNKNOWN_SEGMENT',
      messageZh: `环节“${label}”不在${where}中${zhHint}`,
      messageEn: `segment '${label}' is not in ${whereEn}${enHint}`,
    };
  }
  return {
    ...base,
    code: 'AMBIGUOUS_SEGMENT',
    messageZh: `环节“${label}”有多个：${failure.candidates.join('、')}${askForPath ? '，请写成“产业链/环节”' : ''}`,
    messageEn: `segment '${label}' is ambiguous (${failure.candidates.join(', ')})${askForPath ? '; write it as chain/segment' : ''}`,
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
  outcomes: Outcomes = new Map(),
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
  const clusterNames = new Map(ws.clusters.map((c) => [c.id, c.name]));
  const clusterNameOf = (chain: ChainEntry | undefined): string | undefined =>
    chain === undefined
      ? undefined
      : (clusterNames.get(chain.clusterRef) ?? clusterOps.get(chain.clusterRef)?.name);
  const rejectRow = (row: ChainDraft, column: string, code: IssueCode, [zh, en]: string[]) => {
    counts.rejected++;
    record(outcomes, row.origin, 'rejected');
    issues.push({
      ...row.origin,
      column,
      severity: 'error',
      code,
      messageZh: zh ?? '',
      messageEn: en ?? '',
    });
  };

  // Children may come before their parents in a sheet: retry rows whose parent is not known yet.
  let pending = [...rows];
  for (let pass = 0; pending.length > 0 && pass < 20; pass++) {
    const retry: ChainDraft[] = [];
    for (const row of pending) {
      // A sheet without a 产业集群 column restating a stored chain means that chain, in whatever
      // cluster it is; only a chain nobody has goes to a new cluster 未分组.
      const sameName = chains.filter((c) => foldKey(c.name) === foldKey(row.chain));
      if (row.cluster === null && sameName.length > 1) {
        rejectRow(row, '产业集群', 'AMBIGUOUS_SEGMENT', [
          `产业链“${row.chain}”在多个产业集群中，请填写产业集群列`,
          `chain '${row.chain}' is in several clusters; fill in the cluster column`,
        ]);
        continue;
      }
      const clusterName = row.cluster ?? clusterNameOf(sameName[0]) ?? UNGROUPED;
      const clusterKey = foldKey(clusterName);
      let cluster = clusterByKey.get(clusterKey);
      if (!cluster) {
        cluster = { ref: nextRef(), color: row.clusterColor ?? '#1677ff' };
        clusterByKey.set(clusterKey, cluster);
        clusterOps.set(cluster.ref, {
          ref: cluster.ref,
          isNew: true,
          name: clusterName,
          color: cluster.color,
        });
      } else if (row.clusterColor && row.clusterColor !== cluster.color && cluster.ref > 0) {
        cluster.color = row.clusterColor;
        clusterOps.set(cluster.ref, {
          ref: cluster.ref,
          isNew: false,
          name: clusterName,
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
        const outcome = isNew ? 'new' : chainOps.has(chain.ref) ? 'updated' : 'unchanged';
        if (!touched.has(chain.ref)) counts[outcome]++;
        touched.add(chain.ref);
        record(outcomes, row.origin, outcome);
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
      if (!existing && row.stage === null) {
        rejectRow(row, '位置', 'MISSING_FIELD', [
          `新环节“${segName}”缺少位置（上游/中游/下游）`,
          `new segment '${segName}' has no stage (upstream/midstream/downstream)`,
        ]);
        continue;
      }
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
        record(outcomes, row.origin, 'new');
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
        record(outcomes, row.origin, 'unchanged');
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
        record(outcomes, row.origin, 'updated', [], rec.id);
      } else {
        counts.unchanged++;
        record(outcomes, row.origin, 'unchanged', [], rec.id);
      }
    }
    if (retry.length === pending.length) break;
    pending = retry;
  }
  for (const row of pending) {
    counts.rejected++;
    record(outcomes, row.origin, 'rejected');
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
  const chainKeys = new Set(chains.map((c) => foldKey(c.name)));
  const byRef = new Map(segments.map((s) => [s.ref, s]));
  const byName = new Map<string, SegmentEntry[]>();
  // Whole-text keys: "链/上级/环节", "链/环节" and "环节" exactly as written, before any splitting.
  const byText = new Map<string, Set<Ref>>();
  const addText = (key: string, ref: Ref): void => {
    const k = foldKey(key);
    byText.set(k, (byText.get(k) ?? new Set()).add(ref));
  };
  const pathOf = (s: SegmentEntry): string[] => {
    const path = [s.name];
    for (let p = s.parentRef, guard = 0; p !== null && guard < 50; guard++) {
      const parent = byRef.get(p);
      if (!parent) break;
      path.unshift(parent.name);
      p = parent.parentRef;
    }
    return path;
  };
  for (const s of segments) {
    byName.set(foldKey(s.name), [...(byName.get(foldKey(s.name)) ?? []), s]);
    const chain = chainName.get(s.chainRef) ?? '';
    addText(`${chain}/${pathOf(s).join('/')}`, s.ref);
    addText(`${chain}/${s.name}`, s.ref);
  }
  const nameOf = (ref: Ref | null): string => (ref === null ? '' : (byRef.get(ref)?.name ?? ''));
  const known = (chain: string): boolean => chainKeys.has(foldKey(chain));
  const inChains = (found: SegmentEntry[], wanted: readonly string[]): SegmentEntry[] => {
    if (wanted.length === 0) return found;
    const keys = new Set(wanted.map(foldKey));
    return found.filter((s) => keys.has(foldKey(chainName.get(s.chainRef) ?? '')));
  };
  const label = (ref: Ref): string => {
    const s = byRef.get(ref);
    return s ? `${chainName.get(s.chainRef) ?? ''}/${pathOf(s).join('/')}` : '';
  };
  const fail = (
    reason: 'unknown' | 'ambiguous' | 'unknownChain',
    found: SegmentEntry[],
    name: string,
    wanted: readonly string[],
    chain?: string,
  ): SegmentResolution => {
    const pool =
      reason === 'unknownChain'
        ? chains.map((c) => c.name)
        : inChains([...segments], wanted.filter(known)).map((s) => s.name);
    return {
      ok: false,
      reason,
      candidates: found.map((s) => label(s.ref)),
      ...(chain !== undefined ? { chain } : {}),
      suggestions:
        reason === 'ambiguous'
          ? []
          : suggest(reason === 'unknownChain' ? (chain ?? '') : name, pool),
    };
  };
  return {
    chainOf: (ref) => chainName.get(byRef.get(ref)?.chainRef ?? 0) ?? '',
    label,
    resolve(ref, extraChains = []) {
      const context = ref.context !== null ? [ref.context] : extraChains;
      // 1. The text as a full or chain-qualified path, or as a bare segment name (may contain "/").
      const exact = byText.get(foldKey(ref.text));
      if (exact?.size === 1) return { ok: true, ref: [...exact][0] ?? 0 };
      const bare = inChains(byName.get(foldKey(ref.text)) ?? [], context);
      if (bare.length === 1 && bare[0]) return { ok: true, ref: bare[0].ref };
      // 2. Split on "/": the first part is the chain when it names one; beside a 所属产业链 column a
      // "父环节/子环节" path is read within that chain.
      const firstIsChain = ref.chain !== null && known(ref.chain);
      if (ref.context !== null && !known(ref.context) && !firstIsChain)
        return fail('unknownChain', [], ref.text, [], ref.context);
      const split = ref.chain !== null && ref.chain !== ref.context;
      const path = split && !firstIsChain ? [ref.chain ?? '', ...ref.path] : ref.path;
      const wanted = firstIsChain && ref.chain !== null ? [ref.chain] : context;
      const last = path[path.length - 1];
      if (last === undefined) return fail('unknown', [], ref.text, wanted);
      let found = byName.get(foldKey(last)) ?? [];
      const parent = path.length >= 2 ? path[path.length - 2] : undefined;
      if (parent !== undefined)
        found = found.filter((s) => foldKey(nameOf(s.parentRef)) === foldKey(parent));
      found = inChains(found, wanted);
      if (found.length === 1 && found[0]) return { ok: true, ref: found[0].ref };
      if (found.length > 1) return fail('ambiguous', found, last, wanted);
      // Nothing: a first part that is neither a chain nor a segment is most likely a mistyped chain.
      if (split && !firstIsChain && ref.context === null && !byName.has(foldKey(ref.chain ?? '')))
        return fail('unknownChain', [], ref.text, [], ref.chain ?? '');
      const inChain = wanted.length === 1 ? wanted[0] : undefined;
      return fail('unknown', [], last, wanted, inChain);
    },
  };
}
