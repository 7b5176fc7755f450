// Human-readable text for `import`'s row preview: each new, updated, deleted and rejected row with
// its values or its changes (before → after), and the segments whose analysis state would change.
import type { ImportConsequences } from '../../../shared/ipc/import-contract.js';
import { STATE_LABEL } from '../../../shared/analysis/schemas.js';
import type { PlannedRow, RowOutcome } from '../../../shared/spreadsheet/plan-types.js';
import type { EntityKind } from '../../../shared/spreadsheet/types.js';

const OUTCOME: Record<RowOutcome, string> = {
  new: '新增 new',
  updated: '更新 updated',
  unchanged: '未变 unchanged',
  deleted: '删除 deleted',
  rejected: '有问题 rejected',
};
const KIND: Record<EntityKind, string> = {
  enterprises: '企业',
  links: '供应关系',
  chains: '产业链环节',
  leads: '招商线索',
};
/** Rows listed per outcome in text; --json has them all. */
export const ROWS_SHOWN = 200;

const where = (r: PlannedRow): string =>
  `${r.file} “${r.sheet}” 第 ${String(r.row)} 行 / row ${String(r.row)}`;
const shown = (v: string): string => (v === '' ? '（空）' : v);

function rowLines(r: PlannedRow): string[] {
  const head = `${OUTCOME[r.outcome]} ${KIND[r.kind]} “${r.label}” (${where(r)})`;
  const lines = [head];
  if (r.outcome === 'new') {
    const values = Object.entries(r.values).map(([k, v]) => `${k}=${v}`);
    if (values.length > 0) lines.push(`    ${values.join('，')}`);
  }
  for (const c of r.changes) {
    const note =
      c.pending === 'rename'
        ? `（未接受，不写入；接受：--accept-name ${String(r.matchedId ?? '?')} / not written unless accepted）`
        : c.removes
          ? '（移除 / removes）'
          : '';
    lines.push(`    ${c.label}: ${shown(c.before)} → ${shown(c.after)}${note}`);
  }
  for (const i of r.issues)
    lines.push(
      `    ${i.severity === 'error' ? '错误' : '警告'} ${i.column ? `列 ${i.column}: ` : ''}${i.messageZh} / ${i.messageEn}`,
    );
  return lines;
}

/** New, updated, deleted and rejected rows (unchanged ones are only counted), ROWS_SHOWN per outcome. */
export function formatRows(rows: readonly PlannedRow[]): string {
  const lines: string[] = [];
  const by = new Map<RowOutcome, PlannedRow[]>();
  for (const r of rows) by.set(r.outcome, [...(by.get(r.outcome) ?? []), r]);
  const summary = (['new', 'updated', 'unchanged', 'deleted', 'rejected'] as const)
    .map((o) => `${OUTCOME[o]} ${String(by.get(o)?.length ?? 0)}`)
    .join('，');
  lines.push(`行 / rows: ${summary}`);
  for (const outcome of ['updated', 'deleted', 'new', 'rejected'] as const) {
    const list = by.get(outcome) ?? [];
    for (const r of list.slice(0, ROWS_SHOWN)) lines.push(...rowLines(r));
    if (list.length > ROWS_SHOWN)
      lines.push(
        `  …另有 ${String(list.length - ROWS_SHOWN)} 行${OUTCOME[outcome]}（--json 输出全部） / ${String(list.length - ROWS_SHOWN)} more (all in --json)`,
      );
  }
  return lines.join('\n');
}

/** "强链 → 缺链: 工程机械/矿用卡车" per segment whose state the import changes. */
export function formatConsequences(c: ImportConsequences): string {
  if (c.changes.length === 0)
    return `分析结果 / analysis: 无环节状态变化（${String(c.leafSegments)} 个末级环节） / no segment changes state`;
  const lines = [`分析结果变化 / analysis consequences: ${String(c.changes.length)} 个环节`];
  for (const ch of c.changes) {
    const from = ch.before ? STATE_LABEL[ch.before].zh : '新环节';
    const fromEn = ch.before ?? 'new';
    lines.push(
      `  ${from} → ${STATE_LABEL[ch.after].zh}: ${[ch.chain, ...ch.path].join('/')}（本地企业 ${String(ch.firmsBefore)} → ${String(ch.firmsAfter)}；${ch.ruleZh}） / ${fromEn} → ${ch.after}`,
    );
  }
  return lines.join('\n');
}
