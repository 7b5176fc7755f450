// What undo says when it cannot go further, in Chinese and English: which write stopped it and when.
import type { Barrier, BarrierKind } from './undo-journal.js';

const WHAT: Record<BarrierKind, { zh: string; en: string }> = {
  import: { zh: '导入', en: 'the import' },
  restore: { zh: '恢复备份', en: 'the backup restore' },
  template: { zh: '添加产业链模板', en: 'adding a chain template' },
  demo: { zh: '写入演示数据', en: 'writing the demo data' },
  external: { zh: '另一个程序修改工作区', en: 'a change by another program' },
  unrecorded: { zh: '一项不能撤销的修改', en: 'a change that cannot be undone' },
  limit: { zh: '较早的修改超出了可撤销的数量', en: 'older edits are beyond what undo keeps' },
  failed: { zh: '撤销时数据与记录不符', en: 'the data no longer matched what undo recorded' },
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** Local time as 2026-11-30 10:41, the way the user saw the clock when it happened. */
export const clockText = (at: Date): string =>
  `${String(at.getFullYear())}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`;

/** "导入（2026-11-30 10:41）之后的修改才能撤销" and its English text. */
export function blockedMessage(barrier: Barrier): { zh: string; en: string } {
  const what = WHAT[barrier.kind];
  const when = clockText(barrier.at);
  if (barrier.kind === 'limit' || barrier.kind === 'failed')
    return {
      zh: `${what.zh}（${when}），无法继续撤销`,
      en: `Cannot undo further: ${what.en} (${when})`,
    };
  return {
    zh: `${what.zh}（${when}）之后的修改才能撤销`,
    en: `Only changes made after ${what.en} (${when}) can be undone`,
  };
}
