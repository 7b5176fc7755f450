// Plans supply-link rows: both firms resolved (USCC before name), the segment resolved from the
// row, then the supplier's and the buyer's chains, then the chains the files define; a link the
// workspace has is updated only in the fields the row states; 删除 and replace mode remove links.
import type { WorkspaceData } from '../domain/workspace-data.js';
import type { LinkDraft } from './drafts.js';
import { nameKey } from './name-key.js';
import type { FirmResolver } from './plan-enterprises.js';
import { resolveInContext } from './plan-mappings.js';
import { record, type Outcomes } from './plan-outcomes.js';
import { segmentIssue, type SegmentIndex } from './plan-taxonomy.js';
import { didYouMean, firmSuggester } from './suggest.js';
import {
  zeroCounts,
  type Counts,
  type FieldChange,
  type LinkOp,
  type LinkRecord,
  type Ref,
} from './plan-types.js';
import type { ImportIssue } from './types.js';

const linkKey = (s: Ref, b: Ref, product: string | null): string =>
  `${s}>${b}>${nameKey(product ?? '')}`;

export type LinkInput = {
  ws: WorkspaceData;
  firms: FirmResolver;
  segments: SegmentIndex;
  outcomes: Outcomes;
  fileChains: readonly string[];
  replace: boolean;
};

function endpointIssue(
  d: LinkDraft,
  side: 'supplier' | 'buyer',
  firms: FirmResolver,
  suggest: (text: string) => string[],
): ImportIssue {
  const e = d[side];
  const who = e.text ?? e.uscc ?? '';
  const zhSide = side === 'supplier' ? '供应方' : '采购方';
  const base = { ...d.origin, column: zhSide, severity: 'error' as const };
  const rejected = firms.rejected(e.text, e.uscc);
  if (rejected) {
    const where = `${rejected.origin.file === d.origin.file ? '' : `${rejected.origin.file} `}${rejected.origin.sheet} 第 ${rejected.origin.row} 行`;
    return {
      ...base,
      code: 'UNKNOWN_ENDPOINT',
      messageZh: `${zhSide}“${who}”在 ${where}未能导入（${rejected.reason}），本行随之不导入`,
      messageEn: `${side} '${who}' was not imported (${rejected.origin.sheet} row ${rejected.origin.row}: ${rejected.reason}), so this row is not either`,
    };
  }
  if (firms.ambiguous(e.text))
    return {
      ...base,
      code: 'AMBIGUOUS_MATCH',
      messageZh: `${zhSide}“${who}”对应多家同名企业（导入文件或工作区中），请填写其统一社会信用代码`,
      messageEn: `${side} '${who}' matches several firms of that name (in the files or the workspace); add its USCC`,
    };
  const [zh, en] = didYouMean(e.text === null ? [] : suggest(e.text));
  return {
    ...base,
    code: 'UNKNOWN_ENDPOINT',
    messageZh: `${zhSide}“${who}”既不在导入文件中，也不在工作区中${zh}`,
    messageEn: `${side} '${who}' is neither in the imported files nor in the workspace${en}`,
  };
}

export function planLinks(drafts: readonly LinkDraft[], input: LinkInput) {
  const { ws, firms, segments, outcomes } = input;
  const issues: ImportIssue[] = [];
  const counts: Counts = zeroCounts();
  const ops: LinkOp[] = [];
  const removeLinks: number[] = [];
  const existing = new Map(ws.links.map((l) => [linkKey(l.supplierId, l.buyerId, l.product), l]));
  const seen = new Map<string, number>();
  const suppliers = new Map<Ref, LinkDraft>();
  const suggest = firmSuggester(() => firms.names(), nameKey);
  const reject = (d: LinkDraft, issue: ImportIssue): void => {
    counts.rejected++;
    issues.push(issue);
    record(outcomes, d.origin, 'rejected');
  };
  for (const d of drafts) {
    const s = firms.find(d.supplier.text, d.supplier.uscc);
    const b = firms.find(d.buyer.text, d.buyer.uscc);
    if (s === undefined) issues.push(endpointIssue(d, 'supplier', firms, suggest));
    if (b === undefined) issues.push(endpointIssue(d, 'buyer', firms, suggest));
    let segmentRef: Ref | null = null;
    if (d.segment) {
      const contexts = [s, b].map((r) => (r === undefined ? [] : firms.chains(r)));
      const r = resolveInContext(segments, d.segment, [], [...contexts, input.fileChains]);
      if (r.ok) segmentRef = r.ref;
      else {
        reject(d, segmentIssue(d.origin, '所属环节', d.segment.text, r));
        continue;
      }
    }
    if (s === undefined || b === undefined) {
      counts.rejected++;
      record(outcomes, d.origin, 'rejected');
      continue;
    }
    if (s === b) {
      reject(d, {
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
      record(outcomes, d.origin, 'unchanged');
      continue;
    }
    seen.set(key, d.origin.row);
    if (!suppliers.has(s)) suppliers.set(s, d);
    const old = s > 0 && b > 0 ? existing.get(key) : undefined;
    if (d.action === 'delete') {
      if (old) {
        removeLinks.push(old.id);
        counts.deleted++;
        const what = [d.product, old.amount === null ? null : `${old.amount} 万元`].filter(Boolean);
        record(
          outcomes,
          d.origin,
          'deleted',
          [
            {
              field: 'link',
              label: '供应关系',
              before: what.join('，') || '存在',
              after: '',
              removes: true,
            },
          ],
          old.id,
        );
      } else {
        issues.push({
          ...d.origin,
          column: '操作',
          severity: 'warning',
          code: 'NOT_FOUND',
          messageZh: '要删除的供应关系不在工作区中，本行忽略',
          messageEn: 'the link to delete is not in the workspace; row ignored',
        });
        counts.unchanged++;
        record(outcomes, d.origin, 'unchanged');
      }
      continue;
    }
    // Only what the row states changes; a blank cell keeps the stored value.
    const rec: LinkRecord = {
      supplierRef: s,
      buyerRef: b,
      product: d.product,
      segmentRef: segmentRef ?? old?.segmentId ?? null,
      amount: d.amount ?? old?.amount ?? null,
      share: d.share ?? old?.share ?? null,
      source: d.source ?? old?.source ?? 'reported',
      yearFrom: d.yearFrom ?? old?.yearFrom ?? null,
      yearTo: d.yearTo ?? old?.yearTo ?? null,
    };
    if (!old) {
      ops.push({ id: null, record: rec });
      counts.new++;
      record(outcomes, d.origin, 'new');
      continue;
    }
    const changes: FieldChange[] = [];
    const cmp = (
      field: string,
      label: string,
      before: unknown,
      after: unknown,
      show: (v: unknown) => string = String,
    ): void => {
      if (before !== after)
        changes.push({
          field,
          label,
          before: before === null ? '' : show(before),
          after: after === null ? '' : show(after),
        });
    };
    cmp('segment', '所属环节', old.segmentId, rec.segmentRef, (v) => segments.label(v as number));
    cmp('amount', '年供货额（万元）', old.amount, rec.amount);
    cmp('share', '占比', old.share, rec.share);
    cmp('source', '来源', old.source, rec.source);
    cmp('yearFrom', '起始年份', old.yearFrom, rec.yearFrom);
    cmp('yearTo', '截止年份', old.yearTo, rec.yearTo);
    if (changes.length === 0) {
      counts.unchanged++;
      record(outcomes, d.origin, 'unchanged', [], old.id);
    } else {
      ops.push({ id: old.id, record: rec });
      counts.updated++;
      record(outcomes, d.origin, 'updated', changes, old.id);
    }
  }
  // Replace mode: a supplier's stored links that its rows in the files do not name go.
  if (input.replace) {
    for (const l of ws.links) {
      const first = suppliers.get(l.supplierId);
      if (!first || seen.has(linkKey(l.supplierId, l.buyerId, l.product))) continue;
      removeLinks.push(l.id);
      counts.deleted++;
      const buyer = ws.enterprises.find((e) => e.id === l.buyerId)?.name ?? String(l.buyerId);
      const o = outcomes.get(first.origin);
      if (o)
        o.changes = [
          ...o.changes,
          {
            field: 'link',
            label: '供应关系（替换模式删除）',
            before: `→ ${buyer}${l.product ? `：${l.product}` : ''}`,
            after: '',
            removes: true,
          },
        ];
    }
  }
  return { ops, removeLinks, counts, issues };
}
