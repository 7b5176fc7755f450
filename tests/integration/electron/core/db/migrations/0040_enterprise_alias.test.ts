// 0040 on a version-30 file: the former-names table appears, firms and remembered answers stay,
// a firm's names are unique per firm, and they go with the firm.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

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

describe('0040_enterprise_alias', () => {
  it('adds former names, unique per firm, deleted with the firm', () => {
    f.upTo(previousVersion(40));
    const { a, b } = seedV10(f.db());
    f.db()
      .prepare('INSERT INTO import_match_decision (name_key, enterprise_id) VALUES (?, ?)')
      .run('恒立', b);
    const decisions = f.db().prepare('SELECT * FROM import_match_decision').all();

    expect(f.upTo(40)).toEqual([40]);
    const db = f.reopen();
    expect(userVersion(db)).toBe(40);
    expect(columnNames(db, 'enterprise_alias')).toEqual(['enterprise_id', 'alias', 'created_at']);
    expect(indexNames(db, 'enterprise_alias')).toEqual(['enterprise_alias_alias']);
    expect(db.prepare('SELECT * FROM import_match_decision').all()).toEqual(decisions);
    const add = db.prepare('INSERT INTO enterprise_alias (enterprise_id, alias) VALUES (?, ?)');
    add.run(a, '小松山东');
    add.run(b, '小松山东');
    expect(() => add.run(a, '小松山东')).toThrow(/UNIQUE/);
    db.prepare('DELETE FROM enterprise WHERE id = ?').run(a);
    expect(db.prepare('SELECT enterprise_id FROM enterprise_alias').all()).toEqual([
      { enterprise_id: b },
    ]);
  });
});
