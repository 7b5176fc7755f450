// Plans enterprise rows: duplicates inside the files, matching against the workspace (USCC first, then
// the normalised name), what changes, and the 挂链 each row names. Also resolves a name/Id/USCC to a
// firm for link and lead rows.
import { makeEnterprise } from '../domain/defaults.js';
import type { WorkspaceData } from '../analysis/input.js';
import type { Enterprise, MappingStatus } from '../domain/schemas.js';
import type { EnterpriseDraft, SegmentRef } from './drafts.js';
import { nameKey } from './name-key.js';
import { foldKey } from './normalize-cell.js';
import { segmentIssue, type SegmentIndex } from './plan-taxonomy.js';
import {
  zeroCounts,
  type AmbiguousMatch,
  type Counts,
  type EnterpriseOp,
  type EnterpriseRecord,
  type MappingOp,
  type MatchDecisions,
  type Ref,
} from './plan-types.js';
import type { ImportIssue, RowOrigin } from './types.js';

export type FirmResolver = {
  /** A firm by USCC, the file's own Id, or name; undefined when neither the files nor the workspace have it. */
  find(text: string | null, uscc: string | null): Ref | undefined;
  /** True when the name matches several workspace firms and no decision says which. */
  ambiguous(text: string | null): boolean;
};

export type EnterprisePlan = {
  enterprises: EnterpriseOp[];
  mappings: MappingOp[];
  resolver: FirmResolver;
  counts: Counts;
  issues: ImportIssue[];
  ambiguous: AmbiguousMatch[];
};

/** Where the first copy is: the sheet and row, and the file when it is another file. */
const at = (o: RowOrigin, here: RowOrigin): string =>
  `${o.file === here.file ? '' : `${o.file} `}${o.sheet} 第 ${o.row} 行`;
const atEn = (o: RowOrigin, here: RowOrigin): string =>
  `${o.file === here.file ? '' : `${o.file} `}${o.sheet} row ${o.row}`;

export const recordOf = (e: Enterprise): EnterpriseRecord => {
  const { id: _id, isDemo: _demo, ...rest } = e;
  return rest;
};

export function planEnterprises(
  drafts: readonly EnterpriseDraft[],
  ws: WorkspaceData,
  segments: SegmentIndex,
  decisions: MatchDecisions,
  nextRef: () => Ref,
): EnterprisePlan {
  const issues: ImportIssue[] = [];
  const counts = zeroCounts();
  const ambiguous: AmbiguousMatch[] = [];
  const wsByUscc = new Map<string, Enterprise>();
  const wsByName = new Map<string, Enterprise[]>();
  for (const e of ws.enterprises) {
    if (e.uscc) wsByUscc.set(e.uscc, e);
    const k = nameKey(e.name);
    wsByName.set(k, [...(wsByName.get(k) ?? []), e]);
  }
  const fileByUscc = new Map<string, { ref: Ref; origin: RowOrigin }>();
  const fileByName = new Map<string, { ref: Ref; origin: RowOrigin }>();
  const fileById = new Map<string, Ref>();
  const enterprises: EnterpriseOp[] = [];
  const mappings: MappingOp[] = [];
  const currentSegments = new Map<
    number,
    { segmentId: number; isPrimary: boolean; status: MappingStatus }[]
  >();
  for (const m of ws.mappings)
    currentSegments.set(m.enterpriseId, [...(currentSegments.get(m.enterpriseId) ?? []), m]);

  for (const d of drafts) {
    const key = nameKey(d.name);
    const dup = (d.uscc ? fileByUscc.get(d.uscc) : undefined) ?? fileByName.get(key);
    if (dup) {
      counts.rejected++;
      issues.push({
        ...d.origin,
        column: '',
        severity: 'error',
        code: 'DUPLICATE_FIRM',
        messageZh: `企业“${d.name}”与 ${at(dup.origin, d.origin)} 重复`,
        messageEn: `'${d.name}' duplicates ${atEn(dup.origin, d.origin)}`,
      });
      continue;
    }
    // Match: USCC, then name key (with remembered decisions when several firms share the key).
    let match: Enterprise | undefined = d.uscc ? wsByUscc.get(d.uscc) : undefined;
    if (!match) {
      const byName = (wsByName.get(key) ?? []).filter(
        (e) => !(d.uscc && e.uscc && e.uscc !== d.uscc),
      );
      const decided = decisions[key];
      if (decided === 'new') match = undefined;
      else if (typeof decided === 'number' && byName.some((e) => e.id === decided))
        match = byName.find((e) => e.id === decided);
      else if (byName.length === 1) match = byName[0];
      else if (byName.length > 1) {
        counts.rejected++;
        ambiguous.push({
          nameKey: key,
          name: d.name,
          candidates: byName.map((e) => ({ id: e.id, name: e.name, uscc: e.uscc })),
        });
        issues.push({
          ...d.origin,
          column: '',
          severity: 'error',
          code: 'AMBIGUOUS_MATCH',
          messageZh: `工作区中有 ${byName.length} 家企业名称与“${d.name}”相同，请选择对应哪一家`,
          messageEn: `${byName.length} firms in the workspace match '${d.name}'; choose which one`,
        });
        continue;
      }
    }
    const ref = match ? match.id : nextRef();
    if (d.uscc) fileByUscc.set(d.uscc, { ref, origin: d.origin });
    fileByName.set(key, { ref, origin: d.origin });
    if (d.externalId) fileById.set(foldKey(d.externalId), ref);

    const base: EnterpriseRecord = match
      ? recordOf(match)
      : recordOf(makeEnterprise(0, d.name, { uscc: d.uscc }));
    const record: EnterpriseRecord = {
      ...base,
      ...d.values,
      name: d.name,
      uscc: d.uscc ?? base.uscc,
    };
    const changed = !match || JSON.stringify(record) !== JSON.stringify(base);

    const mapping = planMappings(d, ref, segments, issues);
    if (mapping === null) {
      counts.rejected++;
      continue;
    }
    const mappingChanged =
      mapping !== undefined &&
      !sameMappings(mapping, match ? (currentSegments.get(match.id) ?? []) : []);
    if (changed) enterprises.push({ ref, isNew: !match, record });
    if (mapping && mappingChanged) mappings.push(mapping);
    counts[!match ? 'new' : changed || mappingChanged ? 'updated' : 'unchanged']++;
  }

  const resolver: FirmResolver = {
    find(text, uscc) {
      if (uscc) {
        const r = fileByUscc.get(uscc)?.ref ?? wsByUscc.get(uscc)?.id;
        if (r !== undefined) return r;
      }
      if (text === null) return undefined;
      const byId = fileById.get(foldKey(text));
      if (byId !== undefined) return byId;
      const key = nameKey(text);
      const inFile = fileByName.get(key)?.ref;
      if (inFile !== undefined) return inFile;
      const inWs = wsByName.get(key) ?? [];
      const decided = decisions[key];
      if (typeof decided === 'number' && inWs.some((e) => e.id === decided)) return decided;
      return inWs.length === 1 ? inWs[0]?.id : undefined;
    },
    ambiguous(text) {
      if (text === null) return false;
      const key = nameKey(text);
      return (
        !fileByName.has(key) &&
        typeof decisions[key] !== 'number' &&
        (wsByName.get(key) ?? []).length > 1
      );
    },
  };
  return { enterprises, mappings, resolver, counts, issues, ambiguous };
}

/** undefined: the sheet has no 挂链 columns; null: a named segment could not be resolved (row rejected). */
function planMappings(
  d: EnterpriseDraft,
  ref: Ref,
  index: SegmentIndex,
  issues: ImportIssue[],
): MappingOp | null | undefined {
  if (d.segments === null && d.uncertainSegments === null) return undefined;
  const op: MappingOp = { enterpriseRef: ref, items: [], remove: [] };
  const state = { failed: false };
  const add = (refs: SegmentRef[] | null, status: MappingStatus): void => {
    if (refs === null) return;
    for (const r of refs) {
      const res = index.resolve(r, d.chains);
      if (!res.ok) {
        state.failed = true;
        const column = status === 'confirmed' ? '所属环节' : '待确认环节';
        issues.push(segmentIssue(d.origin, column, r.text, res, true));
        continue;
      }
      if (!op.items.some((i) => i.segmentRef === res.ref)) {
        op.items.push({
          segmentRef: res.ref,
          isPrimary: status === 'confirmed' && op.items.length === 0,
          status,
        });
      }
    }
  };
  add(d.segments, 'confirmed');
  add(d.uncertainSegments, 'uncertain');
  return state.failed ? null : op;
}

function sameMappings(
  op: MappingOp,
  current: readonly { segmentId: number; isPrimary: boolean; status: MappingStatus }[],
): boolean {
  return (
    op.remove.length === 0 &&
    op.items.every((i) =>
      current.some(
        (c) => c.segmentId === i.segmentRef && c.status === i.status && c.isPrimary === i.isPrimary,
      ),
    )
  );
}
