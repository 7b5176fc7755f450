// Every row of every table a user's edits live in, as comparable text: what "the workspace is back to
// the state before" means in the undo tests. Derived tables the app rebuilds (search keys) are left out.
import type Database from 'better-sqlite3';

const DERIVED = new Set(['enterprise_search_key']);

export function dumpTables(db: Database.Database): Record<string, unknown[]> {
  const tables = db
    .prepare<[], { name: string }>(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    )
    .all()
    .map((t) => t.name)
    .filter((t) => !DERIVED.has(t));
  const out: Record<string, unknown[]> = {};
  for (const t of tables) {
    const withoutRowid = (
      db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(t) as { sql: string }
    ).sql.includes('WITHOUT ROWID');
    out[t] = db
      .prepare(`SELECT ${withoutRowid ? '' : 'rowid AS _rowid, '}* FROM "${t}" ORDER BY 1, 2`)
      .all();
  }
  return out;
}
