// `npm run serve` as a real process on a workspace it cannot write or cannot lock: it starts read-only
// with a notice and stops on SIGTERM without a stack trace, or refuses a locked file with exit 1.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { closeWorkspace, openWorkspace } from '../../../../electron/core/services/workspace.js';
import { holdWriteLock } from '../../../support/hold-write-lock.js';
import { makeReadOnly } from '../../../support/read-only-fs.js';

const root = resolve(import.meta.dirname, '../../../..');
// One process (node --import tsx), so SIGTERM reaches the host itself: the tsx CLI would relay it
// and, racing its own start-up, could end the run before the host's handler is known to it.
const tsxLoader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

let dir: string;
let file: string;
let rendererDir: string;
const undo: (() => void)[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chainatlas-serve-'));
  file = join(dir, 'ws.chainatlas');
  closeWorkspace(openWorkspace(file));
  rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<html><head></head></html>');
});
afterEach(() => {
  for (const u of undo.splice(0).reverse()) u();
  rmSync(dir, { recursive: true, force: true });
});

type Run = { code: number | null; out: string; err: string };

/** Starts the host; once it printed its URL (or exited) optionally sends SIGTERM; resolves on exit. */
function serve(stopAfterStart: boolean): Promise<Run> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      tsxLoader,
      join(root, 'electron/host/index.ts'),
      '--port',
      '0',
      '--db',
      file,
      '--renderer',
      rendererDir,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  child.stdout.on('data', (c: Buffer) => {
    out += c.toString();
    if (stopAfterStart && out.includes('token=')) child.kill('SIGTERM');
  });
  return new Promise((r) =>
    child.on('exit', (code) => {
      r({ code, out, err });
    }),
  );
}

describe('serve', () => {
  it('opens a read-only workspace for reading, says so, and stops cleanly on SIGTERM', async () => {
    const frozen = makeReadOnly(file);
    if (typeof frozen === 'string') {
      console.warn(`skipped: ${frozen}`);
      return;
    }
    undo.push(frozen);
    const run = await serve(true);
    expect(run.out).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    expect(run.err).toContain('只读');
    expect(run.err).not.toMatch(/SqliteError|\n\s+at /);
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['renderer', 'ws.chainatlas']);
  }, 60_000);

  it('refuses a workspace another program is writing, with the message and exit 1', async () => {
    const lock = await holdWriteLock(file);
    try {
      const run = await serve(false);
      expect(run.code).toBe(1);
      expect(run.out).toBe('');
      expect(run.err).toContain('工作区正被另一个程序使用');
      expect(run.err).not.toMatch(/SqliteError|\n\s+at /);
    } finally {
      await lock.release();
    }
  }, 60_000);
});
