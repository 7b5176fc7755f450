// 0020 on a version-10 file with leads: the snapshot table appears, the leads and every other row
// stay as they were, and the lead indexes the pipeline's filters use exist.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  indexNames,
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

describe('0020_analysis', () => {
  it('adds snapshots and lead indexes and keeps the leads', () => {
    f.upTo(previousVersion(20));
    const before = f.db();
    const { a, segment } = seedV10(before);
    before
      .prepare(
        "INSERT INTO lead (enterprise_id, target_name, segment_id, stage, owner) VALUES (?, '江苏恒立液压股份有限公司', ?, 'contact', '王海涛')",
      )
      .run(a, segment);
    before.exec(`INSERT INTO setting (key, value) VALUES ('analysis.defaultTargetCount', '3')`);
    const leads = before.prepare('SELECT * FROM lead').all();
    expect(tableNames(before)).not.toContain('analysis_snapshot');

    expect(f.upTo(20)).toEqual([20]);
    const db = f.reopen();
    expect(userVersion(db)).toBe(20);
    expect(db.prepare('SELECT * FROM lead').all()).toEqual(leads);
    expect(db.prepare('SELECT value FROM setting').get()).toEqual({ value: '3' });
    expect(indexNames(db, 'lead')).toEqual(['lead_enterprise', 'lead_segment']);
    db.prepare("INSERT INTO analysis_snapshot (name, payload) VALUES ('十一月', '{}')").run();
    expect(() =>
      db.prepare("INSERT INTO analysis_snapshot (name, payload) VALUES ('坏', 'x')").run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO analysis_snapshot (name, payload) VALUES ('  ', '{}')").run(),
    ).toThrow(/CHECK/);
  });
});
