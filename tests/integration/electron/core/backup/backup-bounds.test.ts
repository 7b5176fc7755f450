// Backups are bounded in number and in size on real files: the newest of each reason always stays,
// the other recent ones stay only while the total fits the size limit, and the limit scales with
// the workspace (three times its size, at least 256 MiB).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  backupBytesLimit,
  backupDir,
  KEEP_BACKUPS,
  pruneBackups,
  startBackup,
} from '../../../../../electron/core/backup/workspace-backup.js';
import { demoWorkspaceEachTest } from '../../../../support/demo-workspace.js';
import type { TempWorkspace } from '../../../../support/import-fixtures.js';

let t: TempWorkspace;
demoWorkspaceEachTest((w) => {
  t = w;
});

const kept = () => readdirSync(backupDir(t.ws)).sort();
const reasonOf = (name: string) => /\.([a-z-]+)\.sqlite$/.exec(name)?.[1];
const totalBytes = () =>
  kept().reduce((sum, n) => sum + statSync(join(backupDir(t.ws), n)).size, 0);

async function take(reason: 'import' | 'manual' | 'daily' | 'before-edit', n: number) {
  for (let i = 0; i < n; i++) (await startBackup(t.ws, reason)).keep();
}

describe('backup pruning', () => {
  it('keeps the newest few by count, and always the newest of each reason', async () => {
    await take('import', 1);
    await take('manual', KEEP_BACKUPS + 3);
    const names = kept();
    expect(names.filter((n) => reasonOf(n) === 'import')).toHaveLength(1);
    expect(names).toHaveLength(KEEP_BACKUPS + 1);
  });

  it('drops older backups beyond the size limit, keeping the newest of each reason', async () => {
    await take('import', 1);
    await take('before-edit', 1);
    await take('manual', 4);
    const one = statSync(join(backupDir(t.ws), kept()[0] ?? '')).size;
    const newestManual = kept()
      .filter((n) => reasonOf(n) === 'manual')
      .pop();
    // Room for three copies: the import and before-edit ones always stay, plus the newest manual.
    pruneBackups(t.ws, KEEP_BACKUPS, one * 3 + 10);
    const names = kept();
    expect(names.map(reasonOf).sort()).toEqual(['before-edit', 'import', 'manual']);
    expect(totalBytes()).toBeLessThanOrEqual(one * 3 + 10);
    // The manual backup kept is the newest one (names sort by time).
    expect(names.find((n) => reasonOf(n) === 'manual')).toBe(newestManual);
  });

  it('the limit is three workspaces’ worth, never under 256 MiB', () => {
    expect(backupBytesLimit(1_000)).toBe(256 * 1024 * 1024);
    expect(backupBytesLimit(500 * 1024 * 1024)).toBe(1500 * 1024 * 1024);
  });
});
