// 0060 on a version-40 file: the supply network's saved node positions table appears, the rest of
// the file is untouched, and a position is one per node per view with a 0/1 pinned flag.
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

describe('0060_node_positions', () => {
  it('adds node positions keyed by view and node, and keeps the workspace', () => {
    f.upTo(previousVersion(60));
    seedV10(f.db());
    const tablesBefore = tableNames(f.db());
    const firms = f.db().prepare('SELECT * FROM enterprise ORDER BY id').all();

    expect(f.upTo(60)).toEqual([60]);
    const db = f.reopen();
    expect(userVersion(db)).toBe(60);
    expect(tableNames(db)).toEqual([...tablesBefore, 'node_position'].sort());
    expect(db.prepare('SELECT * FROM enterprise ORDER BY id').all()).toEqual(firms);
    const put = db.prepare(
      'INSERT INTO node_position (view_key, node_id, x, y, pinned) VALUES (?, ?, ?, ?, ?)',
    );
    put.run('chain:1', 'firm:1', 10.5, -3, 1);
    put.run('chain:2', 'firm:1', 0, 0, 0);
    expect(() => put.run('chain:1', 'firm:1', 1, 1, 0)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => put.run('chain:1', 'firm:2', 1, 1, 2)).toThrow(/CHECK/);
  });
});
