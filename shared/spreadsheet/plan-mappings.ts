// The 挂链 an enterprise row adds: each named segment resolved (its 所属产业链, then the firm's own
// chains, then the chains the files define), then merged with the stored 挂链 — nothing stored is
// removed unless the row says 删除挂链 or the import runs in replace mode.
import type { EnterpriseSegment, MappingStatus } from '../domain/schemas.js';
import type { EnterpriseDraft, SegmentRef } from './drafts.js';
import { segmentIssue, type SegmentIndex, type SegmentResolution } from './plan-taxonomy.js';
import type { FieldChange, MappingOp, Ref } from './plan-types.js';
import type { ImportIssue } from './types.js';

export type StoredMapping = { segmentId: number; isPrimary: boolean; status: MappingStatus };

export function segmentsByFirm(
  mappings: readonly EnterpriseSegment[],
): Map<number, StoredMapping[]> {
  const out = new Map<number, StoredMapping[]>();
  for (const m of mappings) {
    const list = out.get(m.enterpriseId);
    if (list) list.push(m);
    else out.set(m.enterpriseId, [m]);
  }
  return out;
}

/**
 * A bare segment name that several chains have is tried against each context in turn (the row's
 * chains first); the first context that makes it unique wins, else the row's own failure stands.
 */
export function resolveInContext(
  index: SegmentIndex,
  ref: SegmentRef,
  rowChains: readonly string[],
  contexts: readonly (readonly string[])[],
): SegmentResolution {
  const first = index.resolve(ref, rowChains);
  if (first.ok || first.reason !== 'ambiguous' || ref.context !== null) return first;
  for (const chains of contexts) {
    if (chains.length === 0) continue;
    const r = index.resolve(ref, chains);
    if (r.ok) return r;
  }
  return first;
}

export type MappingInput = {
  index: SegmentIndex;
  current: readonly StoredMapping[];
  extraChains: readonly (readonly string[])[];
  replace: boolean;
  issues: ImportIssue[];
};

/** null: a named segment could not be resolved (the row is rejected). */
export function planMappings(
  d: EnterpriseDraft,
  ref: Ref,
  input: MappingInput,
): { op: MappingOp | null; changes: FieldChange[] } | null {
  if (d.segments === null && d.uncertainSegments === null) return { op: null, changes: [] };
  const wanted: { segmentRef: Ref; status: MappingStatus }[] = [];
  const state = { failed: false };
  const add = (refs: SegmentRef[] | null, status: MappingStatus): void => {
    for (const r of refs ?? []) {
      const res = resolveInContext(input.index, r, d.chains, input.extraChains);
      if (!res.ok) {
        state.failed = true;
        const column = status === 'confirmed' ? '所属环节' : '待确认环节';
        input.issues.push(segmentIssue(d.origin, column, r.text, res, true));
      } else if (!wanted.some((w) => w.segmentRef === res.ref)) {
        wanted.push({ segmentRef: res.ref, status });
      }
    }
  };
  add(d.segments, 'confirmed');
  add(d.uncertainSegments, 'uncertain');
  if (state.failed) return null;
  const { current } = input;
  const isWanted = (id: number): boolean => wanted.some((w) => w.segmentRef === id);
  let remove: Ref[] = [];
  let items: MappingOp['items'] = [];
  if (d.action === 'removeSegments') {
    remove = current.filter((c) => isWanted(c.segmentId)).map((c) => c.segmentId);
  } else {
    // Replace mode takes the file as the whole truth, but only for a list the row actually gives.
    const given = new Set<MappingStatus>(wanted.map((w) => w.status));
    if (input.replace)
      remove = current
        .filter((c) => given.has(c.status) && !isWanted(c.segmentId))
        .map((c) => c.segmentId);
    for (const w of wanted) {
      const cur = current.find((c) => c.segmentId === w.segmentRef);
      if (cur?.status === w.status) continue;
      items.push({
        segmentRef: w.segmentRef,
        status: w.status,
        isPrimary: cur?.isPrimary ?? false,
      });
    }
    const keptPrimary = current.some(
      (c) =>
        c.isPrimary &&
        c.status === 'confirmed' &&
        !remove.includes(c.segmentId) &&
        !items.some((i) => i.segmentRef === c.segmentId && i.status !== 'confirmed'),
    );
    const firstConfirmed = items.find((i) => i.status === 'confirmed');
    if (!keptPrimary && firstConfirmed) firstConfirmed.isPrimary = true;
    items = items.map((i) => (i.status === 'confirmed' ? i : { ...i, isPrimary: false }));
  }
  if (items.length === 0 && remove.length === 0) return { op: null, changes: [] };
  const label = (id: Ref, st: MappingStatus): string =>
    `${input.index.label(id)}${st === 'uncertain' ? '（待确认）' : ''}`;
  const before = current.map((c) => label(c.segmentId, c.status));
  const after = [
    ...current
      .filter(
        (c) => !remove.includes(c.segmentId) && !items.some((i) => i.segmentRef === c.segmentId),
      )
      .map((c) => label(c.segmentId, c.status)),
    ...items.map((i) => label(i.segmentRef, i.status)),
  ];
  const change: FieldChange = {
    field: 'segments',
    label: '所属环节',
    before: before.join('、'),
    after: after.join('、'),
    ...(remove.length > 0 ? { removes: true } : {}),
  };
  return { op: { enterpriseRef: ref, items, remove }, changes: [change] };
}
