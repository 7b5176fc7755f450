// A possible duplicate (same name, another USCC) waits for 同一企业 / 不同企业; either answer is
// remembered, so next month's identical file asks nothing and lands on the same firm.
import { afterEach, describe, expect, it } from 'vitest';

import { commitImport, prepareImport } from '../../../../../electron/core/import/import-service.js';
import { demoWorkspace } from '../../../../support/demo-workspace.js';
import type { TempWorkspace } from '../../../../support/import-fixtures.js';

let t: TempWorkspace | undefined;
afterEach(() => t?.dispose());

const TAIFENG = '济宁泰丰液压泵有限公司';
const file = (employees: number) => ({
  name: '泰丰.csv',
  bytes: Buffer.from(
    `\uFEFF企业名称,统一社会信用代码,从业人数\n${TAIFENG},91440101MA5CJQ4N59,${String(employees)}\n`,
  ),
});
const firms = (w: TempWorkspace) =>
  w.ws.db.prepare('SELECT id, uscc, employees FROM enterprise WHERE name = ?').all(TAIFENG) as {
    id: number;
    uscc: string | null;
    employees: number | null;
  }[];

describe.each([
  ['same firm', 'same' as const],
  ['different firm', 'different' as const],
])('answered %s', (_label, answer) => {
  it('is asked once, written accordingly, and not asked on the next import', async () => {
    t = demoWorkspace();
    const [existing] = firms(t);
    const first = await prepareImport(t.ws, [file(99)]);
    const question = first.preview.ambiguous.find((a) => a.kind === 'possibleDuplicate');
    expect(question?.candidates.map((c) => c.id)).toEqual([existing?.id]);
    const key = question?.nameKey ?? '';
    const choice = answer === 'same' ? (existing?.id ?? 0) : 'new';
    const decided = await prepareImport(t.ws, [file(99)], { decisions: { [key]: choice } });
    expect(decided.preview.ambiguous).toEqual([]);
    await commitImport(t.ws, decided, { backup: false });
    const after = firms(t);
    if (answer === 'same') expect(after).toMatchObject([{ id: existing?.id, employees: 99 }]);
    else expect(after.map((f) => f.employees).sort()).toEqual([99, existing?.employees].sort());

    // Next month: the same row with a new number, no answer given.
    const next = await prepareImport(t.ws, [file(120)]);
    expect(next.preview.ambiguous).toEqual([]);
    expect(next.preview.warnings).toBe(0);
    await commitImport(t.ws, next, { backup: false });
    const target = answer === 'same' ? existing?.id : after.find((f) => f.id !== existing?.id)?.id;
    expect(firms(t).find((f) => f.id === target)?.employees).toBe(120);
    expect(firms(t)).toHaveLength(answer === 'same' ? 1 : 2);
  });
});
