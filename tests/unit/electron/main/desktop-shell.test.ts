// The desktop shell's workspace handling on real temp files: first start creates the demo
// workspace, open/create go through dialogs (never renderer paths), nothing is overwritten.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import {
  insertCluster,
  listClusters,
} from '../../../../electron/core/repositories/taxonomy-repository.js';
import { closeWorkspace, openWorkspace } from '../../../../electron/core/services/workspace.js';
import { createDesktopShell, type DesktopShell } from '../../../../electron/main/desktop-shell.js';
import { readRecent, resolveDesktopPaths } from '../../../../electron/main/paths.js';
import { AppError } from '../../../../shared/ipc/result.js';

let dir: string;
let shell: DesktopShell | undefined;
let dialogAnswer: string | null;

/** Stands in for the demo data (seed-demo.ts is tested on its own): one recognisable cluster. */
const seedDemo = vi.fn((db: Database.Database) => {
  insertCluster(db, { name: '演示集群', color: '#000000', sortOrder: 1 });
});

function makeShell(onSwitched = vi.fn()) {
  const paths = resolveDesktopPaths(join(dir, 'userData'), {});
  shell = createDesktopShell({
    paths,
    seedDemo,
    onSwitched,
    dialogs: {
      chooseWorkspaceToOpen: () => Promise.resolve(dialogAnswer),
      chooseNewWorkspacePath: () => Promise.resolve(dialogAnswer),
    },
  });
  return { shell, paths, onSwitched };
}

const clusterNames = (s: DesktopShell): string[] => {
  const ws = s.current();
  return ws ? listClusters(ws.db).map((c) => c.name) : [];
};

function makeWorkspaceFile(name: string, cluster: string): string {
  const file = join(dir, name);
  const ws = openWorkspace(file);
  insertCluster(ws.db, { name: cluster, color: '#111111', sortOrder: 1 });
  closeWorkspace(ws);
  return file;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chainatlas-shell-'));
  dialogAnswer = null;
  seedDemo.mockClear();
});

afterEach(() => {
  shell?.close();
  shell = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('first start', () => {
  it('creates the default workspace with the demo data', () => {
    const { shell, paths, onSwitched } = makeShell();
    const info = shell.openInitial();
    expect(existsSync(paths.defaultWorkspace)).toBe(true);
    expect(seedDemo).toHaveBeenCalledOnce();
    expect(info).toMatchObject({ name: 'ChainAtlas.chainatlas', shell: 'desktop' });
    expect(info.stats.clusters).toBe(1);
    expect(readRecent(paths.recentFile)).toEqual([paths.defaultWorkspace]);
    expect(onSwitched).toHaveBeenCalledOnce();
  });

  it('reopens the existing default workspace without seeding again', () => {
    makeShell().shell.openInitial();
    shell?.close();
    seedDemo.mockClear();
    const { shell: again } = makeShell();
    again.openInitial();
    expect(seedDemo).not.toHaveBeenCalled();
    expect(clusterNames(again)).toEqual(['演示集群']);
  });
});

describe('opening', () => {
  it('opens the file chosen in the dialog and closes the previous one', async () => {
    const other = makeWorkspaceFile('other.chainatlas', '医养健康');
    const { shell, paths, onSwitched } = makeShell();
    shell.openInitial();
    const before = shell.current();
    dialogAnswer = other;
    const info = await shell.openWorkspace({});
    expect(info?.name).toBe('other.chainatlas');
    expect(clusterNames(shell)).toEqual(['医养健康']);
    expect(before?.db.open).toBe(false);
    expect(readRecent(paths.recentFile)[0]).toBe(other);
    expect(onSwitched).toHaveBeenCalledTimes(2);
  });

  it('keeps the current workspace when the dialog is cancelled', async () => {
    const { shell } = makeShell();
    shell.openInitial();
    const before = shell.current();
    dialogAnswer = null;
    expect(await shell.openWorkspace({})).toBeNull();
    expect(shell.current()).toBe(before);
  });

  it('opens a recent workspace by its index', async () => {
    const other = makeWorkspaceFile('other.chainatlas', '信息产业');
    const { shell } = makeShell();
    shell.openInitial();
    dialogAnswer = other;
    await shell.openWorkspace({});
    // recent is now [other, default]; index 1 goes back to the default workspace
    const info = await shell.openWorkspace({ recentIndex: 1 });
    expect(info?.name).toBe('ChainAtlas.chainatlas');
    expect(shell.recent().map((r) => r.name)).toEqual([
      'ChainAtlas.chainatlas',
      'other.chainatlas',
    ]);
  });

  it('refuses a recent entry whose file is gone, without creating it', async () => {
    const other = makeWorkspaceFile('other.chainatlas', '信息产业');
    const { shell, paths } = makeShell();
    shell.openInitial();
    dialogAnswer = other;
    await shell.openWorkspace({});
    dialogAnswer = paths.defaultWorkspace;
    await shell.openWorkspace({}); // recent is now [default, other]
    rmSync(other);
    await expect(shell.openWorkspace({ recentIndex: 1 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(clusterNames(shell)).toEqual(['演示集群']);
    expect(existsSync(other)).toBe(false);
    expect(readRecent(paths.recentFile)).not.toContain(other);
    await expect(shell.openWorkspace({ recentIndex: 7 })).rejects.toBeInstanceOf(AppError);
  });
});

describe('creating', () => {
  it('creates an empty or a demo workspace where the save dialog says', async () => {
    const { shell } = makeShell();
    shell.openInitial();
    seedDemo.mockClear();

    dialogAnswer = join(dir, 'empty');
    const empty = await shell.createWorkspace({ demo: false });
    expect(empty?.name).toBe('empty.chainatlas');
    expect(empty?.stats.clusters).toBe(0);
    expect(seedDemo).not.toHaveBeenCalled();

    dialogAnswer = join(dir, 'demo.chainatlas');
    const demo = await shell.createWorkspace({ demo: true });
    expect(demo?.stats.clusters).toBe(1);
    expect(seedDemo).toHaveBeenCalledOnce();
  });

  it('never overwrites an existing file', async () => {
    const { shell } = makeShell();
    shell.openInitial();
    const precious = join(dir, 'precious.chainatlas');
    writeFileSync(precious, 'someone’s only copy');
    dialogAnswer = precious;
    await expect(shell.createWorkspace({ demo: true })).rejects.toMatchObject({ code: 'REJECTED' });
    expect(readFileSync(precious, 'utf8')).toBe('someone’s only copy');
    expect(clusterNames(shell)).toEqual(['演示集群']);
  });

  it('removes a half-made file when seeding fails and keeps the current workspace', async () => {
    const { shell } = makeShell();
    shell.openInitial();
    const before = shell.current();
    seedDemo.mockImplementationOnce(() => {
      throw new Error('disk full');
    });
    dialogAnswer = join(dir, 'broken.chainatlas');
    await expect(shell.createWorkspace({ demo: true })).rejects.toThrow('disk full');
    expect(existsSync(join(dir, 'broken.chainatlas'))).toBe(false);
    expect(shell.current()).toBe(before);
    expect(before?.db.open).toBe(true);
  });
});

describe('closing', () => {
  it('checkpoints the WAL into the main file', () => {
    const { shell, paths } = makeShell();
    shell.openInitial();
    shell.close();
    expect(shell.current()).toBeUndefined();
    expect(existsSync(`${paths.defaultWorkspace}-wal`)).toBe(false);
    const copy = openWorkspace(paths.defaultWorkspace, { readonly: true });
    expect(listClusters(copy.db).map((c) => c.name)).toEqual(['演示集群']);
    closeWorkspace(copy);
  });
});
