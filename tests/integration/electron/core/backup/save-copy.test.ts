// 另存副本 on real workspace files: the copy of a demo workspace with fresh edits still in the WAL opens
// as a workspace with the same counts and rows and passes integrity_check; the original keeps working
// (its undo history too) and later edits stay out of the copy; edits made while a large copy is under
// way leave a consistent copy; a copy onto the workspace itself or into a missing folder is refused
// with nothing left behind; the desktop's menu path adds the extension next to a locked original.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { saveWorkspaceCopy } from '../../../../../electron/core/backup/save-copy.js';
import { seedDemoWorkspace } from '../../../../../electron/core/demo/seed-demo.js';
import { insertEnterprise } from '../../../../../electron/core/repositories/enterprise-repository.js';
import {
  createEnterprise,
  removeEnterprise,
} from '../../../../../electron/core/services/enterprise-edit.js';
import { editHistory, undoEdit } from '../../../../../electron/core/services/undo-service.js';
import { statsOf } from '../../../../../electron/core/services/workspace-info.js';
import {
  closeWorkspace,
  openWorkspace,
  type Workspace,
} from '../../../../../electron/core/services/workspace.js';
import { createDesktopShell } from '../../../../../electron/main/desktop-shell.js';
import { resolveDesktopPaths } from '../../../../../electron/main/paths.js';
import { enterpriseDefaults } from '../../../../../shared/domain/defaults.js';
import { demoWorkspaceEachTest } from '../../../../support/demo-workspace.js';
import { enterpriseDraft } from '../../../../support/enterprise-draft.js';
import {
  dumpContents,
  tempWorkspace,
  type TempWorkspace,
} from '../../../../support/import-fixtures.js';

let t: TempWorkspace;
demoWorkspaceEachTest((w) => {
  t = w;
});

/** A new local firm as the form sends it. */
const firm = (name: string) =>
  enterpriseDraft(name, {
    isLocal: true,
    province: '山东省',
    city: '济宁市',
    country: '中国',
    ownership: 'private',
    employees: 42,
  });
const integrity = (ws: Workspace): unknown => ws.db.pragma('integrity_check', { simple: true });

/** Opens the copy as the app would, runs `check` on it and closes it again. */
function withCopy<T>(file: string, check: (copy: Workspace) => T): T {
  const copy = openWorkspace(file);
  try {
    return check(copy);
  } finally {
    closeWorkspace(copy);
  }
}

describe('saveWorkspaceCopy', () => {
  it('copies a workspace with edits still in its WAL; the copy opens whole and the original keeps working', async () => {
    // Edits after the demo seeding are in the -wal file, not yet in the main file: a plain file copy
    // would miss them.
    await createEnterprise(t.ws, firm('另存副本测试液压有限公司'));
    const doomed = t.ws.db
      .prepare<[], { id: number }>('SELECT id FROM enterprise ORDER BY id LIMIT 1')
      .get();
    await removeEnterprise(t.ws, doomed?.id ?? 0);
    expect(existsSync(`${t.file}-wal`)).toBe(true);
    const rows = dumpContents(t.ws.db);
    const stats = statsOf(t.ws);

    const target = join(t.dir, '副本.chainatlas');
    await saveWorkspaceCopy(t.ws, target);

    expect(readdirSync(t.dir).filter((f) => f.includes('partial'))).toEqual([]);
    // The copy is one self-contained file: a SQLite header, nothing waiting in a WAL beside it.
    expect(readFileSync(target).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    expect(existsSync(`${target}-wal`)).toBe(false);
    withCopy(target, (copy) => {
      expect(integrity(copy)).toBe('ok');
      expect(statsOf(copy)).toEqual(stats);
      expect(dumpContents(copy.db)).toEqual(rows);
      // Undo history belongs to the open window, not to the file: the copy starts with none.
      expect(editHistory(copy)).toMatchObject({ canUndo: false, canRedo: false });
    });

    // The original is still the open, writable workspace, with its undo history intact.
    expect(editHistory(t.ws).canUndo).toBe(true);
    undoEdit(t.ws);
    expect(statsOf(t.ws).enterprises).toBe(stats.enterprises + 1);
    await createEnterprise(t.ws, firm('副本之后新建的企业'));
    expect(integrity(t.ws)).toBe('ok');
    // Later changes to the original stay out of the copy.
    withCopy(target, (copy) => {
      expect(dumpContents(copy.db)).toEqual(rows);
    });

    // The second copy to the same name replaces the first whole.
    await saveWorkspaceCopy(t.ws, target);
    const now = dumpContents(t.ws.db);
    withCopy(target, (copy) => {
      expect(integrity(copy)).toBe('ok');
      expect(dumpContents(copy.db)).toEqual(now);
    });
  });

  it('makes a consistent copy while edits land during a copy of a large workspace', async () => {
    // Enough rows that the copy takes many steps, so the edits below fall between them.
    const products = '液压泵、液压阀、液压油缸及其配套密封件，'.repeat(20);
    t.ws.db.transaction(() => {
      for (let i = 0; i < 3000; i += 1)
        insertEnterprise(t.ws.db, {
          ...enterpriseDefaults(),
          name: `副本体量测试企业${String(i)}`,
          mainProducts: products,
        });
    })();
    const target = join(t.dir, 'large-copy.chainatlas');
    const progress = { done: false };
    const copying = saveWorkspaceCopy(t.ws, target).finally(() => {
      progress.done = true;
    });
    let during = 0;
    for (;;) {
      await new Promise((r) => setImmediate(r));
      if (progress.done) break;
      await createEnterprise(t.ws, firm(`副本进行中新建${String(during)}`));
      during += 1;
    }
    await copying;
    // More than one edit: at least one fell between two steps of the copy, not before the first.
    expect(during).toBeGreaterThan(1);
    withCopy(target, (copy) => {
      expect(integrity(copy)).toBe('ok');
      // Edits by the copying connection are carried into the copy: it holds the final state.
      expect(dumpContents(copy.db)).toEqual(dumpContents(t.ws.db));
    });
  });

  it('refuses to copy onto the workspace itself or its WAL, and into a missing folder, leaving nothing', async () => {
    const rows = dumpContents(t.ws.db);
    for (const target of [t.file, `${t.file}-wal`, `${t.file}-shm`])
      await expect(saveWorkspaceCopy(t.ws, target)).rejects.toMatchObject({
        code: 'REJECTED',
        message: expect.stringContaining('副本不能保存在工作区文件本身的位置') as unknown,
      });
    const missing = join(t.dir, 'no-such-folder', 'copy.chainatlas');
    await expect(saveWorkspaceCopy(t.ws, missing)).rejects.toThrow(missing);
    expect(existsSync(join(t.dir, 'no-such-folder'))).toBe(false);
    expect(readdirSync(t.dir).filter((f) => f.includes('partial'))).toEqual([]);
    expect(dumpContents(t.ws.db)).toEqual(rows);
    expect(integrity(t.ws)).toBe('ok');
  });
});

describe('the desktop’s 另存副本', () => {
  it('saves the open, locked workspace under the chosen name with the extension added', async () => {
    // This case opens its own workspace through the shell, which holds its lock, in a folder of its own.
    const own = tempWorkspace();
    const paths = resolveDesktopPaths(join(own.dir, 'userData'), {});
    const out = join(own.dir, 'copies');
    mkdirSync(out);
    let offered = '';
    const shell = createDesktopShell({
      paths,
      seedDemo: seedDemoWorkspace,
      dialogs: {
        chooseWorkspaceToOpen: () => Promise.resolve(null),
        chooseNewWorkspacePath: () => Promise.resolve(null),
        chooseCopyPath: (name) => {
          offered = name;
          return Promise.resolve(join(out, '园区备份'));
        },
      },
    });
    try {
      const info = shell.openInitial();
      expect(existsSync(`${paths.defaultWorkspace}.lock`)).toBe(true);
      const result = await shell.saveCopy?.();
      expect(offered).toBe('ChainAtlas');
      expect(result).toEqual({ name: '园区备份.chainatlas', location: out });
      // The copy is a separate workspace: it opens while the original is held by the desktop.
      withCopy(join(out, '园区备份.chainatlas'), (copy) => {
        expect(integrity(copy)).toBe('ok');
        expect(statsOf(copy)).toEqual(info.stats);
      });
      expect(shell.current()?.file).toBe(paths.defaultWorkspace);
    } finally {
      shell.close();
      own.dispose();
    }
  });
});
