// Damaged workspace files on disk — bytes overwritten in the middle, cut short, header destroyed —
// are refused at open as CORRUPT (not a crash, not "not a workspace") without a byte changed, and
// the latest good backup brings the data back while the damaged file is kept aside, byte for byte.
// Damage met by a later query marks the open workspace damaged through dispatch, so the app offers
// the same recovery; the browser-mode context recovers and serves the restored file.
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { dispatch } from '../../../../../electron/core/api/dispatch.js';
import {
  latestGoodBackup,
  recoverFromBackup,
} from '../../../../../electron/core/backup/recover.js';
import { WorkspaceOpenError } from '../../../../../electron/core/db/open-database.js';
import { seedDemoWorkspace } from '../../../../../electron/core/demo/seed-demo.js';
import { backupNow } from '../../../../../electron/core/services/backup-service.js';
import { statsOf } from '../../../../../electron/core/services/workspace-info.js';
import {
  closeWorkspace,
  openWorkspace,
  type Workspace,
} from '../../../../../electron/core/services/workspace.js';
import { browserContext } from '../../../../../electron/host/browser-context.js';
import type { Result } from '../../../../../shared/ipc/result.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chainatlas-recover-'));
  file = join(dir, 'zone.chainatlas');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The demo workspace with a manual backup, then one more firm written after it; closed. */
async function workspaceWithBackup(): Promise<{ backupId: string; backedUp: number }> {
  const ws = openWorkspace(file);
  seedDemoWorkspace(ws.db);
  const backupId = await backupNow(ws);
  const backedUp = statsOf(ws).enterprises;
  ws.db.prepare("INSERT INTO enterprise (name, is_local) VALUES ('备份之后的企业', 1)").run();
  closeWorkspace(ws);
  return { backupId, backedUp };
}

function overwrite(path: string, offset: number, bytes: Buffer): void {
  const fd = openSync(path, 'r+');
  writeSync(fd, bytes, 0, bytes.length, offset);
  closeSync(fd);
}

function openFailure(path: string, options = {}): WorkspaceOpenError {
  try {
    closeWorkspace(openWorkspace(path, options));
  } catch (e) {
    expect(e).toBeInstanceOf(WorkspaceOpenError);
    return e as WorkspaceOpenError;
  }
  throw new Error('expected the open to fail');
}

const DAMAGE: [string, (path: string) => void][] = [
  [
    'bytes overwritten in the middle',
    (p) => {
      const middle = Math.floor(statSync(p).size / 2 / 4096) * 4096;
      overwrite(p, middle, Buffer.alloc(8192, 0x5a));
    },
  ],
  [
    'cut short (truncated)',
    (p) => {
      truncateSync(p, Math.floor(statSync(p).size / 2));
    },
  ],
  [
    'header destroyed',
    (p) => {
      overwrite(p, 0, Buffer.alloc(100, 0));
    },
  ],
];

describe('a damaged workspace file', () => {
  it.each(DAMAGE)(
    '%s: refused as CORRUPT, unchanged, and recovered from the latest good backup',
    async (_, damage) => {
      const { backupId, backedUp } = await workspaceWithBackup();
      damage(file);
      const before = sha(file);
      for (const options of [{}, { fallbackToReadOnly: true }, { readonly: true }]) {
        const err = openFailure(file, options);
        expect(err.code).toBe('CORRUPT');
        expect(err.zh).toContain('损坏');
        expect(err.en).toContain('damaged');
        expect(err.file).toBe(file);
        expect(err.zh).not.toMatch(/\n|btreeInitPage|SqliteError/);
      }
      expect(sha(file)).toBe(before);

      expect(latestGoodBackup(file)?.id).toBe(backupId);
      const result = await recoverFromBackup(file, backupId);
      expect(result.restored).toMatchObject({ id: backupId, reason: 'manual' });
      // The damaged file is kept beside the restored one, exactly as it was.
      expect(sha(join(dir, result.aside))).toBe(before);
      expect(result.aside).toMatch(/^zone\.damaged-.+\.chainatlas$/);
      const ws = openWorkspace(file);
      expect(statsOf(ws).enterprises).toBe(backedUp);
      expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
      closeWorkspace(ws);
    },
  );

  it('without a good backup there is nothing to offer, and a damaged backup is skipped', async () => {
    const { backupId } = await workspaceWithBackup();
    overwrite(join(dir, 'backups', backupId), 0, Buffer.alloc(100, 0));
    truncateSync(file, 4096);
    expect(latestGoodBackup(file)).toBeNull();
    const before = sha(file);
    await expect(recoverFromBackup(file, backupId)).rejects.toThrow(/备份.*无法使用/);
    expect(sha(file)).toBe(before);
    expect(readdirSync(dir).filter((n) => n.includes('damaged'))).toEqual([]);
  });
});

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- typed view of a result
const ok = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};

describe('damage met after a clean open, and recovery in browser mode', () => {
  it('a query meeting SQLITE_CORRUPT makes workspace:info CORRUPT; workspace:recover restores the backup', async () => {
    const { backupId, backedUp } = await workspaceWithBackup();
    let current: Workspace | undefined;
    const ctx = browserContext({
      start: openWorkspace(file),
      reopen: (path) => openWorkspace(path),
      onOpened: (ws) => {
        current = ws;
      },
    });
    const call = (channel: string, input: unknown = {}) => dispatch(ctx, channel, input);
    expect(ok<{ readOnly: boolean }>(await call('workspace:info')).readOnly).toBe(false);
    expect(ok(await call('workspace:recovery'))).toBeNull();

    // Damage the firm table's pages underneath the open connection (as a failing disk would).
    const ws = ctx.current();
    if (!ws) throw new Error('no workspace');
    const root = (
      ws.db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'enterprise'").get() as {
        rootpage: number;
      }
    ).rootpage;
    const pageSize = ws.db.pragma('page_size', { simple: true }) as number;
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    overwrite(file, (root - 1) * pageSize, Buffer.alloc(pageSize, 0x5a));
    ws.db.pragma('cache_size = 0'); // read the page again from disk
    const list = await call('enterprise:list', {});
    expect(list.ok ? 'ok' : list.error.code).toBe('CORRUPT');

    const info = await call('workspace:info');
    expect(info.ok ? 'ok' : info.error.code).toBe('CORRUPT');
    const offer = ok<{ name: string; backup: { id: string } | null }>(
      await call('workspace:recovery'),
    );
    expect(offer).toMatchObject({ name: 'zone.chainatlas', backup: { id: backupId } });

    const done = ok<{ aside: string }>(await call('workspace:recover', { id: backupId }));
    expect(existsSync(join(dir, done.aside))).toBe(true);
    const after = ok<{ stats: { enterprises: number } }>(await call('workspace:info'));
    expect(after.stats.enterprises).toBe(backedUp);
    expect(current).toBe(ctx.current());
    if (current) closeWorkspace(current);
  });

  it('a file that cannot be opened is served as CORRUPT with its offer, then recovered', async () => {
    const { backupId, backedUp } = await workspaceWithBackup();
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const ctx = browserContext({
      start: openFailure(file),
      reopen: (path) => openWorkspace(path),
    });
    const call = (channel: string, input: unknown = {}) => dispatch(ctx, channel, input);
    const info = await call('workspace:info');
    expect(info.ok ? 'ok' : info.error).toMatchObject({ code: 'CORRUPT' });
    const offer = ok<{ backup: { id: string } }>(await call('workspace:recovery'));
    expect(offer.backup.id).toBe(backupId);
    ok(await call('workspace:recover', { id: backupId }));
    expect(
      ok<{ stats: { enterprises: number } }>(await call('workspace:info')).stats.enterprises,
    ).toBe(backedUp);
    const ws = ctx.current();
    if (ws) closeWorkspace(ws);
  });
});
