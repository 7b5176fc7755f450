// 0030 on a version-20 file with firms: the importer's memory tables appear empty, the firms stay,
// and a remembered "this name is that firm" answer goes when the firm is deleted.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  migrationFile,
  previousVersion,
  seedV10,
  tableNames,
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

describe('0030_import_memory', () => {
  it('adds the mapping and match-decision memory and keeps the firms', () => {
    f.upTo(previousVersion(30));
    const { a } = seedV10(f.db());
    const firms = f.db().prepare('SELECT * FROM enterprise ORDER BY id').all();

    expect(f.upTo(30)).toEqual([30]);
    const db = f.reopen();
    expect(userVersion(db)).toBe(30);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['import_column_mapping', 'import_match_decision']),
    );
    expect(db.prepare('SELECT * FROM enterprise ORDER BY id').all()).toEqual(firms);
    db.prepare(
      'INSERT INTO import_match_decision (name_key, enterprise_id) VALUES (?, ?), (?, NULL)',
    ).run('小松', a, '新企业');
    expect(() =>
      db
        .prepare('INSERT INTO import_column_mapping (signature, mapping) VALUES (?, ?)')
        .run('名称|统一社会信用代码', '{'),
    ).toThrow(/CHECK/);
    db.prepare('DELETE FROM enterprise WHERE id = ?').run(a);
    expect(db.prepare('SELECT name_key FROM import_match_decision').all()).toEqual([
      { name_key: '新企业' },
    ]);
  });
});
