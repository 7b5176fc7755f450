// `import` on the command line explains itself: the dry run prints each changed row (before → after)
// and the segments whose analysis state changes; --json carries all rows; --skip-invalid writes the
// valid rows and the skipped ones to an .xlsx beside the input (or --rejected-out).
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';

import { runCli } from '../../../../electron/cli/main.js';
import { seedDemoWorkspace } from '../../../../electron/core/demo/seed-demo.js';
import { tempWorkspace, type TempWorkspace } from '../../../support/import-fixtures.js';

let t: TempWorkspace | undefined;
afterEach(() => t?.dispose());

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

/** A demo workspace on disk, closed so the CLI opens it like a user's file. */
function demo(): TempWorkspace {
  const w = tempWorkspace();
  seedDemoWorkspace(w.ws.db);
  w.ws.db.close();
  return w;
}

/** How many firms of that name the file holds, read on a separate read-only connection. */
function firmCount(file: string, name: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM enterprise WHERE name = ?').pluck().get(name) as number;
  } finally {
    db.close();
  }
}

const KOMATSU = '小松（山东）工程机械有限公司';

describe('import --dry-run', () => {
  it('prints each updated field before → after and the segments whose state changes', async () => {
    t = demo();
    const file = join(t.dir, '调整.csv');
    writeFileSync(file, `\uFEFF企业名称,是否本地,从业人数\n${KOMATSU},否,2000\n`);
    const r = await cli('import', '--db', t.file, '--file', file, '--dry-run');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`更新 updated 企业 “${KOMATSU}” (调整.csv “调整” 第 2 行 / row 2)`);
    expect(r.out).toMatch(/员工人数: 1800 → 2000/);
    expect(r.out).toContain('强链 → 缺链: 工程机械/整机制造/矿用卡车');
  });

  it('--json carries every row with its changes and the consequences', async () => {
    t = demo();
    const file = join(t.dir, '调整.csv');
    writeFileSync(file, `\uFEFF企业名称,从业人数\n${KOMATSU},2000\n济宁新来企业有限公司,50\n`);
    const r = await cli('import', '--db', t.file, '--file', file, '--dry-run', '--json');
    const json = JSON.parse(r.out) as {
      rows: {
        outcome: string;
        label: string;
        changes: { label: string; before: string; after: string }[];
      }[];
      consequences: { changes: unknown[] };
    };
    expect(json.rows.map((x) => [x.outcome, x.label])).toEqual([
      ['updated', KOMATSU],
      ['new', '济宁新来企业有限公司'],
    ]);
    expect(json.rows[0]?.changes).toContainEqual(
      expect.objectContaining({ before: '1800', after: '2000' }),
    );
    expect(json.consequences.changes).toEqual([]);
  });
});

describe('import --skip-invalid', () => {
  it('writes the valid rows and the rest to an .xlsx beside the input; without it nothing is written', async () => {
    t = demo();
    const file = join(t.dir, '名录.csv');
    writeFileSync(
      file,
      '\uFEFF企业名称,统一社会信用代码\n济宁好企业有限公司,\n济宁坏企业有限公司,12345\n',
    );
    const refused = await cli('import', '--db', t.file, '--file', file);
    expect(refused.code).toBe(1);
    const rejectedOut = join(t.dir, '名录-问题行.xlsx');
    expect(existsSync(rejectedOut)).toBe(false);
    expect(firmCount(t.file, '济宁好企业有限公司')).toBe(0);

    const r = await cli('import', '--db', t.file, '--file', file, '--skip-invalid');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`跳过 1 行有问题的数据，已写入 ${rejectedOut}`);
    expect(existsSync(rejectedOut)).toBe(true);
    expect(firmCount(t.file, '济宁好企业有限公司')).toBe(1);
    expect(firmCount(t.file, '济宁坏企业有限公司')).toBe(0);
    // The handed-back file reads as the same row with the same problem.
    const again = await cli('import', '--db', t.file, '--file', rejectedOut, '--dry-run', '--json');
    const json = JSON.parse(again.out) as { issues: { code: string; row: number }[] };
    expect(json.issues.map((i) => [i.code, i.row])).toEqual([['USCC_INVALID', 2]]);
  });

  it('--rejected-out chooses where the skipped rows go', async () => {
    t = demo();
    const file = join(t.dir, '名录.csv');
    writeFileSync(file, '\uFEFF企业名称,统一社会信用代码\n济宁坏企业有限公司,12345\n');
    const out = join(t.dir, '要改的行.xlsx');
    const r = await cli(
      'import',
      '--db',
      t.file,
      '--file',
      file,
      '--skip-invalid',
      '--rejected-out',
      out,
      '--json',
    );
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { rejectedOut: string }).rejectedOut).toBe(out);
    expect(existsSync(out)).toBe(true);
  });
});
