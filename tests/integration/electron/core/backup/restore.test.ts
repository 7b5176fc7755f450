// Backups listed and restored on real workspace files: the list shows time, reason and counts; a
// restore first backs up the current state, then brings back exactly the rows of the backup (the
// open connection sees them); a damaged or truncated backup is refused and nothing changes; the
// daily backup is taken once per local day and bounded by the pruning rule.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { backupEntries } from '../../../../../electron/core/backup/backup-list.js';
import { dailyBackup } from '../../../../../electron/core/backup/daily-backup.js';
import { restoreBackup } from '../../../../../electron/core/backup/restore.js';
import { backupDir, KEEP_BACKUPS } from '../../../../../electron/core/backup/workspace-backup.js';
import { backupNow } from '../../../../../electron/core/services/backup-service.js';
import { addTemplate } from '../../../../../electron/core/services/template-service.js';
import { statsOf } from '../../../../../electron/core/services/workspace-info.js';
import { closeWorkspace, openWorkspace } from '../../../../../electron/core/services/workspace.js';
import { demoWorkspaceEachTest } from '../../../../support/demo-workspace.js';
import { dumpContents, type TempWorkspace } from '../../../../support/import-fixtures.js';

let t: TempWorkspace;
demoWorkspaceEachTest((w) => {
  t = w;
});

describe('the backup list and restore', () => {
  it('lists a backup with its time, reason and counts, and restores it after backing up the present', async () => {
    const demo = dumpContents(t.ws.db);
    const demoStats = statsOf(t.ws);
    const id = await backupNow(t.ws);
    const [entry] = backupEntries(t.ws);
    expect(entry).toMatchObject({ id, reason: 'manual', counts: demoStats, problem: null });
    expect(Date.now() - Date.parse(entry?.time ?? '')).toBeLessThan(60_000);

    addTemplate(t.ws, 'power-batteries', { newCluster: '新能源新材料' });
    const changed = dumpContents(t.ws.db);
    expect(changed).not.toEqual(demo);

    const result = await restoreBackup(t.ws, id);
    expect(result.restored).toBe(id);
    // The open connection reads the backup's rows, exactly.
    expect(dumpContents(t.ws.db)).toEqual(demo);
    expect(statsOf(t.ws)).toEqual(demoStats);
    // The state before the restore was kept and holds the added chain.
    const list = backupEntries(t.ws);
    expect(list[0]).toMatchObject({ id: result.before, reason: 'before-restore' });
    expect(list[0]?.counts?.chains).toBe(demoStats.chains + 1);

    // The second visit: restoring the before-restore backup brings the change back.
    await restoreBackup(t.ws, result.before ?? '');
    expect(dumpContents(t.ws.db)).toEqual(changed);

    // A reopened file holds the restored rows and passes integrity_check.
    closeWorkspace(t.ws);
    const reopened = openWorkspace(t.file);
    try {
      expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(dumpContents(reopened.db)).toEqual(changed);
    } finally {
      closeWorkspace(reopened);
    }
  });

  it('refuses a damaged backup, a truncated one and an unknown id, and changes nothing', async () => {
    const id = await backupNow(t.ws);
    const file = join(backupDir(t.ws), id);
    addTemplate(t.ws, 'medical-devices', { newCluster: '医养健康' });
    const now = dumpContents(t.ws.db);
    const bytes = readFileSync(file);

    // Bytes overwritten in the middle of the file.
    const damaged = Buffer.from(bytes);
    damaged.fill(0x5a, 4096 * 3, 4096 * 6);
    writeFileSync(file, damaged);
    const listed = backupEntries(t.ws).find((b) => b.id === id);
    expect(listed?.problem?.zh).toMatch(/损坏/);
    await expect(restoreBackup(t.ws, id)).rejects.toThrow(/备份“.*”无法恢复，工作区未做任何修改/);
    expect(dumpContents(t.ws.db)).toEqual(now);

    // Cut short.
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 3)));
    await expect(restoreBackup(t.ws, id)).rejects.toMatchObject({ code: 'CORRUPT' });
    expect(dumpContents(t.ws.db)).toEqual(now);

    await expect(restoreBackup(t.ws, '../ws.sqlite')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // No before-restore copy was left by the refused attempts.
    expect(backupEntries(t.ws).map((b) => b.reason)).toEqual(['manual']);
  });
});

describe('the daily backup', () => {
  it('is taken on the first open of a local day only, and pruning bounds the copies', async () => {
    const today = new Date();
    const tomorrow = new Date(today.getTime() + 24 * 3600 * 1000);
    expect(await dailyBackup(t.ws, today)).not.toBeNull();
    expect(await dailyBackup(t.ws, today)).toBeNull();
    expect(backupEntries(t.ws).map((b) => b.reason)).toEqual(['daily']);
    // A new day: the copy taken today does not count as that day's.
    expect(await dailyBackup(t.ws, tomorrow)).not.toBeNull();
    for (let i = 0; i < KEEP_BACKUPS + 3; i++) await backupNow(t.ws);
    const reasons = backupEntries(t.ws).map((b) => b.reason);
    expect(reasons.length).toBeLessThanOrEqual(KEEP_BACKUPS + 1);
    // The newest backup of each reason survives any number of others.
    expect(reasons).toContain('daily');
  });

  it('is skipped, without an error, on a workspace opened read-only', async () => {
    const ro = openWorkspace(t.file, { readonly: true });
    try {
      expect(await dailyBackup(ro, new Date())).toBeNull();
    } finally {
      closeWorkspace(ro);
    }
  });
});
