// `import` and `export` subcommands: JSON summary, exit codes (0 ok, 1 rejected with nothing
// written, 2 usage) and the files export writes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { runCli } from '../../../../electron/cli/main.js';
import { dumpContents, IMPORT_FIXTURES, tempWorkspace } from '../../../support/import-fixtures.js';

const t = tempWorkspace();
afterAll(() => {
  t.dispose();
});

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const register = join(IMPORT_FIXTURES, 'register.xlsx');

describe('import command', () => {
  it('--dry-run prints the plan as JSON and writes nothing', async () => {
    const r = await cli('import', '--db', t.file, '--file', register, '--dry-run', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      committed: boolean;
      counts: Record<string, { new: number }>;
    };
    expect(json.committed).toBe(false);
    expect(json.counts['enterprises']?.new).toBe(4);
    expect(t.ws.db.prepare('SELECT count(*) AS n FROM enterprise').get()).toEqual({ n: 0 });
  });

  it('exits 1 and writes nothing when an error remains, listing sheet/row/column', async () => {
    const bad = join(t.dir, 'bad.csv');
    writeFileSync(bad, '\uFEFF企业名称,统一社会信用代码\n甲,\n乙,12345\n');
    const before = dumpContents(t.ws.db);
    const r = await cli('import', '--db', t.file, '--file', register, '--file', bad, '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as {
      issues: { file: string; sheet: string; row: number; column: string; code: string }[];
    };
    expect(json.issues).toMatchObject([
      { file: 'bad.csv', sheet: 'bad', row: 3, column: 'B 统一社会信用代码', code: 'USCC_INVALID' },
    ]);
    expect(r.err).toContain('未写入任何数据');
    expect(dumpContents(t.ws.db)).toEqual(before);
  });

  it('refuses warnings unless --accept-warnings, then imports and records the run', async () => {
    const warn = join(t.dir, 'warn.csv');
    writeFileSync(warn, '\uFEFF企业名称,统一社会信用代码\n校验位有误企业,91350203M0001QAY9B\n');
    const refused = await cli('import', '--db', t.file, '--file', warn);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(
      '警告 USCC_CHECKSUM warn.csv “warn” 第 2 行 / row 2 列 B 统一社会信用代码',
    );
    const ok = await cli(
      'import',
      '--db',
      t.file,
      '--file',
      warn,
      '--file',
      register,
      '--accept-warnings',
      '--json',
    );
    expect(ok.code).toBe(0);
    const json = JSON.parse(ok.out) as { committed: boolean; runId: number; backup: string };
    expect(json.committed).toBe(true);
    expect(existsSync(json.backup)).toBe(true);
    expect(t.ws.db.prepare('SELECT count(*) AS n FROM enterprise').get()).toEqual({ n: 5 });
  });

  it('is a usage error without --file', async () => {
    expect((await cli('import', '--db', t.file)).code).toBe(2);
  });
});

describe('export command', () => {
  it('writes an xlsx, and one BOM-prefixed CSV per entity for --what all', async () => {
    const xlsx = join(t.dir, 'out.xlsx');
    expect((await cli('export', '--db', t.file, '--out', xlsx)).code).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    const csv = join(t.dir, 'out.csv');
    const r = await cli('export', '--db', t.file, '--out', csv, '--json');
    expect(JSON.parse(r.out)).toEqual({
      files: ['chains', 'enterprises', 'links', 'leads'].map((k) => join(t.dir, `out.${k}.csv`)),
    });
    expect(readFileSync(join(t.dir, 'out.enterprises.csv')).subarray(0, 3)).toEqual(
      Buffer.from([0xef, 0xbb, 0xbf]),
    );
    const one = join(t.dir, 'links.csv');
    expect((await cli('export', '--db', t.file, '--out', one, '--what', 'links')).code).toBe(0);
    expect(readFileSync(one, 'utf8')).toContain('"供应方","供应方信用代码","采购方"');
  });
  it('writes the import template without a workspace', async () => {
    const out = join(t.dir, '模板.xlsx');
    expect((await cli('export', '--template', '--out', out)).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
  it('is a usage error for an unknown --what or extension', async () => {
    expect(
      (await cli('export', '--db', t.file, '--out', join(t.dir, 'x.xlsx'), '--what', 'everything'))
        .code,
    ).toBe(2);
    expect((await cli('export', '--db', t.file, '--out', join(t.dir, 'x.pdf'))).code).toBe(2);
  });
});
