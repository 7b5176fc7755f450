// One writer per workspace, with real processes: browser mode holding a workspace refuses a second
// browser-mode host (exit 1, the message, nothing written) and a writing open from another process
// with "工作区正被另一个程序使用" naming the holder; once it stops, the file opens. A holder killed with
// SIGKILL leaves a stale lock that the next open takes over.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { closeDatabase, openDatabase } from '../../../../../electron/core/db/open-database.js';
import { lockFileOf } from '../../../../../electron/core/db/workspace-lock.js';
import { WorkspaceOpenError } from '../../../../../electron/core/db/workspace-errors.js';

const root = resolve(import.meta.dirname, '../../../../..');
const tsxLoader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

let dir: string;
let file: string;
let rendererDir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chainatlas-lock-'));
  file = join(dir, 'ws.chainatlas');
  closeDatabase(openDatabase(file));
  rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<html><head></head></html>');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

type Host = { exited: Promise<{ code: number | null; err: string }>; started: Promise<boolean> };

function serve(): Host & { stop: () => void } {
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
  let markStarted: (v: boolean) => void = () => undefined;
  const started = new Promise<boolean>((r) => (markStarted = r));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  child.stdout.on('data', (c: Buffer) => {
    out += c.toString();
    if (out.includes('token=')) markStarted(true);
  });
  const exited = new Promise<{ code: number | null; err: string }>((r) =>
    child.on('exit', (code) => {
      markStarted(false);
      r({ code, err });
    }),
  );
  return { exited, started, stop: () => child.kill('SIGTERM') };
}

function openError(): WorkspaceOpenError {
  try {
    closeDatabase(openDatabase(file, { exclusive: 'test' }));
  } catch (e) {
    expect(e).toBeInstanceOf(WorkspaceOpenError);
    return e as WorkspaceOpenError;
  }
  throw new Error('expected the open to be refused');
}

describe('one writer per workspace', () => {
  it('a running browser-mode host refuses a second host and a writer in another process', async () => {
    const first = serve();
    try {
      expect(await first.started).toBe(true);
      const holder = JSON.parse(readFileSync(lockFileOf(file), 'utf8')) as { program: string };
      expect(holder.program).toContain('浏览器模式');

      const before = readFileSync(file);
      const second = serve();
      const refused = await second.exited;
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('工作区正被另一个程序使用');
      expect(refused.err).toContain('浏览器模式');
      expect(refused.err).not.toMatch(/\n\s+at /);

      const err = openError();
      expect(err.code).toBe('WORKSPACE_BUSY');
      expect(err.zh).toContain('工作区正被另一个程序使用');
      expect(err.en).toContain('in use by another program');
      expect(readFileSync(file).equals(before)).toBe(true);
    } finally {
      first.stop();
    }
    expect((await first.exited).code).toBe(0);
    expect(existsSync(lockFileOf(file))).toBe(false);
    closeDatabase(openDatabase(file, { exclusive: 'test' }));
  }, 180_000);

  it('a lock left by a process killed with SIGKILL is stale and taken over', async () => {
    const script = `
      const { acquireWorkspaceLock } = await import(${JSON.stringify(pathToFileURL(join(root, 'electron/core/db/workspace-lock.ts')).href)});
      acquireWorkspaceLock(process.argv[1], 'killed');
      process.stdout.write('locked\\n');
      setInterval(() => {}, 1000);
    `;
    const child = spawn(
      process.execPath,
      ['--import', tsxLoader, '--input-type=module', '-e', script, file],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    await new Promise<void>((r, reject) => {
      let err = '';
      child.stderr.on('data', (c: Buffer) => (err += c.toString()));
      child.stdout.on('data', (c: Buffer) => {
        if (c.toString().includes('locked')) r();
      });
      child.on('exit', (code) => {
        reject(new Error(`lock holder exited (${String(code)}): ${err}`));
      });
    });
    expect(openError().zh).toContain('killed');
    const gone = new Promise((r) => child.on('exit', r));
    child.kill('SIGKILL');
    await gone;
    expect(existsSync(lockFileOf(file))).toBe(true);
    const db = openDatabase(file, { exclusive: 'test' });
    expect(JSON.parse(readFileSync(lockFileOf(file), 'utf8'))).toMatchObject({ program: 'test' });
    closeDatabase(db);
    expect(existsSync(lockFileOf(file))).toBe(false);
  }, 120_000);
});
