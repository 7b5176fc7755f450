// The pure heart of an import: drafts from the files + a snapshot of the workspace → a plan (what
// would be new/updated/unchanged/rejected, every issue, and the ops the service writes in one
// transaction). Links and leads are planned here; taxonomy and firms in their own modules.
import type { WorkspaceData } from '../analysis/input.js';
import type { Drafts, LinkDraft } from './drafts.js';
import { nameKey } from './name-key.js';
import { planEnterprises, type FirmResolver } from './plan-enterprises.js';
import { planTaxonomy, segmentIssue, type SegmentIndex } from './plan-taxonomy.js';
import {
  zeroCounts,
  type Counts,
  type ImportPlan,
  type LeadOp,
  type LinkOp,
  type MatchDecisions,
  type Ref,
} from './plan-types.js';
import type { ImportIssue } from './types.js';

export function planImport(
  drafts: Drafts,
  ws: WorkspaceData,
  decisions: MatchDecisions = {},
): ImportPlan {
  let counter = 0;
  const nextRef = (): Ref => --counter;
  const tax = planTaxonomy(drafts.chains, ws, nextRef);
  const firms = planEnterprises(drafts.enterprises, ws, tax.index, decisions, nextRef);
  const links = planLinks(drafts.links, ws, firms.resolver, tax.index);
  const leads = planLeads(drafts, ws, firms.resolver, tax.index);
  return {
    counts: {
      enterprises: firms.counts,
      links: links.counts,
      chains: tax.counts,
      leads: leads.counts,
    },
    issues: [...tax.issues, ...firms.issues, ...links.issues, ...leads.issues],
    ambiguous: firms.ambiguous,
    rows: [],
    ops: {
      clusters: tax.clusters,
      chains: tax.chains,
      segments: tax.segments,
      enterprises: firms.enterprises,
      aliases: [],
      mappings: firms.mappings,
      links: links.ops,
      leads: leads.ops,
      removeEnterprises: [],
      removeLinks: [],
    },
  };
}

const linkKey = (s: Ref, b: Ref, product: string | null): string =>
  `${s}>${b}>${nameKey(product ?? '')}`;

function planLinks(
  drafts: readonly LinkDraft[],
  ws: WorkspaceData,
  firms: FirmResolver,
  segments: SegmentIndex,
) {
  const issues: ImportIssue[] = [];
  const counts: Counts = zeroCounts();
  const ops: LinkOp[] = [];
  const existing = new Map(ws.links.map((l) => [linkKey(l.supplierId, l.buyerId, l.product), l]));
  const seen = new Map<string, number>();
  for (const d of drafts) {
    const ends = [d.supplier, d.buyer].map((e) => {
      const ref = firms.find(e.text, e.uscc);
      if (ref === undefined) {
        const who = e.text ?? e.uscc ?? '';
        const side = e.field === 'supplier' ? '供应方' : '采购方';
        const several = firms.ambiguous(e.text);
        issues.push({
          ...d.origin,
          column: side,
          severity: 'error',
          code: several ? 'AMBIGUOUS_MATCH' : 'UNKNOWN_ENDPOINT',
          messageZh: several
            ? `${side}“${who}”对应工作区中多家企业，请填写其统一社会信用代码`
            : `${side}“${who}”既不在导入文件中，也不在工作区中`,
          messageEn: several
            ? `${e.field} '${who}' matches several firms in the workspace; add its USCC`
            : `${e.field} '${who}' is neither in the imported files nor in the workspace`,
        });
      }
      return ref;
    });
    const [s, b] = ends;
    let segmentRef: Ref | null = null;
    if (d.segment) {
      const r = segments.resolve(d.segment);
      if (r.ok) segmentRef = r.ref;
      else {
        issues.push(segmentIssue(d.origin, '所属环节', d.segment.text, r));
        counts.rejected++;
        continue;
      }
    }
    if (s === undefined || b === undefined) {
      counts.rejected++;
      continue;
    }
    if (s === b) {
      counts.rejected++;
      issues.push({
        ...d.origin,
        column: '',
        severity: 'error',
        code: 'SELF_LINK',
        messageZh: '供应方与采购方是同一家企业',
        messageEn: 'supplier and buyer are the same firm',
      });
      continue;
    }
    const key = linkKey(s, b, d.product);
    const firstRow = seen.get(key);
    if (firstRow !== undefined) {
      issues.push({
        ...d.origin,
        column: '',
        severity: 'warning',
        code: 'DUPLICATE_LINK',
        messageZh: `与第 ${firstRow} 行是同一供应关系，本行忽略`,
        messageEn: `same supply link as row ${firstRow}; this row is ignored`,
      });
      continue;
    }
    seen.set(key, d.origin.row);
    const old = s > 0 && b > 0 ? existing.get(key) : undefined;
    const record = {
      supplierRef: s,
      buyerRef: b,
      product: d.product,
      segmentRef: d.segment ? segmentRef : (old?.segmentId ?? null),
      amount: d.amount ?? old?.amount ?? null,
      share: d.share ?? old?.share ?? null,
      source: d.source ?? old?.source ?? 'reported',
      yearFrom: d.yearFrom ?? old?.yearFrom ?? null,
      yearTo: d.yearTo ?? old?.yearTo ?? null,
    };
    settle(
      ops,
      counts,
      record,
      old,
      (o) =>
        record.segmentRef === o.segmentId &&
        record.amount === o.amount &&
        record.share === o.share &&
        record.source === o.source &&
        record.yearFrom === o.yearFrom &&
        record.yearTo === o.yearTo,
    );
  }
  return { ops, counts, issues };
}

function planLeads(drafts: Drafts, ws: WorkspaceData, firms: FirmResolver, segments: SegmentIndex) {
  const issues: ImportIssue[] = [];
  const counts: Counts = zeroCounts();
  const ops: LeadOp[] = [];
  const key = (name: string, seg: Ref | null): string => `${nameKey(name)}>${seg ?? ''}`;
  const existing = new Map(ws.leads.map((l) => [key(l.targetName, l.segmentId), l]));
  for (const d of drafts.leads) {
    let segmentRef: Ref | null = null;
    if (d.segment) {
      const r = segments.resolve(d.segment);
      if (!r.ok) {
        counts.rejected++;
        issues.push(segmentIssue(d.origin, '拟补环节', d.segment.text, r));
        continue;
      }
      segmentRef = r.ref;
    }
    const old = existing.get(key(d.targetName, segmentRef));
    const record = {
      enterpriseRef: firms.find(d.targetName, d.targetUscc) ?? null,
      targetName: d.targetName,
      segmentRef,
      stage: d.stage ?? old?.stage ?? 'lead',
      owner: d.owner ?? old?.owner ?? null,
      nextStep: d.nextStep ?? old?.nextStep ?? null,
      nextDate: d.nextDate ?? old?.nextDate ?? null,
      notes: d.notes ?? old?.notes ?? null,
    };
    settle(
      ops,
      counts,
      record,
      old,
      (o) =>
        record.enterpriseRef === o.enterpriseId &&
        record.targetName === o.targetName &&
        record.stage === o.stage &&
        record.owner === o.owner &&
        record.nextStep === o.nextStep &&
        record.nextDate === o.nextDate &&
        record.notes === o.notes,
    );
  }
  return { ops, counts, issues };
}

/** A record with no match is new; a matched one is updated when it differs, else only counted. */
function settle<R, O extends { id: number }>(
  ops: { id: number | null; record: R }[],
  counts: Counts,
  record: R,
  old: O | undefined,
  isUnchanged: (old: O) => boolean,
): void {
  if (!old) {
    ops.push({ id: null, record });
    counts.new++;
  } else if (isUnchanged(old)) {
    counts.unchanged++;
  } else {
    ops.push({ id: old.id, record });
    counts.updated++;
  }
}
