// Every change is saved when it is made: a process killed with SIGKILL in the middle of a burst of
// hand edits leaves a workspace that passes integrity_check and holds every edit it reported saved
// (and no half of the one it was writing).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { closeWorkspace, openWorkspace } from '../../../../../electron/core/services/workspace.js';

const root = join(import.meta.dirname, '..', '..', '..', '..', '..');
const SCRIPT = join(root, 'tests', 'support', 'edit-burst.ts');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chainatlas-crash-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the burst until it has reported `atLeast` saves, kills it with SIGKILL, answers the last. */
function burstThenKill(file: string, atLeast: number): Promise<number> {
  // Node itself runs the script (tsx as its loader): through the tsx command the kill reached only
  // tsx's wrapper, and the process writing the workspace went on, orphaned, until the machine stopped.
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, file], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let lastSaved = 0;
  let errors = '';
  let buffered = '';
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (d: Buffer) => (errors += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const n = /^saved (\d+)$/.exec(line)?.[1];
        if (n !== undefined) lastSaved = Number(n);
      }
      if (lastSaved >= atLeast && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(lastSaved);
      else reject(new Error(`the burst ended by itself (${String(code)}): ${errors}`));
    });
  });
}

describe('a process killed during a burst of edits', () => {
  it('leaves a sound file holding every edit reported saved', async () => {
    const file = join(dir, 'zone.chainatlas');
    closeWorkspace(openWorkspace(file));
    const saved = await burstThenKill(file, 40);
    expect(saved).toBeGreaterThanOrEqual(40);
    // The kill leaves the WAL behind; opening replays it.
    const ws = openWorkspace(file);
    try {
      expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
      const names = ws.db
        .prepare(`SELECT name FROM enterprise WHERE name LIKE '连发测试企业%'`)
        .pluck()
        .all() as string[];
      const numbers = new Set(names.map((n) => Number(n.replace('连发测试企业', ''))));
      for (let n = 1; n <= saved; n++) expect(numbers.has(n), `edit ${String(n)}`).toBe(true);
      // Edits committed after the last report the test read may be there too, but the numbers have
      // no gap: nothing was lost in between.
      expect(Math.max(...numbers)).toBe(numbers.size);
    } finally {
      closeWorkspace(ws);
    }
  }, 300_000);
});
