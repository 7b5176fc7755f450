// Row → draft mapping for the four sheet kinds. Each mapper reads one row through its RowContext;
// problems become issues on that row, and a row with an error yields no draft.
import type {
  ChainDraft,
  EnterpriseDraft,
  LeadDraft,
  LinkDraft,
  RowAction,
  SegmentRef,
} from './drafts.js';
import { parseSegmentRef } from './drafts.js';
import { foldKey } from './normalize-cell.js';
import { latestFoundedYear } from './parse-values.js';
import type { RowContext } from './row-context.js';
import { canonicalTags, tagsSayAboveScale } from './tag-flags.js';
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

const DELETE_WORDS = new Set(['删除', '删除企业', '删除记录', '删除关系', 'delete', 'remove']);
const REMOVE_SEGMENT_WORDS = new Set(['删除挂链', '移除挂链', '删除环节', '移除环节', '取消挂链']);
const KEEP_WORDS = new Set(['新增', '更新', '修改', '保留', '导入', 'add', 'update', 'keep']);

/** The 操作 column: blank/新增/更新 import the row; 删除 removes the record; 删除挂链 only the 挂链. */
function action(ctx: RowContext, allowSegments: boolean): RowAction | null {
  const t = ctx.text('action');
  if (t === null || KEEP_WORDS.has(foldKey(t))) return null;
  if (DELETE_WORDS.has(foldKey(t))) return 'delete';
  if (allowSegments && REMOVE_SEGMENT_WORDS.has(foldKey(t))) return 'removeSegments';
  const words = allowSegments ? '删除、删除挂链、新增、更新' : '删除、新增、更新';
  ctx.issue(
    'error',
    'BAD_VALUE',
    'action',
    `无法识别的操作“${t}”，应为 ${words} 或留空`,
    `unknown action '${t}', expected 删除 (delete)${allowSegments ? ', 删除挂链 (remove the named 挂链)' : ''}, 新增/更新 or blank`,
  );
  return null;
}

export function mapEnterpriseRow(ctx: RowContext): EnterpriseDraft | undefined {
  const name = ctx.text('name');
  const externalId = ctx.text('externalId');
  if (name === null && externalId === null) {
    ctx.issue('error', 'MISSING_NAME', 'name', '缺少企业名称', 'missing enterprise name');
  }
  const uscc = ctx.has('uscc') ? ctx.uscc('uscc') : null;
  const values: EnterpriseDraft['values'] = {};
  // A blank cell says nothing: only what the row states is set, so a re-import never blanks a field.
  const text = (field: keyof EnterpriseDraft['values']): void => {
    const v = ctx.has(field) ? ctx.text(field) : null;
    if (v !== null) (values as Record<string, unknown>)[field] = v;
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
  if (ctx.has('ownership')) {
    const v = ctx.word('ownership', OWNERSHIP_WORDS);
    if (v !== null) values.ownership = v;
  }
  if (ctx.has('status')) {
    const v = ctx.word('status', STATUS_WORDS);
    if (v !== null) values.status = v;
  }
  if (ctx.has('tags')) {
    let tags = canonicalTags(ctx.list('tags'));
    // 规上 written as a tag is the same fact as the 是否规上 column. When the two disagree the
    // column wins (it is the one answer to that question) and the 规上 tag is dropped, so the
    // analysis, filters and export never count the firm as 规上; the user is told.
    if (values.isAboveScale === false && tagsSayAboveScale(tags)) {
      tags = tags.filter((t) => t !== '规上');
      ctx.issue(
        'warning',
        'FLAG_CONFLICT',
        'tags',
        '“是否规上”为“否”，但标签中有“规上”：以“是否规上”列为准，不记为规上企业，标签“规上”不导入',
        '是否规上 says no but the tags say 规上: the 是否规上 column wins; the firm is not recorded as above scale and the 规上 tag is not imported',
      );
    }
    if (tags.length > 0) values.tags = tags;
    if (tagsSayAboveScale(tags) && values.isAboveScale === undefined) values.isAboveScale = true;
  }
  // A figure that cannot be read is skipped with a warning: the firm itself is still worth importing.
  const number = (field: 'revenue' | 'employees' | 'founded'): void => {
    if (!ctx.has(field)) return;
    const v =
      field === 'revenue'
        ? ctx.amount(field, true)
        : field === 'employees'
          ? ctx.integer(field, true)
          : ctx.year(field, true, latestFoundedYear());
    if (v !== null) values[field] = v;
  };
  number('revenue');
  number('employees');
  number('founded');
  const chains = ctx.list('chains');
  const act = action(ctx, true);
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
    action: act,
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
    amount: ctx.amount('amount', true),
    share: ctx.share('share', true),
    source: ctx.word('source', LINK_SOURCE_WORDS),
    yearFrom: ctx.year('yearFrom'),
    yearTo: ctx.year('yearTo'),
    action: action(ctx, false),
  };
  if (draft.amount !== null && draft.amount < 0) {
    ctx.issue(
      'warning',
      'BAD_NUMBER',
      'amount',
      '供货额不能为负数，本行此项不导入（保留原值）',
      'amount cannot be negative; the field is skipped for this row (the stored value stays)',
    );
    draft.amount = null;
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
  // A missing 位置 is refused only for a new segment (planTaxonomy): a row restating a stored
  // segment without it keeps the stored stage, as a blank cell keeps any stored value.
  const draft: ChainDraft = {
    origin: ctx.origin,
    cluster: ctx.text('cluster'),
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
