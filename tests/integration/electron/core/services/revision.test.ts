// The workspace revision on a real file: every kind of committed write changes it (this connection's
// rows, an import, another connection's commit, a schema change), reads and rolled-back work do not
// leave a reusable token behind.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';

import { inProcessTransport } from '../../../../../electron/core/import/parse-transport.js';
import { commitImport, prepareImport } from '../../../../../electron/core/import/import-service.js';
import {
  isUncommittedRevision,
  workspaceRevision,
} from '../../../../../electron/core/services/revision.js';
import { tempWorkspace, type TempWorkspace } from '../../../../support/import-fixtures.js';

let t: TempWorkspace | undefined;
let other: Database.Database | undefined;
afterEach(() => {
  other?.close();
  other = undefined;
  t?.dispose();
  t = undefined;
});

const addCluster = (db: Database.Database, name: string) =>
  db.prepare('INSERT INTO cluster (name, color, sort_order) VALUES (?, ?, 0)').run(name, '#123456');

describe('workspaceRevision', () => {
  it('stays the same while only reading', () => {
    t = tempWorkspace();
    const db = t.ws.db;
    addCluster(db, '高端装备');
    const before = workspaceRevision(db);
    db.prepare('SELECT * FROM cluster').all();
    db.prepare('SELECT count(*) FROM enterprise').get();
    expect(workspaceRevision(db)).toBe(before);
    expect(isUncommittedRevision(before)).toBe(false);
  });

  it('changes after an insert, an update and a delete on this connection', () => {
    t = tempWorkspace();
    const db = t.ws.db;
    const seen = new Set<string>([workspaceRevision(db)]);
    const { lastInsertRowid } = addCluster(db, '高端装备');
    seen.add(workspaceRevision(db));
    db.prepare('UPDATE cluster SET name = ? WHERE id = ?').run('医养健康', lastInsertRowid);
    seen.add(workspaceRevision(db));
    db.prepare('DELETE FROM cluster WHERE id = ?').run(lastInsertRowid);
    seen.add(workspaceRevision(db));
    expect(seen.size).toBe(4);
  });

  it('changes after an import commits', async () => {
    t = tempWorkspace();
    const before = workspaceRevision(t.ws.db);
    const file = {
      name: '名录.csv',
      bytes: Buffer.from('企业名称,是否本地\n济宁泰丰液压泵有限公司,是\n'),
    };
    const prepared = await prepareImport(t.ws, [file], { transport: inProcessTransport() });
    expect(workspaceRevision(t.ws.db)).toBe(before);
    await commitImport(t.ws, prepared, { backup: false });
    expect(workspaceRevision(t.ws.db)).not.toBe(before);
  });

  it("changes after another connection's commit to the same file", () => {
    t = tempWorkspace();
    const before = workspaceRevision(t.ws.db);
    other = new Database(t.file);
    addCluster(other, '新能源新材料');
    expect(workspaceRevision(t.ws.db)).not.toBe(before);
    // and the write is then visible to this connection
    expect(t.ws.db.prepare('SELECT name FROM cluster').pluck().all()).toEqual(['新能源新材料']);
  });

  it('changes after a schema change that writes no row', () => {
    t = tempWorkspace();
    const before = workspaceRevision(t.ws.db);
    t.ws.db.exec('CREATE TABLE scratch (x INTEGER)');
    expect(workspaceRevision(t.ws.db)).not.toBe(before);
  });

  it('never gives a token inside a transaction that a later state could share', () => {
    t = tempWorkspace();
    const db = t.ws.db;
    const before = workspaceRevision(db);
    const inside: string[] = [];
    expect(() =>
      db.transaction(() => {
        addCluster(db, '信息产业');
        inside.push(workspaceRevision(db), workspaceRevision(db));
        throw new Error('roll back');
      })(),
    ).toThrow('roll back');
    const after = workspaceRevision(db);
    expect(inside.every(isUncommittedRevision)).toBe(true);
    expect(inside[0]).not.toBe(inside[1]);
    expect(inside).not.toContain(before);
    expect(inside).not.toContain(after);
    expect(db.prepare('SELECT count(*) FROM cluster').pluck().get()).toBe(0);
  });
});
