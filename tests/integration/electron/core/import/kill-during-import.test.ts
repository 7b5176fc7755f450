// A real CLI import killed with SIGKILL in the middle of its write transaction: the workspace
// reopens healthy (integrity_check ok) with exactly the contents it had before.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

import { seedDemoWorkspace } from '../../../../../electron/core/demo/seed-demo.js';
import { closeWorkspace, openWorkspace } from '../../../../../electron/core/services/workspace.js';
import { dumpContents, tempWorkspace } from '../../../../support/import-fixtures.js';
import { syntheticWorkbook } from '../../../../support/import-workbooks.js';

const t = tempWorkspace();
afterAll(() => {
  t.dispose();
});

describe('kill during import', () => {
  it('SIGKILL mid-transaction leaves the workspace intact and unchanged', async () => {
    seedDemoWorkspace(t.ws.db);
    const before = dumpContents(t.ws.db);
    closeWorkspace(t.ws);
    const file = join(t.dir, 'big.xlsx');
    writeFileSync(file, syntheticWorkbook(20_000, 60_000));

    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const child = spawn(
      process.execPath,
      [
        '--import',
        tsx,
        'electron/cli/index.ts',
        'import',
        '--db',
        t.file,
        '--file',
        file,
        '--accept-warnings',
        '--progress',
      ],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => {
        resolve({ code, signal });
      }),
    );
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      // The first progress line is printed from inside the write transaction.
      if (/writing \d+\/\d+/.test(stderr) && child.exitCode === null) child.kill('SIGKILL');
    });
    const { signal } = await ended;
    expect(signal, stderr).toBe('SIGKILL');
    expect(stderr).toMatch(/writing 2000\/\d+/);

    const raw = new Database(t.file);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
    const ws = openWorkspace(t.file);
    try {
      expect(dumpContents(ws.db)).toEqual(before);
      expect(ws.db.prepare('SELECT count(*) AS n FROM import_run').get()).toEqual({ n: 0 });
    } finally {
      closeWorkspace(ws);
    }
  }, 180_000);
});
