// The workspace revision on a real file: every kind of committed write changes it (this connection's
// rows, an import, another connection's commit, a schema change), reads and rolled-back work do not
// leave a reusable token behind.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';

import { inProcessTransport } from '../../../../../electron/core/import/parse-transport.js';
import { workspaceVersion } from '../../../../../electron/core/import/plan-workbooks.js';
import { commitImport, prepareImport } from '../../../../../electron/core/import/import-service.js';
import { cacheCounters } from '../../../../../electron/core/services/analysis-cache.js';
import {
  networkGraph,
  saveNetworkPositions,
} from '../../../../../electron/core/services/network-service.js';
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

  it('stays the same after the network saves where its firms were put, and moves on after an edit', () => {
    t = tempWorkspace();
    const db = t.ws.db;
    addCluster(db, '高端装备');
    const request = { filter: {}, groupBy: 'none' } as const;
    const { viewKey } = networkGraph(t.ws, request);
    const before = workspaceRevision(db);
    const importSeen = workspaceVersion(t.ws);
    const loads = cacheCounters().loads;
    // A layout saved whole, then one firm dragged: positions are stored, nothing derived changes.
    saveNetworkPositions(t.ws, viewKey, [{ id: 'f:1', x: 1, y: 2, pinned: false }], true);
    saveNetworkPositions(t.ws, viewKey, [{ id: 'f:1', x: 5, y: 6, pinned: true }], false);
    expect(workspaceRevision(db)).toBe(before);
    // An import previewed before the drag is still current: it is not planned again at commit.
    expect(workspaceVersion(t.ws)).toBe(importSeen);
    expect(networkGraph(t.ws, request).positions).toEqual([
      { id: 'f:1', x: 5, y: 6, pinned: true },
    ]);
    // The answer came from the loaded workspace: it was not read and analysed again.
    expect(cacheCounters().loads).toBe(loads);
    addCluster(db, '信息产业');
    expect(workspaceRevision(db)).not.toBe(before);
    expect(workspaceVersion(t.ws)).not.toBe(importSeen);
  });
});
