// Row → draft mapping for the four sheet kinds. Each mapper reads one row through its RowContext;
// problems become issues on that row, and a row with an error yields no draft.
import type { ChainDraft, EnterpriseDraft, LeadDraft, LinkDraft, SegmentRef } from './drafts.js';
import { parseSegmentRef } from './drafts.js';
import type { RowContext } from './row-context.js';
import {
  LEAD_STAGE_WORDS,
  LINK_SOURCE_WORDS,
  OWNERSHIP_WORDS,
  STAGE_WORDS,
  STATUS_WORDS,
} from './vocab.js';

const refs = (ctx: RowContext, field: string, chains: string[]): SegmentRef[] | null => {
  if (!ctx.has(field)) return null;
  const chain = chains.length === 1 ? (chains[0] ?? null) : null;
  return ctx.list(field).map((t) => parseSegmentRef(t, chain));
};

export function mapEnterpriseRow(ctx: RowContext): EnterpriseDraft | undefined {
  const name = ctx.text('name');
  const externalId = ctx.text('externalId');
  if (name === null && externalId === null) {
    ctx.issue('error', 'MISSING_NAME', 'name', '缺少企业名称', 'missing enterprise name');
  }
  const uscc = ctx.has('uscc') ? ctx.uscc('uscc') : null;
  const values: EnterpriseDraft['values'] = {};
  const text = (field: keyof EnterpriseDraft['values']): void => {
    if (ctx.has(field)) (values as Record<string, unknown>)[field] = ctx.text(field);
  };
  for (const f of [
    'province',
    'city',
    'country',
    'park',
    'grid',
    'responsiblePerson',
    'investorCountry',
    'mainProducts',
  ] as const)
    text(f);
  if (ctx.has('isLocal')) {
    const v = ctx.bool('isLocal');
    if (v !== null) values.isLocal = v;
  } else if (values.park) {
    values.isLocal = true; // a firm listed in one of the zone's parks is inside the zone
  }
  if (ctx.has('isAboveScale')) {
    const v = ctx.bool('isAboveScale');
    if (v !== null) values.isAboveScale = v;
  }
  if (ctx.has('ownership')) values.ownership = ctx.word('ownership', OWNERSHIP_WORDS);
  if (ctx.has('status')) {
    const v = ctx.word('status', STATUS_WORDS);
    if (v !== null) values.status = v;
  }
  if (ctx.has('tags')) values.tags = ctx.list('tags');
  if (ctx.has('revenue')) values.revenue = ctx.amount('revenue');
  if (ctx.has('employees')) values.employees = ctx.integer('employees');
  if (ctx.has('founded')) values.founded = ctx.year('founded');
  const chains = ctx.list('chains');
  if (ctx.rejected()) return undefined;
  return {
    origin: ctx.origin,
    name: name ?? externalId ?? '',
    uscc,
    externalId,
    values,
    chains,
    segments: refs(ctx, 'segments', chains),
    uncertainSegments: refs(ctx, 'uncertainSegments', chains),
  };
}

export function mapLinkRow(ctx: RowContext): LinkDraft | undefined {
  const supplier = {
    text: ctx.text('supplier'),
    uscc: ctx.has('supplierUscc') ? ctx.uscc('supplierUscc') : null,
    field: 'supplier' as const,
  };
  const buyer = {
    text: ctx.text('buyer'),
    uscc: ctx.has('buyerUscc') ? ctx.uscc('buyerUscc') : null,
    field: 'buyer' as const,
  };
  if (supplier.text === null && supplier.uscc === null) {
    ctx.issue('error', 'MISSING_FIELD', 'supplier', '缺少供应方', 'missing supplier');
  }
  if (buyer.text === null && buyer.uscc === null) {
    ctx.issue('error', 'MISSING_FIELD', 'buyer', '缺少采购方', 'missing buyer');
  }
  const segmentText = ctx.text('segment');
  const draft: LinkDraft = {
    origin: ctx.origin,
    supplier,
    buyer,
    product: ctx.text('product'),
    segment: segmentText === null ? null : parseSegmentRef(segmentText),
    amount: ctx.amount('amount'),
    share: ctx.share('share'),
    source: ctx.word('source', LINK_SOURCE_WORDS),
    yearFrom: ctx.year('yearFrom'),
    yearTo: ctx.year('yearTo'),
  };
  if (draft.amount !== null && draft.amount < 0) {
    ctx.issue('error', 'BAD_NUMBER', 'amount', '供货额不能为负数', 'amount cannot be negative');
  }
  if (draft.yearFrom !== null && draft.yearTo !== null && draft.yearFrom > draft.yearTo) {
    ctx.issue(
      'error',
      'BAD_YEAR',
      'yearTo',
      '截止年份早于起始年份',
      'end year is before start year',
    );
  }
  return ctx.rejected() ? undefined : draft;
}

export function mapChainRow(ctx: RowContext): ChainDraft | undefined {
  const chain = ctx.text('chain');
  if (chain === null)
    ctx.issue('error', 'MISSING_FIELD', 'chain', '缺少产业链名称', 'missing chain name');
  const segment = ctx.text('segment');
  const stage = ctx.word('stage', STAGE_WORDS);
  if (segment !== null && stage === null && !ctx.rejected()) {
    ctx.issue(
      'error',
      'MISSING_FIELD',
      'stage',
      '缺少环节位置（上游/中游/下游）',
      'missing stage (upstream/midstream/downstream)',
    );
  }
  const draft: ChainDraft = {
    origin: ctx.origin,
    cluster: ctx.text('cluster') ?? '未分组',
    clusterColor: ctx.text('clusterColor'),
    chain: chain ?? '',
    owner: ctx.text('owner'),
    description: ctx.text('description'),
    segment,
    parent: ctx.text('parent'),
    stage,
    isKey: ctx.bool('isKey'),
    targetCount: ctx.integer('targetCount'),
  };
  if (draft.targetCount !== null && draft.targetCount < 0) {
    ctx.issue(
      'error',
      'BAD_NUMBER',
      'targetCount',
      '目标企业数不能为负数',
      'target count cannot be negative',
    );
  }
  return ctx.rejected() ? undefined : draft;
}

export function mapLeadRow(ctx: RowContext): LeadDraft | undefined {
  const targetName = ctx.text('target');
  if (targetName === null)
    ctx.issue('error', 'MISSING_NAME', 'target', '缺少目标企业', 'missing target enterprise');
  const chain = ctx.text('chain');
  const segmentText = ctx.text('segment');
  const draft: LeadDraft = {
    origin: ctx.origin,
    targetName: targetName ?? '',
    targetUscc: ctx.has('targetUscc') ? ctx.uscc('targetUscc') : null,
    segment: segmentText === null ? null : parseSegmentRef(segmentText, chain),
    stage: ctx.word('stage', LEAD_STAGE_WORDS),
    owner: ctx.text('owner'),
    nextStep: ctx.text('nextStep'),
    nextDate: ctx.date('nextDate'),
    notes: ctx.text('notes'),
  };
  return ctx.rejected() ? undefined : draft;
}
