// The pure heart of an import: drafts from the files + a snapshot of the workspace → a plan (what
// would be new/updated/unchanged/rejected, every issue, every row with its changes, and the ops the
// service writes in one transaction). Taxonomy, firms and links are planned in their own modules.
import type { WorkspaceData } from '../domain/workspace-data.js';
import type { Drafts } from './drafts.js';
import { nameKey } from './name-key.js';
import { planEnterprises, type FirmResolver } from './plan-enterprises.js';
import { planLinks } from './plan-links.js';
import { resolveInContext } from './plan-mappings.js';
import { record, startRows, type Outcomes } from './plan-outcomes.js';
import { attachIssues } from './plan-rows.js';
import { planTaxonomy, segmentIssue, type SegmentIndex } from './plan-taxonomy.js';
import {
  zeroCounts,
  type Counts,
  type ImportPlan,
  type LeadOp,
  type MatchDecisions,
  type PlanOptions,
  type Ref,
} from './plan-types.js';
import type { ImportIssue } from './types.js';

export function planImport(
  drafts: Drafts,
  ws: WorkspaceData,
  decisions: MatchDecisions = {},
  options: PlanOptions = {},
): ImportPlan {
  let counter = 0;
  const nextRef = (): Ref => --counter;
  const { rows, outcomes } = startRows(drafts.rows);
  const tax = planTaxonomy(drafts.chains, ws, nextRef, outcomes);
  const fileChains = [...new Set(drafts.chains.map((c) => c.chain))];
  const readRejected = drafts.rows
    .filter((r) => r.kind === 'enterprises' && !r.drafted)
    .map((r) => ({
      origin: r.origin,
      name: r.label,
      uscc: r.uscc,
      reason: r.issues.find((i) => i.severity === 'error')?.messageZh ?? '',
    }));
  const firms = planEnterprises(drafts.enterprises, {
    ws,
    segments: tax.index,
    decisions,
    options,
    nextRef,
    outcomes,
    fileChains,
    readRejected,
  });
  const replace = new Set(options.replace ?? []);
  const links = planLinks(drafts.links, {
    ws,
    firms: firms.resolver,
    segments: tax.index,
    outcomes,
    fileChains,
    replace: replace.has('links'),
  });
  const leads = planLeads(drafts, ws, firms.resolver, tax.index, outcomes, fileChains);
  const issues = [...tax.issues, ...firms.issues, ...links.issues, ...leads.issues];
  return {
    counts: {
      enterprises: firms.counts,
      links: links.counts,
      chains: tax.counts,
      leads: leads.counts,
    },
    issues,
    ambiguous: firms.ambiguous,
    rows: attachIssues(rows, issues),
    ops: {
      clusters: tax.clusters,
      chains: tax.chains,
      segments: tax.segments,
      enterprises: firms.enterprises,
      aliases: firms.aliases,
      mappings: firms.mappings,
      links: links.ops,
      leads: leads.ops,
      removeEnterprises: firms.removeEnterprises,
      removeLinks: links.removeLinks,
    },
  };
}

function planLeads(
  drafts: Drafts,
  ws: WorkspaceData,
  firms: FirmResolver,
  segments: SegmentIndex,
  outcomes: Outcomes,
  fileChains: readonly string[],
) {
  const issues: ImportIssue[] = [];
  const counts: Counts = zeroCounts();
  const ops: LeadOp[] = [];
  const key = (name: string, seg: Ref | null): string => `${nameKey(name)}>${seg ?? ''}`;
  const existing = new Map(ws.leads.map((l) => [key(l.targetName, l.segmentId), l]));
  for (const d of drafts.leads) {
    let segmentRef: Ref | null = null;
    if (d.segment) {
      const r = resolveInContext(segments, d.segment, [], [fileChains]);
      if (!r.ok) {
        counts.rejected++;
        issues.push(segmentIssue(d.origin, '拟补环节', d.segment.text, r));
        record(outcomes, d.origin, 'rejected');
        continue;
      }
      segmentRef = r.ref;
    }
    const old = existing.get(key(d.targetName, segmentRef));
    const rec = {
      enterpriseRef: firms.find(d.targetName, d.targetUscc) ?? null,
      targetName: d.targetName,
      segmentRef,
      stage: d.stage ?? old?.stage ?? 'lead',
      owner: d.owner ?? old?.owner ?? null,
      nextStep: d.nextStep ?? old?.nextStep ?? null,
      nextDate: d.nextDate ?? old?.nextDate ?? null,
      notes: d.notes ?? old?.notes ?? null,
    };
    const outcome = settle(
      ops,
      counts,
      rec,
      old,
      (o) =>
        rec.enterpriseRef === o.enterpriseId &&
        rec.targetName === o.targetName &&
        rec.stage === o.stage &&
        rec.owner === o.owner &&
        rec.nextStep === o.nextStep &&
        rec.nextDate === o.nextDate &&
        rec.notes === o.notes,
    );
    record(outcomes, d.origin, outcome, [], old?.id ?? null);
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
): 'new' | 'updated' | 'unchanged' {
  if (!old) {
    ops.push({ id: null, record });
    counts.new++;
    return 'new';
  }
  if (isUnchanged(old)) {
    counts.unchanged++;
    return 'unchanged';
  }
  ops.push({ id: old.id, record });
  counts.updated++;
  return 'updated';
}
