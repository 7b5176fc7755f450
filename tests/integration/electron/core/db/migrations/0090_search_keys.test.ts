// 0090 on a file one version older, with firms and a former name: the search-key table and its index
// appear empty, the rows kept; the file's triggers drop a firm's keys when any program renames it or
// changes its aliases (a plain SQLite connection here, without the app's functions), and the app
// fills every missing key with the same keys it would compute when it next opens the file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { openDatabase } from '../../../../../../electron/core/db/open-database.js';
import { storedKeys } from '../../../../../../electron/core/db/search-keys.js';
import {
  columnNames,
  indexNames,
  migrationFile,
  previousVersion,
  seedV10,
  userVersion,
  type MigrationFile,
} from './migration-files.js';

let f: MigrationFile;
beforeEach(() => {
  f = migrationFile();
});
afterEach(() => {
  f.dispose();
});

const keyRows = (db: ReturnType<MigrationFile['db']>) =>
  db
    .prepare(
      'SELECT enterprise_id AS id, sort_key AS sortKey, texts, pinyin FROM enterprise_search_key ORDER BY 1',
    )
    .all();

describe('0090_search_keys', () => {
  it('adds an empty key table; renames and alias changes by any program drop the keys', () => {
    f.upTo(previousVersion(90));
    const { a, b } = seedV10(f.db());
    f.db()
      .prepare('INSERT INTO enterprise_alias (enterprise_id, alias) VALUES (?, ?)')
      .run(b, '恒立');
    const firms = f.db().prepare('SELECT * FROM enterprise ORDER BY id').all();

    expect(f.upTo(90)).toEqual([90]);
    const db = f.reopen();
    expect(userVersion(db)).toBe(90);
    expect(columnNames(db, 'enterprise_search_key')).toEqual([
      'enterprise_id',
      'sort_key',
      'texts',
      'pinyin',
    ]);
    expect(indexNames(db, 'enterprise_search_key')).toEqual(['enterprise_search_key_order']);
    expect(db.prepare('SELECT * FROM enterprise ORDER BY id').all()).toEqual(firms);
    expect(keyRows(db)).toEqual([]);

    const put = db.prepare(
      "INSERT INTO enterprise_search_key VALUES (?, 'old', char(10) || 'old' || char(10), char(10))",
    );
    const keyed = () => keyRows(db).map((r) => (r as { id: number }).id);
    put.run(a);
    put.run(b);
    // Writing the same name again is no rename: the keys stay.
    db.prepare('UPDATE enterprise SET name = name, is_local = 1 WHERE id = ?').run(a);
    expect(keyed()).toEqual([a, b]);
    db.prepare("UPDATE enterprise SET name = '小松工程机械' WHERE id = ?").run(a);
    expect(keyed()).toEqual([b]);
    put.run(a);
    db.prepare('INSERT INTO enterprise_alias (enterprise_id, alias) VALUES (?, ?)').run(a, '小松');
    expect(keyed()).toEqual([b]);
    db.prepare('DELETE FROM enterprise_alias WHERE enterprise_id = ?').run(b);
    expect(keyed()).toEqual([]);
    put.run(a);
    put.run(b);
    db.prepare('UPDATE enterprise_alias SET enterprise_id = ? WHERE enterprise_id = ?').run(b, a);
    expect(keyed()).toEqual([]);
    put.run(a);
    // Even with foreign keys off (another SQLite tool's default) no key outlives its firm.
    db.pragma('foreign_keys = OFF');
    db.prepare('DELETE FROM enterprise WHERE id = ?').run(a);
    expect(keyed()).toEqual([]);
  });

  it('the app fills the keys of every firm when it opens the migrated file', () => {
    f.upTo(previousVersion(90));
    const { a, b } = seedV10(f.db());
    f.db()
      .prepare('INSERT INTO enterprise_alias (enterprise_id, alias) VALUES (?, ?)')
      .run(b, '恒立');
    f.db().close();

    const db = openDatabase(f.file);
    try {
      const keys = (id: number, name: string, aliases: string[]) => ({
        id,
        ...storedKeys(name, aliases),
      });
      expect(keyRows(db)).toEqual([
        keys(a, '小松（山东）工程机械有限公司', []),
        keys(b, '江苏恒立液压股份有限公司', ['恒立']),
      ]);
      const hengli = keyRows(db)[1] as { texts: string; pinyin: string };
      expect(hengli.texts).toContain('\n恒立\n');
      expect(hengli.pinyin).toContain('\nhl\n');
    } finally {
      db.close();
    }
  });
});
