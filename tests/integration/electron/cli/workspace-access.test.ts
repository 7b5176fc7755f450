// The CLI on workspaces it may only read: read-only commands leave the folder as it was (no -wal/-shm),
// a read-only or locked workspace refuses `import` with one clear zh/en message, exit 1, no backup.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { runCli } from '../../../../electron/cli/main.js';
import { holdWriteLock } from '../../../support/hold-write-lock.js';
import { makeReadOnly } from '../../../support/read-only-fs.js';

const register = resolve(import.meta.dirname, '../../../fixtures/import/register.xlsx');

let dir: string;
let ws: string;
const undo: (() => void)[] = [];
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chainatlas-cli-access-'));
  ws = join(dir, 'zone.chainatlas');
  expect((await cli('init', '--demo', '--db', ws)).code).toBe(0);
});
afterEach(() => {
  for (const u of undo.splice(0).reverse()) u();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

const listing = (): string[] => readdirSync(dir).sort();

function freeze(path: string): boolean {
  const r = makeReadOnly(path);
  if (typeof r === 'string') {
    console.warn(`skipped: ${r}`);
    return false;
  }
  undo.push(r);
  return true;
}

describe('read-only commands', () => {
  it('stats, gaps, export and report leave nothing beside the workspace they read', async () => {
    const out = mkdtempSync(join(tmpdir(), 'chainatlas-cli-out-'));
    try {
      const before = listing();
      const bytes = readFileSync(ws);
      expect(before).toEqual(['zone.chainatlas']);
      expect((await cli('stats', '--db', ws, '--json')).code).toBe(0);
      expect((await cli('gaps', '--db', ws, '--json')).code).toBe(0);
      expect((await cli('export', '--db', ws, '--out', join(out, 'all.xlsx'))).code).toBe(0);
      expect((await cli('report', '--db', ws, '--out', join(out, 'report.xlsx'))).code).toBe(0);
      expect(listing()).toEqual(before);
      expect(readFileSync(ws).equals(bytes)).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('a workspace file that does not exist', () => {
  it('is named in Chinese and English, exit 1, and not created by a read-only command', async () => {
    const missing = join(dir, 'missing.chainatlas');
    for (const command of ['stats', 'gaps']) {
      const r = await cli(command, '--db', missing);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`工作区文件不存在：${missing}`);
      expect(r.err).toContain(`Workspace file not found: ${missing}`);
    }
    expect(listing()).toEqual(['zone.chainatlas']);
  });
});

describe('a read-only workspace', () => {
  it('still answers stats, and refuses import with one clear message and no backup', async () => {
    const bytes = readFileSync(ws);
    if (!freeze(ws)) return;
    const stats = await cli('stats', '--db', ws, '--json');
    expect(stats.code).toBe(0);
    expect((JSON.parse(stats.out) as { enterprises: number }).enterprises).toBeGreaterThan(0);
    const r = await cli('import', '--db', ws, '--file', register, '--accept-warnings');
    expect(r.code).toBe(1);
    expect(r.err).toContain('只读');
    expect(r.err).toContain('read-only');
    expect(r.err).not.toMatch(/SqliteError|\n\s+at /);
    expect(listing()).toEqual(['zone.chainatlas']);
    expect(readFileSync(ws).equals(bytes)).toBe(true);
  });

  it('refuses import in a read-only folder the same way', async () => {
    if (!freeze(dir)) return;
    const r = await cli('import', '--db', ws, '--file', register, '--accept-warnings');
    expect(r.code).toBe(1);
    expect(r.err).toContain('只读');
    expect(listing()).toEqual(['zone.chainatlas']);
  });
});

describe('a workspace another program is writing', () => {
  it('refuses import with 工作区正被另一个程序使用 within the busy timeout, exit 1, no backup', async () => {
    const lock = await holdWriteLock(ws);
    try {
      const started = Date.now();
      const r = await cli('import', '--db', ws, '--file', register, '--accept-warnings');
      expect(Date.now() - started).toBeLessThan(8000);
      expect(r.code).toBe(1);
      expect(r.err).toContain('工作区正被另一个程序使用');
      expect(r.err).toContain('in use by another program');
      expect(r.err).not.toMatch(/SqliteError|database is locked|\n\s+at /);
      expect(readdirSync(dir)).not.toContain('backups');
    } finally {
      await lock.release();
    }
    // Released: the same import now goes through and writes its backup first.
    const again = await cli('import', '--db', ws, '--file', register, '--accept-warnings');
    expect(again.code, again.err).toBe(0);
    expect(readdirSync(dir)).toContain('backups');
  }, 40_000);
});
