// The template and backup commands on a real demo workspace: add asks (exit 1, nothing written)
// until --merge/--copy answers; a template exported to .xlsx imports back; backups are listed with
// their counts and a restore brings the data back after backing up the present.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runCli } from '../../../../../electron/cli/main.js';

let dir: string;
let db: string;
const cli = async (...argv: string[]) => {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
};
const stats = async () =>
  JSON.parse((await cli('stats', '--db', db, '--json')).out) as {
    chains: number;
    segments: number;
  };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chainatlas-cli-template-'));
  db = join(dir, 'zone.chainatlas');
  expect((await cli('init', '--demo', '--db', db)).code).toBe(0);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('template commands', () => {
  it('lists the library', async () => {
    const { code, out } = await cli('template', 'list', '--json');
    expect(code).toBe(0);
    const list = JSON.parse(out) as { id: string; segments: number }[];
    expect(list).toHaveLength(8);
    expect(list.every((t) => t.segments >= 15 && t.segments <= 40)).toBe(true);
  });

  it('asks before touching the demo 工程机械, then merges or copies as told', async () => {
    const before = await stats();
    const asked = await cli('template', 'add', '工程机械', '--db', db);
    expect(asked.code).toBe(1);
    expect(asked.err).toContain('已有同名产业链“工程机械”，未做任何修改');
    expect(await stats()).toEqual(before);

    const merged = await cli('template', 'add', '工程机械', '--db', db, '--merge', '--json');
    expect(merged.code).toBe(0);
    const m = JSON.parse(merged.out) as { results: { mode: string; added: number }[] };
    expect(m.results[0]?.mode).toBe('merge');
    const afterMerge = await stats();
    expect(afterMerge.chains).toBe(before.chains);
    expect(afterMerge.segments).toBe(before.segments + (m.results[0]?.added ?? -1));

    const copied = await cli('template', 'add', 'construction-machinery', '--db', db, '--copy');
    expect(copied.out).toContain('工程机械（副本）');
    expect((await stats()).chains).toBe(before.chains + 1);
    expect((await cli('template', 'add', '没有这个', '--db', db)).code).toBe(1);
  });

  it('exports a template to .xlsx and imports it into a named new cluster', async () => {
    const file = join(dir, '新能源电池.xlsx');
    expect((await cli('template', 'export', '新能源电池', '--out', file)).code).toBe(0);
    const before = await stats();
    const imported = await cli(
      'template',
      'import',
      '--db',
      db,
      '--file',
      file,
      '--cluster',
      '储能',
    );
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('新能源电池: 新建');
    expect((await stats()).chains).toBe(before.chains + 1);
  }, 60_000);
});

describe('backup commands', () => {
  it('creates, lists and restores a backup', async () => {
    const made = await cli('backup', 'create', '--db', db);
    expect(made.code).toBe(0);
    const id = /backed up: (\S+)/.exec(made.out)?.[1] ?? '';
    const before = await stats();
    expect((await cli('template', 'add', '医疗器械', '--db', db)).code).toBe(0);
    expect((await stats()).chains).toBe(before.chains + 1);

    const listed = JSON.parse((await cli('backup', 'list', '--db', db, '--json')).out) as {
      id: string;
      reason: string;
      counts: { chains: number };
    }[];
    expect(listed.find((b) => b.id === id)).toMatchObject({
      reason: 'manual',
      counts: { chains: before.chains },
    });

    const restored = await cli('backup', 'restore', id, '--db', db);
    expect(restored.code).toBe(0);
    expect(await stats()).toEqual(before);
    const reasons = (
      JSON.parse((await cli('backup', 'list', '--db', db, '--json')).out) as { reason: string }[]
    ).map((b) => b.reason);
    expect(reasons[0]).toBe('before-restore');

    expect((await cli('backup', 'restore', 'nope.sqlite', '--db', db)).code).toBe(1);
    expect((await cli('backup', 'restore', '--db', db)).code).toBe(2);
  });
});
