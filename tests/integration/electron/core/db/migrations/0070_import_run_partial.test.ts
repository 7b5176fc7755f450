// 0070 on a version-60 file with an import history: the table is rebuilt so a partial import can be
// recorded as 'partial'; every earlier run keeps its id, times, files, counts, issues and status.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  columnNames,
  migrationFile,
  previousVersion,
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

const run = `INSERT INTO import_run (id, started_at, finished_at, files, counts, issues, status)
  VALUES (?, '2026-11-01T08:00:00.000Z', '2026-11-01T08:00:05.000Z', '[{"name":"企业名录.xlsx"}]', '{"enterprises":3}', '[]', ?)`;

describe('0070_import_run_partial', () => {
  it("keeps every run and accepts 'partial' afterwards, still refusing unknown statuses", () => {
    f.upTo(previousVersion(70));
    const before = f.db();
    const add = before.prepare(run);
    add.run(3, 'committed');
    add.run(7, 'rejected');
    add.run(9, 'failed');
    expect(() => add.run(10, 'partial')).toThrow(/CHECK/);
    const runs = before.prepare('SELECT * FROM import_run ORDER BY id').all();
    const columns = columnNames(before, 'import_run');

    expect(f.upTo(70)).toEqual([70]);
    const db = f.reopen();
    expect(userVersion(db)).toBe(70);
    expect(columnNames(db, 'import_run')).toEqual(columns);
    expect(db.prepare('SELECT * FROM import_run ORDER BY id').all()).toEqual(runs);
    db.prepare(run).run(10, 'partial');
    expect(() => db.prepare(run).run(11, 'half')).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO import_run (started_at, files, status) VALUES ('x', 'no', 'committed')",
        )
        .run(),
    ).toThrow(/CHECK/);
    // A new run after the rebuild continues after the highest id, as before.
    const id = db
      .prepare("INSERT INTO import_run (started_at, files, status) VALUES ('x', '[]', 'committed')")
      .run().lastInsertRowid;
    expect(Number(id)).toBe(11);
  });
});
