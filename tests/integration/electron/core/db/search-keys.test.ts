// The stored search keys stay those of each firm's current name and aliases, whoever writes: the
// app's own connection keeps them in the same statement (insert, rename, alias added, moved or
// removed, firm deleted); after another program's rename the register still finds the firm by its
// new name only (keys computed as it reads), and the next open for writing stores them again.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { missingKeyCount } from '../../../../../electron/core/db/search-keys.js';
import { enterpriseList } from '../../../../../electron/core/services/enterprise-register.js';
import {
  closeWorkspace,
  openWorkspace,
  type Workspace,
} from '../../../../../electron/core/services/workspace.js';
import {
  expectedKeyRows as expected,
  storedKeyRows as stored,
} from '../../../../support/search-key-rows.js';

let dir: string;
let file: string;
let ws: Workspace;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chainatlas-keys-'));
  file = join(dir, 'ws.chainatlas');
  ws = openWorkspace(file);
});
afterEach(() => {
  closeWorkspace(ws);
  rmSync(dir, { recursive: true, force: true });
});

const names = (query: string): string[] =>
  enterpriseList(ws, { query, offset: 0, limit: 50 }).rows.map((r) => r.name);

describe('stored search keys', () => {
  it('follow every change the app makes to names and aliases', () => {
    const db = ws.db;
    const add = db.prepare("INSERT INTO enterprise (name, tags) VALUES (?, '[]')");
    const daiwa = Number(add.run('济宁大和油缸有限公司').lastInsertRowid);
    const hengli = Number(add.run('江苏恒立液压股份有限公司').lastInsertRowid);
    expect(stored(db)).toEqual(expected(db));
    expect(stored(db)[0]?.texts).toBe('\n济宁大和油缸有限公司\n济宁大和油缸\n');

    db.prepare('UPDATE enterprise SET name = ? WHERE id = ?').run('济宁新大和液压有限公司', daiwa);
    const alias = db.prepare('INSERT INTO enterprise_alias (enterprise_id, alias) VALUES (?, ?)');
    alias.run(daiwa, '济宁大和油缸有限公司');
    alias.run(hengli, '恒立油缸');
    expect(stored(db)).toEqual(expected(db));
    expect(names('xdhyy')).toEqual(['济宁新大和液压有限公司']);
    expect(names('hlyg')).toEqual(['江苏恒立液压股份有限公司']);

    // A merge moves the aliases to the survivor and deletes the other record.
    db.prepare('UPDATE enterprise_alias SET enterprise_id = ? WHERE enterprise_id = ?').run(
      hengli,
      daiwa,
    );
    expect(stored(db)).toEqual(expected(db));
    expect(names('大和油缸')).toEqual(['江苏恒立液压股份有限公司']);
    db.prepare('DELETE FROM enterprise_alias WHERE alias = ?').run('恒立油缸');
    db.prepare('DELETE FROM enterprise WHERE id = ?').run(daiwa);
    expect(stored(db)).toEqual(expected(db));
    expect(stored(db).map((r) => r.id)).toEqual([hengli]);
    expect(names('hlyg')).toEqual([]);
    expect(missingKeyCount(db)).toBe(0);
  });

  it('after another program renames a firm, finds it by its new name only, and stores it again on open', () => {
    const id = Number(
      ws.db
        .prepare(
          "INSERT INTO enterprise (name, tags) VALUES ('小松（山东）工程机械有限公司', '[]')",
        )
        .run().lastInsertRowid,
    );
    ws.db
      .prepare("INSERT INTO enterprise (name, tags) VALUES ('安徽合力股份有限公司', '[]')")
      .run();
    // Another program: a plain SQLite connection without the app's functions and triggers.
    const other = new Database(file);
    other.prepare('UPDATE enterprise SET name = ? WHERE id = ?').run('济宁小松机械有限公司', id);
    other.close();
    expect(missingKeyCount(ws.db)).toBe(1);
    expect(names('xsgcjx')).toEqual([]);
    expect(names('jnxsjx')).toEqual(['济宁小松机械有限公司']);
    // 拼音 order holds with a key computed on the fly: an (安徽) before j (济宁).
    expect(enterpriseList(ws, { offset: 0, limit: 10 }).rows.map((r) => r.name)).toEqual([
      '安徽合力股份有限公司',
      '济宁小松机械有限公司',
    ]);
    closeWorkspace(ws);
    ws = openWorkspace(file);
    expect(missingKeyCount(ws.db)).toBe(0);
    expect(stored(ws.db)).toEqual(expected(ws.db));
  });

  it('a read-only open of a file with missing keys searches the same and leaves the file as it was', () => {
    ws.db
      .prepare("INSERT INTO enterprise (name, tags) VALUES ('小松（山东）工程机械有限公司', '[]')")
      .run();
    ws.db.exec('DELETE FROM enterprise_search_key');
    closeWorkspace(ws);
    const before = readFileSync(file);
    ws = openWorkspace(file, { readonly: true });
    expect(names('xsgcjx')).toEqual(['小松（山东）工程机械有限公司']);
    closeWorkspace(ws);
    expect(readFileSync(file).equals(before)).toBe(true);
    ws = openWorkspace(file);
  });
});
