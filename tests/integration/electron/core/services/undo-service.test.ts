// Undo and redo of hand edits on a real workspace file (the demo data): a sequence of edits made
// through editWorkspace with real SQL — a new firm, its 挂链, deleting a firm with everything that
// cascades, renaming a segment — undone one by one back to the exact tables before, and redone to the
// exact tables after. A new edit clears redo; an import or another program's write stops undo with a
// message and changes nothing; a full disk rolls an edit back and records no step.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { seedDemoWorkspace } from '../../../../../electron/core/demo/seed-demo.js';
import { editWorkspace } from '../../../../../electron/core/services/edit.js';
import { workspaceRevision } from '../../../../../electron/core/services/revision.js';
import {
  editHistory,
  redoEdit,
  undoEdit,
} from '../../../../../electron/core/services/undo-service.js';
import {
  closeWorkspace,
  openWorkspace,
  type Workspace,
} from '../../../../../electron/core/services/workspace.js';
import { writeWorkspace } from '../../../../../electron/core/services/write.js';
import { dumpTables } from '../undo/table-dump.js';

let dir: string;
let ws: Workspace;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chainatlas-undo-'));
  ws = openWorkspace(join(dir, 'zone.chainatlas'));
  seedDemoWorkspace(ws.db);
});
afterEach(() => {
  closeWorkspace(ws);
  rmSync(dir, { recursive: true, force: true });
});

const label = (zh: string) => ({ zh, en: `en:${zh}` });
const num = (sql: string, ...params: unknown[]): number =>
  ws.db
    .prepare(sql)
    .pluck()
    .get(...params) as number;
const count = (sql: string, ...params: unknown[]): number =>
  ws.db
    .prepare(sql)
    .pluck()
    .get(...params) as number;

/** A demo firm with 挂链 and links on both sides: its delete cascades into several tables. */
function busyFirm(): number {
  return num(
    `SELECT e.id FROM enterprise e
     WHERE EXISTS (SELECT 1 FROM enterprise_segment m WHERE m.enterprise_id = e.id)
       AND EXISTS (SELECT 1 FROM supply_link l WHERE l.supplier_id = e.id)
       AND EXISTS (SELECT 1 FROM supply_link l WHERE l.buyer_id = e.id)
     ORDER BY e.id LIMIT 1`,
  );
}

async function fourEdits(): Promise<{ created: number; deleted: number; segment: number }> {
  const created = await editWorkspace(ws, label('新建企业'), () =>
    Number(
      ws.db
        .prepare(`INSERT INTO enterprise (name, is_local, revenue, tags) VALUES (?, 1, ?, ?)`)
        .run('济宁\'新材料"有限公司', 0.1 + 0.2, '["高新"]').lastInsertRowid,
    ),
  );
  const segment = num(`SELECT id FROM segment ORDER BY id LIMIT 1 OFFSET 3`);
  await editWorkspace(ws, label('添加挂链'), () => {
    ws.db
      .prepare(
        `INSERT INTO enterprise_segment (enterprise_id, segment_id, is_primary, status) VALUES (?, ?, 1, 'confirmed')`,
      )
      .run(created, segment);
  });
  const deleted = busyFirm();
  await editWorkspace(
    ws,
    label('删除企业'),
    () => ws.db.prepare('DELETE FROM enterprise WHERE id = ?').run(deleted),
    { destructive: true },
  );
  await editWorkspace(ws, label('重命名环节'), () =>
    ws.db.prepare(`UPDATE segment SET name = name || '（新）' WHERE id = ?`).run(segment),
  );
  return { created, deleted, segment };
}

describe('undo and redo of hand edits', () => {
  it('undo steps back through every edit to the exact tables before, and redo forward to the end', async () => {
    // A lead on the firm deleted below is kept with its firm cleared (ON DELETE SET NULL).
    ws.db
      .prepare(`UPDATE lead SET enterprise_id = ? WHERE id = (SELECT min(id) FROM lead)`)
      .run(busyFirm());
    const start = dumpTables(ws.db);
    const revisions = new Set([workspaceRevision(ws.db)]);
    const { deleted } = await fourEdits();
    // The delete took the firm's 挂链 and links with it (cascade) and is what undo must bring back.
    expect(
      count('SELECT count(*) FROM supply_link WHERE ? IN (supplier_id, buyer_id)', deleted),
    ).toBe(0);
    const end = dumpTables(ws.db);
    expect(editHistory(ws)).toMatchObject({
      canUndo: true,
      canRedo: false,
      undoLabel: label('重命名环节'),
    });

    const undone: string[] = [];
    while (editHistory(ws).canUndo) {
      undone.push(undoEdit(ws).label.zh);
      revisions.add(workspaceRevision(ws.db));
    }
    expect(undone).toEqual(['重命名环节', '删除企业', '添加挂链', '新建企业']);
    expect(dumpTables(ws.db)).toEqual(start);
    expect(ws.db.pragma('foreign_key_check')).toEqual([]);
    // Each undo is a write: caches keyed on the revision see a new one every time.
    expect(revisions.size).toBe(5);
    expect(editHistory(ws)).toMatchObject({
      canUndo: false,
      canRedo: true,
      redoLabel: label('新建企业'),
      blockedBy: null,
    });

    const redone: string[] = [];
    while (editHistory(ws).canRedo) redone.push(redoEdit(ws).label.zh);
    expect(redone).toEqual(['新建企业', '添加挂链', '删除企业', '重命名环节']);
    expect(dumpTables(ws.db)).toEqual(end);
    // The float and the quotes survived two round trips exactly.
    expect(num(`SELECT revenue FROM enterprise WHERE name LIKE '济宁''新材料%'`)).toBe(0.1 + 0.2);
  });

  it('a deleted firm comes back with its 挂链, links both ways, leads and aliases', async () => {
    const firm = busyFirm();
    ws.db
      .prepare(`INSERT INTO enterprise_alias (enterprise_id, alias) VALUES (?, '旧名称')`)
      .run(firm);
    ws.db
      .prepare(`UPDATE lead SET enterprise_id = ? WHERE id = (SELECT min(id) FROM lead)`)
      .run(firm);
    const before = dumpTables(ws.db);
    await editWorkspace(
      ws,
      label('删除企业'),
      () => ws.db.prepare('DELETE FROM enterprise WHERE id = ?').run(firm),
      { destructive: true },
    );
    expect(count('SELECT count(*) FROM lead WHERE enterprise_id = ?', firm)).toBe(0);
    undoEdit(ws);
    expect(dumpTables(ws.db)).toEqual(before);
  });

  it('an edit that changes one row several times comes back to the value before it', async () => {
    const before = dumpTables(ws.db);
    await editWorkspace(ws, label('两次修改'), () => {
      ws.db.prepare(`UPDATE cluster SET name = '第一次' WHERE id = 1`).run();
      ws.db.prepare(`UPDATE cluster SET name = '第二次' WHERE id = 1`).run();
      const id = ws.db.prepare(`INSERT INTO cluster (name) VALUES ('临时')`).run().lastInsertRowid;
      ws.db.prepare(`UPDATE cluster SET color = '#333333' WHERE id = ?`).run(id);
    });
    const after = dumpTables(ws.db);
    undoEdit(ws);
    expect(dumpTables(ws.db)).toEqual(before);
    redoEdit(ws);
    expect(dumpTables(ws.db)).toEqual(after);
  });

  it('a new edit after an undo clears redo', async () => {
    await fourEdits();
    undoEdit(ws);
    expect(editHistory(ws).canRedo).toBe(true);
    await editWorkspace(ws, label('另一个修改'), () =>
      ws.db.prepare(`UPDATE cluster SET color = '#000000' WHERE id = 1`).run(),
    );
    expect(editHistory(ws)).toMatchObject({
      canRedo: false,
      redoLabel: null,
      undoLabel: label('另一个修改'),
    });
  });

  it('an edit that changes no row records no step', async () => {
    await editWorkspace(ws, label('无'), () =>
      ws.db.prepare('DELETE FROM enterprise WHERE id = -1').run(),
    );
    expect(editHistory(ws).canUndo).toBe(false);
  });

  it('an import between edits stops undo there with a message, and changes nothing', async () => {
    await fourEdits();
    writeWorkspace(
      ws,
      () =>
        ws.db
          .prepare(
            `UPDATE enterprise SET city = '济宁市' WHERE id = (SELECT max(id) FROM enterprise)`,
          )
          .run(),
      { barrier: 'import' },
    );
    await editWorkspace(ws, label('导入后的修改'), () =>
      ws.db.prepare(`UPDATE cluster SET color = '#111111' WHERE id = 1`).run(),
    );
    expect(undoEdit(ws).label.zh).toBe('导入后的修改');
    const state = editHistory(ws);
    expect(state.canUndo).toBe(false);
    expect(state.blockedBy?.zh).toMatch(
      /^导入（\d{4}-\d{2}-\d{2} \d{2}:\d{2}）之后的修改才能撤销$/,
    );
    expect(state.blockedBy?.en).toMatch(/^Only changes made after the import/);
    const before = dumpTables(ws.db);
    const revision = workspaceRevision(ws.db);
    expect(() => undoEdit(ws)).toThrow(
      expect.objectContaining({ code: 'REJECTED', message: state.blockedBy?.zh }) as Error,
    );
    expect(dumpTables(ws.db)).toEqual(before);
    expect(workspaceRevision(ws.db)).toBe(revision);
  });

  it("another program's write stops undo with a message, and changes nothing", async () => {
    await fourEdits();
    const other = new Database(ws.file);
    other
      .prepare(`UPDATE enterprise SET park = '高新区' WHERE id = (SELECT max(id) FROM enterprise)`)
      .run();
    other.close();
    const before = dumpTables(ws.db);
    expect(() => undoEdit(ws)).toThrow(expect.objectContaining({ code: 'REJECTED' }) as Error);
    expect(editHistory(ws).blockedBy?.zh).toMatch(/^另一个程序修改工作区（.+）之后的修改才能撤销$/);
    expect(dumpTables(ws.db)).toEqual(before);
  });

  it('a plain write that changes recorded rows outside an edit is a barrier too; one that does not is not', async () => {
    await fourEdits();
    writeWorkspace(ws, () =>
      ws.db.prepare(`INSERT INTO setting (key, value) VALUES ('x', '1')`).run(),
    );
    expect(editHistory(ws).canUndo).toBe(true);
    writeWorkspace(ws, () =>
      ws.db
        .prepare(`UPDATE enterprise SET grid = 'A' WHERE id = (SELECT max(id) FROM enterprise)`)
        .run(),
    );
    expect(editHistory(ws)).toMatchObject({
      canUndo: false,
      blockedBy: { zh: expect.stringContaining('不能撤销的修改') as string },
    });
  });

  it('a full disk rolls the edit back, records no step, and says so in both languages', async () => {
    await editWorkspace(ws, label('第一步'), () =>
      ws.db.prepare(`UPDATE cluster SET color = '#222222' WHERE id = 1`).run(),
    );
    const before = dumpTables(ws.db);
    const pages = ws.db.pragma('page_count', { simple: true }) as number;
    ws.db.pragma(`max_page_count = ${String(pages)}`);
    const big = 'x'.repeat(200_000);
    await expect(
      editWorkspace(ws, label('太大'), () =>
        ws.db.prepare(`UPDATE enterprise SET main_products = ?`).run(big),
      ),
    ).rejects.toMatchObject({
      code: 'WRITE_FAILED',
      message: expect.stringContaining('磁盘空间不足') as string,
      en: expect.stringContaining('disk is full') as string,
    });
    ws.db.pragma('max_page_count = 4294967294');
    expect(dumpTables(ws.db)).toEqual(before);
    expect(editHistory(ws)).toMatchObject({ canUndo: true, undoLabel: label('第一步') });
    // The recording flag was rolled back with the edit: a later plain write is not taken for an edit.
    expect(undoEdit(ws).label.zh).toBe('第一步');
  });

  it('undo on a workspace reopened read-only is refused and changes nothing', async () => {
    await fourEdits();
    const file = ws.file;
    closeWorkspace(ws);
    ws = openWorkspace(file, { readonly: true });
    expect(() => undoEdit(ws)).toThrow(expect.objectContaining({ code: 'READ_ONLY' }) as Error);
  });

  it('the stack belongs to the open workspace: reopening starts with nothing to undo', async () => {
    await fourEdits();
    const file = ws.file;
    closeWorkspace(ws);
    ws = openWorkspace(file);
    expect(editHistory(ws)).toMatchObject({ canUndo: false, canRedo: false, blockedBy: null });
    expect(() => undoEdit(ws)).toThrow(
      expect.objectContaining({ message: '没有可撤销的修改' }) as Error,
    );
  });
});
