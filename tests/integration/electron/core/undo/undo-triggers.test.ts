// The triggers are built from whatever schema the connection has: a table without rowid, odd column
// names, blobs, NULLs and a primary key that changes are all put back exactly; tables of derived data
// or settings are not recorded at all.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { journaledWrite } from '../../../../../electron/core/undo/undo-write.js';
import { replayStep } from '../../../../../electron/core/undo/undo-replay.js';
import { journalOf } from '../../../../../electron/core/undo/undo-journal.js';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  db.pragma('trusted_schema = OFF');
  db.exec(`CREATE TABLE pair (a TEXT, "b ""q""" BLOB, n REAL, PRIMARY KEY (a, "b ""q""")) WITHOUT ROWID;
    CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT UNIQUE, extra TEXT);
    CREATE TABLE note (k TEXT PRIMARY KEY, v TEXT);
    CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT);
    INSERT INTO pair VALUES ('x', x'00ff', NULL), ('y', 'it''s', 1e-300);
    INSERT INTO item VALUES (1, '甲', NULL), (2, '乙', '备注');
    INSERT INTO note VALUES ('k1', 'v1');
    INSERT INTO setting VALUES ('s', '1');`);
});
afterEach(() => {
  db.close();
});

const all = () => ({
  pair: db.prepare('SELECT * FROM pair ORDER BY 1, 2').all(),
  item: db.prepare('SELECT rowid, * FROM item ORDER BY 1').all(),
  note: db.prepare('SELECT rowid, * FROM note ORDER BY 1').all(),
});
const edit = (change: () => void) => {
  journaledWrite(db, change, { kind: 'edit', label: { zh: '改', en: 'edit' } });
};

describe('undo triggers', () => {
  it('put back rows of a table without rowid, with blobs, quotes, NULLs and tiny floats', () => {
    const before = all();
    edit(() => {
      db.exec(`UPDATE pair SET n = 2, "b ""q""" = x'01' WHERE a = 'x'`);
      db.exec(`DELETE FROM pair WHERE a = 'y'`);
      db.exec(`INSERT INTO pair VALUES ('z', x'02', NULL)`);
    });
    expect(replayStep(db, 'undo')).not.toBeNull();
    expect(all()).toEqual(before);
  });

  it('put back a row whose primary key changed, and rowids of a table with a text key', () => {
    const before = all();
    edit(() => {
      db.exec(`UPDATE item SET id = 10, name = '丙' WHERE id = 1`);
      db.exec(`DELETE FROM note`);
      db.exec(`INSERT INTO note VALUES ('k2', 'v2')`);
    });
    const after = all();
    replayStep(db, 'undo');
    expect(all()).toEqual(before);
    replayStep(db, 'redo');
    expect(all()).toEqual(after);
  });

  it('do not record settings: an edit of them alone is no step', () => {
    edit(() => db.exec(`UPDATE setting SET value = '2'`));
    expect(journalOf(db).undo).toHaveLength(0);
  });
});
