// Plans enterprise rows: duplicates inside the files, matching against the workspace (firm-match.ts),
// merging the row into the stored firm (merge-enterprise.ts), the 挂链 each row adds (plan-mappings.ts)
// and deletions the row asks for. Also resolves a USCC/Id/name to a firm for link and lead rows.
import { makeEnterprise } from '../domain/defaults.js';
import type { WorkspaceData } from '../domain/workspace-data.js';
import type { Enterprise } from '../domain/schemas.js';
import type { EnterpriseDraft } from './drafts.js';
import { indexFirms, matchFirm, type FirmIndex } from './firm-match.js';
import { mergeFirm } from './merge-enterprise.js';
import { nameKey } from './name-key.js';
import { foldKey } from './normalize-cell.js';
import { record, type Outcomes } from './plan-outcomes.js';
import { planMappings, segmentsByFirm } from './plan-mappings.js';
import type { SegmentIndex } from './plan-taxonomy.js';
import {
  zeroCounts,
  type AliasOp,
  type AmbiguousMatch,
  type Counts,
  type EnterpriseOp,
  type EnterpriseRecord,
  type MappingOp,
  type MatchDecisions,
  type PlanOptions,
  type Ref,
} from './plan-types.js';
import type { ImportIssue, RowOrigin } from './types.js';

export type FirmResolver = {
  /** A firm by USCC, the file's own Id, or name; undefined when neither the files nor the workspace have it. */
  find(text: string | null, uscc: string | null): Ref | undefined;
  /** Every firm name a link may name: the files' (accepted rows) and the workspace's. */
  names(): string[];
  /** True when the name matches several workspace firms and no decision says which. */
  ambiguous(text: string | null): boolean;
  /** The chains a firm is mapped to, by the files' rows and the workspace (for bare segment names). */
  chains(ref: Ref): string[];
  /** The firm's own row, when the files list it but that row was rejected: where and why. */
  rejected(
    text: string | null,
    uscc: string | null,
  ): { origin: RowOrigin; reason: string } | undefined;
};

export type EnterprisePlan = {
  enterprises: EnterpriseOp[];
  aliases: AliasOp[];
  mappings: MappingOp[];
  removeEnterprises: number[];
  resolver: FirmResolver;
  counts: Counts;
  issues: ImportIssue[];
  ambiguous: AmbiguousMatch[];
};

export type EnterpriseInput = {
  ws: WorkspaceData;
  segments: SegmentIndex;
  decisions: MatchDecisions;
  options: PlanOptions;
  nextRef: () => Ref;
  outcomes: Outcomes;
  /** Chains the files themselves define, tried when a bare segment name is still ambiguous. */
  fileChains: readonly string[];
  /** Rows rejected while reading (name and USCC as written, and their first error). */
  readRejected: readonly { origin: RowOrigin; name: string; uscc: string | null; reason: string }[];
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

type Seen = { ref: Ref; origin: RowOrigin; uscc: string | null };

export function planEnterprises(
  drafts: readonly EnterpriseDraft[],
  input: EnterpriseInput,
): EnterprisePlan {
  const { ws, decisions, options, outcomes } = input;
  const issues: ImportIssue[] = [];
  const counts = zeroCounts();
  const ambiguous: AmbiguousMatch[] = [];
  const ix: FirmIndex = indexFirms(ws.enterprises, options.aliases);
  const fileByUscc = new Map<string, Seen>();
  const fileByName = new Map<string, Seen>();
  const fileById = new Map<string, Ref>();
  const sharedNames = new Set<string>();
  const rejectedByKey = new Map<string, { origin: RowOrigin; reason: string }>();
  for (const r of input.readRejected) {
    rejectedByKey.set(`n:${nameKey(r.name)}`, r);
    if (r.uscc) rejectedByKey.set(`u:${r.uscc}`, r);
  }
  const enterprises: EnterpriseOp[] = [];
  const aliases: AliasOp[] = [];
  const mappings: MappingOp[] = [];
  const removeEnterprises: number[] = [];
  const current = segmentsByFirm(ws.mappings);
  const firmChains = new Map<Ref, Set<string>>();
  for (const [firm, list] of current)
    firmChains.set(firm, new Set(list.map((m) => input.segments.chainOf(m.segmentId))));
  const accept = new Set(options.acceptNames ?? []);
  const replace = new Set(options.replace ?? []);

  const reject = (d: EnterpriseDraft, issue: ImportIssue): void => {
    counts.rejected++;
    issues.push(issue);
    rejectedByKey.set(`n:${nameKey(d.name)}`, { origin: d.origin, reason: issue.messageZh });
    if (d.uscc) rejectedByKey.set(`u:${d.uscc}`, { origin: d.origin, reason: issue.messageZh });
    record(outcomes, d.origin, 'rejected');
  };

  for (const d of drafts) {
    const key = nameKey(d.name);
    const byUscc = d.uscc ? fileByUscc.get(d.uscc) : undefined;
    const byName = fileByName.get(key);
    // Two rows of one name with two different USCCs are two legal persons: both are imported, with a
    // warning, and a link naming only that name must then give a USCC.
    const namesake = !byUscc && byName && d.uscc && byName.uscc && byName.uscc !== d.uscc;
    if (namesake) {
      sharedNames.add(key);
      issues.push({
        ...d.origin,
        column: '',
        severity: 'warning',
        code: 'POSSIBLE_DUPLICATE',
        messageZh: `企业“${d.name}”与 ${at(byName.origin, d.origin)} 同名但统一社会信用代码不同，按两家企业导入`,
        messageEn: `'${d.name}' has the name of ${atEn(byName.origin, d.origin)} but another USCC; imported as two firms`,
      });
    }
    const dup = byUscc ?? (namesake ? undefined : byName);
    if (dup) {
      reject(d, {
        ...d.origin,
        column: '',
        severity: 'error',
        code: 'DUPLICATE_FIRM',
        messageZh: `企业“${d.name}”与 ${at(dup.origin, d.origin)} 重复`,
        messageEn: `'${d.name}' duplicates ${atEn(dup.origin, d.origin)}`,
      });
      continue;
    }
    const m = matchFirm(d.name, d.uscc, ix, decisions);
    if (m.kind === 'several') {
      ambiguous.push({
        nameKey: m.key,
        name: d.name,
        kind: 'several',
        uscc: d.uscc,
        origin: d.origin,
        candidates: m.candidates.map((e) => ({
          id: e.id,
          name: e.name,
          uscc: e.uscc,
          reason: 'sameName',
        })),
      });
      reject(d, {
        ...d.origin,
        column: '',
        severity: 'error',
        code: 'AMBIGUOUS_MATCH',
        messageZh: `工作区中有 ${m.candidates.length} 家企业名称与“${d.name}”相同，请选择对应哪一家`,
        messageEn: `${m.candidates.length} firms in the workspace match '${d.name}'; choose which one`,
      });
      continue;
    }
    if (m.kind === 'possibleDuplicate') {
      ambiguous.push({
        nameKey: m.key,
        name: d.name,
        kind: 'possibleDuplicate',
        uscc: d.uscc,
        origin: d.origin,
        candidates: m.candidates,
      });
      const names = m.candidates
        .map((c) => `“${c.name}”${c.uscc ? `（${c.uscc}）` : ''}`)
        .join('、');
      const why =
        m.candidates[0]?.reason === 'sameNameOtherUscc'
          ? '名称相同但统一社会信用代码不同'
          : m.candidates[0]?.reason === 'alias'
            ? '与其曾用名相同'
            : '与其简称相同';
      const whyEn =
        m.candidates[0]?.reason === 'sameNameOtherUscc'
          ? 'same name, different USCC'
          : m.candidates[0]?.reason === 'alias'
            ? 'matches its former name'
            : 'matches its short name';
      issues.push({
        ...d.origin,
        column: '',
        severity: 'warning',
        code: 'POSSIBLE_DUPLICATE',
        messageZh: `“${d.name}”可能就是工作区中的 ${names}（${why}）：请选择“同一企业”或“不同企业”；不作选择而接受警告时按另一家企业新增`,
        messageEn: `'${d.name}' may be the workspace's ${m.candidates.map((c) => `'${c.name}'`).join(', ')} (${whyEn}): choose same firm or different firm; accepting the warning without a choice adds it as another firm`,
      });
    }
    const match = m.kind === 'matched' ? m.firm : undefined;

    if (d.action === 'delete') {
      if (!match) {
        issues.push({
          ...d.origin,
          column: '操作',
          severity: 'warning',
          code: 'NOT_FOUND',
          messageZh: `要删除的企业“${d.name}”不在工作区中，本行忽略`,
          messageEn: `'${d.name}' is not in the workspace; nothing to delete`,
        });
        record(outcomes, d.origin, 'unchanged');
        counts.unchanged++;
        continue;
      }
      removeEnterprises.push(match.id);
      fileByName.set(key, { ref: match.id, origin: d.origin, uscc: match.uscc });
      const links = ws.links.filter(
        (l) => l.supplierId === match.id || l.buyerId === match.id,
      ).length;
      const maps = (current.get(match.id) ?? []).length;
      record(
        outcomes,
        d.origin,
        'deleted',
        [
          {
            field: 'enterprise',
            label: '企业',
            before: `${match.name}（${maps} 条挂链、${links} 条供应关系）`,
            after: '',
            removes: true,
          },
        ],
        match.id,
      );
      counts.deleted++;
      continue;
    }

    const ref = match ? match.id : input.nextRef();
    const seen: Seen = { ref, origin: d.origin, uscc: d.uscc };
    if (d.uscc) fileByUscc.set(d.uscc, seen);
    if (!fileByName.has(key)) fileByName.set(key, seen);
    if (d.externalId) fileById.set(foldKey(d.externalId), ref);

    const base: EnterpriseRecord = match
      ? recordOf(match)
      : recordOf(makeEnterprise(0, d.name, { uscc: d.uscc }));
    // A former name (alias) is not a rename proposal; a USCC match under a really different name is.
    const via = m.kind === 'matched' ? m.via : null;
    const row = via === 'alias' && match ? { ...d, name: match.name } : d;
    if (match && via === 'uscc' && nameKey(d.name) !== nameKey(match.name) && !accept.has(match.id))
      issues.push({
        ...d.origin,
        column: '',
        severity: 'warning',
        code: 'NAME_DIFFERS',
        messageZh: `统一社会信用代码相同，但名称与工作区中的“${match.name}”不同：默认保留工作区的名称；接受改名后旧名称作为曾用名保留、仍可搜索`,
        messageEn: `same USCC as '${match.name}' but another name: the stored name is kept unless the rename is accepted (the old name then stays searchable as an alias)`,
      });
    // A new firm lists no field changes (the row preview shows its values as read).
    const merged = mergeFirm(base, row, {
      acceptName: match ? accept.has(match.id) : true,
      replaceTags: replace.has('tags'),
      diff: match !== undefined,
    });
    const mapping = planMappings(d, ref, {
      index: input.segments,
      current: match ? (current.get(match.id) ?? []) : [],
      extraChains: [match ? [...(firmChains.get(match.id) ?? [])] : [], [...input.fileChains]],
      replace: replace.has('segments'),
      issues,
    });
    if (mapping === null) {
      counts.rejected++;
      // Remembered by USCC too: a link row may name the firm by its code alone.
      const why = { origin: d.origin, reason: issues[issues.length - 1]?.messageZh ?? '' };
      rejectedByKey.set(`n:${key}`, why);
      if (d.uscc) rejectedByKey.set(`u:${d.uscc}`, why);
      if (fileByName.get(key) === seen) fileByName.delete(key);
      if (d.uscc) fileByUscc.delete(d.uscc);
      record(outcomes, d.origin, 'rejected');
      continue;
    }
    const chains = firmChains.get(ref) ?? new Set<string>();
    for (const c of d.chains) chains.add(c);
    for (const i of mapping.op?.items ?? []) chains.add(input.segments.chainOf(i.segmentRef));
    firmChains.set(ref, chains);

    const changes = [...merged.changes, ...mapping.changes];
    const written = merged.changes.some((c) => c.pending === undefined);
    if (!match || written) enterprises.push({ ref, isNew: !match, record: merged.record });
    if (merged.oldName !== null) aliases.push({ enterpriseRef: ref, alias: merged.oldName });
    if (mapping.op) mappings.push(mapping.op);
    const outcome = !match ? 'new' : written || mapping.op ? 'updated' : 'unchanged';
    counts[outcome]++;
    record(outcomes, d.origin, outcome, changes, match?.id ?? null);
  }

  const resolver: FirmResolver = {
    find(text, uscc) {
      // USCC first: a name may be shared or misspelt, the code is the firm.
      if (uscc) {
        const r = fileByUscc.get(uscc)?.ref ?? ix.byUscc.get(uscc)?.id;
        if (r !== undefined) return r;
      }
      if (text === null) return undefined;
      // Link rows ask twice each; most files have no 企业编号 column to fold the text for.
      const byId = fileById.size > 0 ? fileById.get(foldKey(text)) : undefined;
      if (byId !== undefined) return byId;
      const key = nameKey(text);
      if (sharedNames.has(key)) return undefined;
      const inFile = fileByName.get(key)?.ref;
      if (inFile !== undefined) return inFile;
      const inWs = ix.byName.get(key) ?? [];
      const decided = decisions[key];
      if (typeof decided === 'number' && inWs.some((e) => e.id === decided)) return decided;
      if (inWs.length === 1) return inWs[0]?.id;
      if (inWs.length > 1) return undefined;
      const aliased = ix.byAlias.get(key) ?? [];
      return aliased.length === 1 ? aliased[0]?.id : undefined;
    },
    ambiguous(text) {
      if (text === null) return false;
      const key = nameKey(text);
      if (sharedNames.has(key)) return true;
      // A choice naming none of the firms of that name (one deleted since) settles nothing.
      const inWs = ix.byName.get(key) ?? [];
      return !fileByName.has(key) && inWs.length > 1 && !inWs.some((e) => e.id === decisions[key]);
    },
    chains: (ref) => [...(firmChains.get(ref) ?? [])],
    names: () => [...enterprises.map((e) => e.record.name), ...ws.enterprises.map((e) => e.name)],
    rejected(text, uscc) {
      return (
        (uscc ? rejectedByKey.get(`u:${uscc}`) : undefined) ??
        (text === null ? undefined : rejectedByKey.get(`n:${nameKey(text)}`))
      );
    },
  };
  return { enterprises, aliases, mappings, removeEnterprises, resolver, counts, issues, ambiguous };
}
