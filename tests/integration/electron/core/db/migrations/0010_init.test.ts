// 0010 on an empty file: every table of the workspace, the indexes the lists and graphs rely on,
// and the rules that keep rows sound (CHECKs, cascades) in force once the file is reopened.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  indexNames,
  migrationFile,
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

describe('0010_init', () => {
  it('turns an empty file into a version-10 workspace with every table', () => {
    expect(tableNames(f.db())).toEqual([]);
    expect(f.upTo(10)).toEqual([10]);
    const db = f.reopen();
    expect(userVersion(db)).toBe(10);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining([
        'chain',
        'cluster',
        'enterprise',
        'enterprise_segment',
        'import_run',
        'layout',
        'lead',
        'park',
        'segment',
        'setting',
        'supply_link',
      ]),
    );
    expect(indexNames(db, 'supply_link')).toEqual([
      'supply_link_buyer',
      'supply_link_segment',
      'supply_link_supplier',
    ]);
  });

  it('keeps rows sound after a reopen: bad values refused, a firm delete takes its links', () => {
    f.upTo(10);
    const db = f.reopen();
    const { a, b, segment } = seedV10(db);
    db.prepare(
      'INSERT INTO supply_link (supplier_id, buyer_id, segment_id, amount) VALUES (?, ?, ?, ?)',
    ).run(b, a, segment, 100);
    expect(() =>
      db.prepare('INSERT INTO supply_link (supplier_id, buyer_id) VALUES (?, ?)').run(a, a),
    ).toThrow(/CHECK/);
    expect(() => db.exec("UPDATE enterprise SET tags = 'not json' WHERE id = 1")).toThrow(/CHECK/);
    db.prepare('DELETE FROM enterprise WHERE id = ?').run(b);
    expect(db.prepare('SELECT count(*) AS n FROM supply_link').get()).toEqual({ n: 0 });
  });
});
