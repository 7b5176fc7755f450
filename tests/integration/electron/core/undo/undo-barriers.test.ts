// What else writes a workspace, seen from undo: a real spreadsheet import and a backup restore end
// the steps before them (undo names them and the time), while adding a chain template from the
// library is itself an edit that undo takes back whole and redo makes again.
import { describe, expect, it } from 'vitest';

import { commitImport, prepareImport } from '../../../../../electron/core/import/import-service.js';
import { backupNow, backupRestore } from '../../../../../electron/core/services/backup-service.js';
import { editWorkspace } from '../../../../../electron/core/services/edit.js';
import { addTemplate } from '../../../../../electron/core/services/template-service.js';
import {
  editHistory,
  redoEdit,
  undoEdit,
} from '../../../../../electron/core/services/undo-service.js';
import { demoWorkspaceEachTest } from '../../../../support/demo-workspace.js';
import type { TempWorkspace } from '../../../../support/import-fixtures.js';
import { dumpTables } from './table-dump.js';

let t: TempWorkspace;
demoWorkspaceEachTest((w) => {
  t = w;
});

const recolour = (colour: string) =>
  editWorkspace(t.ws, { zh: `改颜色${colour}`, en: `recolour ${colour}` }, () =>
    t.ws.db.prepare('UPDATE cluster SET color = ? WHERE id = 1').run(colour),
  );

describe('undo beside imports, restores and templates', () => {
  it('a committed import ends the steps before it; edits after it stay undoable', async () => {
    await recolour('#101010');
    const csv = Buffer.from(
      '\uFEFF企业名称,统一社会信用代码\n撤销测试导入企业,91370800MA3T0UND0X\n',
    );
    const prepared = await prepareImport(t.ws, [{ name: '企业.csv', bytes: csv }]);
    await commitImport(t.ws, prepared, { backup: false, acceptWarnings: true });
    expect(editHistory(t.ws)).toMatchObject({ canUndo: false });
    await recolour('#202020');
    expect(undoEdit(t.ws).label.zh).toBe('改颜色#202020');
    const { blockedBy } = editHistory(t.ws);
    expect(blockedBy?.zh).toMatch(/^导入（\d{4}-\d{2}-\d{2} \d{2}:\d{2}）之后的修改才能撤销$/);
    // The import's firm stays: undo never reached back over it.
    expect(
      t.ws.db
        .prepare(`SELECT count(*) FROM enterprise WHERE name = '撤销测试导入企业'`)
        .pluck()
        .get(),
    ).toBe(1);
  });

  it('a restored backup ends the steps before it, named as a restore (not another program)', async () => {
    const id = await backupNow(t.ws);
    await recolour('#303030');
    await backupRestore(t.ws, id);
    expect(editHistory(t.ws).blockedBy?.zh).toMatch(/^恢复备份（.+）之后的修改才能撤销$/);
    expect(() => undoEdit(t.ws)).toThrow(/^恢复备份/);
  });

  it('adding a library template is one undoable edit: undo removes it whole, redo adds it again', () => {
    const before = dumpTables(t.ws.db);
    const added = addTemplate(
      t.ws,
      'construction-machinery',
      { newCluster: '撤销测试集群' },
      'copy',
    );
    expect(added).toMatchObject({ status: 'added' });
    const after = dumpTables(t.ws.db);
    expect(editHistory(t.ws).undoLabel?.zh).toMatch(/^添加产业链模板“.+”$/);
    undoEdit(t.ws);
    expect(dumpTables(t.ws.db)).toEqual(before);
    redoEdit(t.ws);
    expect(dumpTables(t.ws.db)).toEqual(after);
  });
});
