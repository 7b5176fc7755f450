// The CLI as a user runs it: `init` and `stats` through real child processes (npm run cli and tsx),
// plus in-process runs of runCli for the refusal and usage paths, with the promised exit codes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { runCli } from '../../../../electron/cli/main.js';
import { DEMO_FIRMS } from '../../../../electron/core/demo/seed-demo.js';
import { DEMO_LEADS, DEMO_LINKS } from '../../../../electron/core/demo/demo-links.js';
import { DEMO_CLUSTERS } from '../../../../electron/core/demo/demo-taxonomy.js';
import type { DemoSegment } from '../../../../electron/core/demo/demo-types.js';

const root = resolve(import.meta.dirname, '../../../..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chainatlas-cli-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

// Starting npm and tsx takes over a minute on a machine at load 30 on two cores: the limit only
// guards against a hang, never against a slow start.
const spawnCli = (command: string, args: string[]) =>
  spawnSync(command, args, { cwd: root, encoding: 'utf8', timeout: 300_000 });

const countSegments = (list: readonly DemoSegment[]): number =>
  list.reduce((n, s) => n + 1 + countSegments(s.children ?? []), 0);

/** The demo's sizes counted from its data files, not from a database. */
const demoSizes = {
  clusters: DEMO_CLUSTERS.length,
  chains: DEMO_CLUSTERS.reduce((n, c) => n + c.chains.length, 0),
  segments: DEMO_CLUSTERS.flatMap((c) => c.chains).reduce(
    (n, ch) => n + countSegments(ch.segments),
    0,
  ),
  enterprises: DEMO_FIRMS.length,
  links: DEMO_LINKS.length,
  leads: DEMO_LEADS.length,
};

describe('cli init + stats (real processes)', () => {
  it('`npm run cli -- init --demo` then `stats --json` reports the demo sizes', () => {
    const file = join(dir, 'demo.db');
    const init = spawnCli('npm', ['run', '-s', 'cli', '--', 'init', '--demo', '--db', file]);
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('已创建示例工作区');

    const stats = spawnCli(tsx, ['electron/cli/index.ts', 'stats', '--db', file, '--json']);
    expect(stats.status).toBe(0);
    const counts = JSON.parse(stats.stdout) as Record<string, number>;
    expect(counts).toEqual(demoSizes);
    expect(counts['enterprises']).toBeGreaterThanOrEqual(40);
    expect(counts['links']).toBeGreaterThanOrEqual(30);
  });

  it('exits 2 on an unknown flag and 1 on a missing file, creating nothing', () => {
    const usage = spawnCli(tsx, [
      'electron/cli/index.ts',
      'stats',
      '--db',
      join(dir, 'x.db'),
      '--verbose',
    ]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--verbose');
    const missing = spawnCli(tsx, ['electron/cli/index.ts', 'stats', '--db', join(dir, 'nope.db')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(join(dir, 'nope.db'));
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('cli init', () => {
  it('creates an empty workspace without --demo', async () => {
    const file = join(dir, 'empty.db');
    expect((await run('init', '--db', file)).code).toBe(0);
    const stats = await run('stats', '--db', file, '--json');
    expect(JSON.parse(stats.out)).toEqual({
      clusters: 0,
      chains: 0,
      segments: 0,
      enterprises: 0,
      links: 0,
      leads: 0,
    });
  });

  it('accepts an existing empty file', async () => {
    const file = join(dir, 'zero.db');
    writeFileSync(file, '');
    expect((await run('init', '--demo', '--db', file)).code).toBe(0);
    expect(JSON.parse((await run('stats', '--db', file, '--json')).out)).toEqual(demoSizes);
  });

  it('refuses an existing non-empty file with exit 1 and leaves it untouched', async () => {
    const file = join(dir, 'notes.db');
    writeFileSync(file, '重要数据');
    const r = await run('init', '--demo', '--db', file);
    expect(r.code).toBe(1);
    expect(r.err).toContain('文件已存在');
    expect(r.err).toContain(file);
    expect(readFileSync(file, 'utf8')).toBe('重要数据');
    expect(readdirSync(dir)).toEqual(['notes.db']);
  });

  it('refuses an existing workspace too (no silent re-seeding)', async () => {
    const file = join(dir, 'ws.db');
    expect((await run('init', '--demo', '--db', file)).code).toBe(0);
    expect((await run('init', '--demo', '--db', file)).code).toBe(1);
    expect(JSON.parse((await run('stats', '--db', file, '--json')).out)).toEqual(demoSizes);
  });

  it('is a usage error (exit 2) without --db or with a stray argument', async () => {
    expect((await run('init', '--demo')).code).toBe(2);
    expect((await run('init', '--db', join(dir, 'a.db'), 'extra')).code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('cli stats', () => {
  it('prints a readable Chinese table by default', async () => {
    const file = join(dir, 'demo.db');
    await run('init', '--demo', '--db', file);
    const r = await run('stats', '--db', file);
    expect(r.code).toBe(0);
    for (const label of ['产业集群', '产业链', '环节', '企业', '供应关系', '招商线索']) {
      expect(r.out).toContain(label);
    }
    expect(r.out).toMatch(new RegExp(`\\b${String(demoSizes.enterprises)}\\s+企业`));
  });

  it('refuses a file that is not a workspace with exit 1, leaving it as it was', async () => {
    const file = join(dir, 'table.xlsx');
    const bytes = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(2048, 1)]);
    writeFileSync(file, bytes);
    const r = await run('stats', '--db', file);
    expect(r.code).toBe(1);
    expect(r.err).toContain('不是 ChainAtlas 工作区文件');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('does not create the file when it is missing', async () => {
    const file = join(dir, 'missing', 'ws.db');
    const r = await run('stats', '--db', file, '--json');
    expect(r.code).toBe(1);
    expect(r.err).toContain(file);
    expect(existsSync(file)).toBe(false);
  });

  it('exits 2 on an unknown command', async () => {
    expect((await run('frobnicate')).code).toBe(2);
  });
});
