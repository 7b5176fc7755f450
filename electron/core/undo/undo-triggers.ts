// TEMP triggers that write the inverse SQL of every row change of the workspace's own tables into a
// TEMP log, while a flag says a change is being recorded. They fire for foreign-key cascades too, so a
// delete comes back whole with its cascaded rows. Built from the live schema, so a table added by a
// later migration is recorded without anyone listing it here.
import type Database from 'better-sqlite3';

/**
 * Tables whose rows no undo may touch: derived data the app rebuilds from other tables (search keys,
 * positions), histories and snapshots the user does not edit by hand, and settings. Writes to them are
 * never recorded and never stop undo. A new derived table must be added here, or undo would put back
 * rows its own triggers or the app have already rebuilt.
 */
const NOT_RECORDED = new Set([
  'enterprise_search_key',
  'layout',
  'node_position',
  'import_run',
  'import_column_mapping',
  'analysis_snapshot',
  'setting',
]);

type Column = { name: string; pk: number; type: string; hidden: number };

const ident = (name: string): string => `"${name.replaceAll('"', '""')}"`;
/** A SQL string literal for text put inside the trigger body's own literals. */
const lit = (text: string): string => `'${text.replaceAll("'", "''")}'`;

const installed = new WeakMap<Database.Database, number>();

/** The tables recorded: every ordinary table of the workspace except the ones above. */
function recordedTables(db: Database.Database): { name: string; withoutRowid: boolean }[] {
  const rows = db
    .prepare<[], { name: string; sql: string }>(
      `SELECT name, sql FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`,
    )
    .all();
  const virtual = rows.filter((r) => /^\s*CREATE\s+VIRTUAL/i.test(r.sql)).map((r) => r.name);
  return rows
    .filter((r) => !NOT_RECORDED.has(r.name))
    .filter((r) => !virtual.some((v) => r.name === v || r.name.startsWith(`${v}_`)))
    .map((r) => ({ name: r.name, withoutRowid: /\)\s*WITHOUT\s+ROWID\s*;?\s*$/i.test(r.sql) }));
}

/** The SQL text (as a trigger-body expression) that restores `ref`'s row values, per column. */
const valueList = (cols: readonly Column[], ref: 'old' | 'new'): string =>
  cols.map((c) => `quote(${ref}.${ident(c.name)})`).join(` || ',' || `);

function triggersFor(table: string, cols: readonly Column[], withoutRowid: boolean): string[] {
  const t = ident(table);
  const tl = lit(t);
  // A rowid table whose INTEGER PRIMARY KEY is the rowid needs no separate rowid column.
  const aliased =
    !withoutRowid &&
    cols.filter((c) => c.pk > 0).length === 1 &&
    cols.some((c) => c.pk > 0 && c.type.toUpperCase() === 'INTEGER');
  const keyCols = withoutRowid ? cols.filter((c) => c.pk > 0) : [];
  const where = (ref: 'old' | 'new'): string =>
    withoutRowid
      ? keyCols
          .map(
            (c, i) =>
              `${lit(`${i === 0 ? ' WHERE ' : ' AND '}${ident(c.name)} = `)} || quote(${ref}.${ident(c.name)})`,
          )
          .join(' || ')
      : `' WHERE rowid = ' || ${ref}.rowid`;
  const names = cols.map((c) => ident(c.name)).join(', ');
  const insertCols = withoutRowid || aliased ? names : `rowid, ${names}`;
  const insertVals =
    withoutRowid || aliased
      ? valueList(cols, 'old')
      : `old.rowid || ',' || ${valueList(cols, 'old')}`;
  const sets = cols
    .map(
      (c, i) =>
        `${lit(`${i === 0 ? '' : ', '}${ident(c.name)} = `)} || quote(old.${ident(c.name)})`,
    )
    .join(' || ');
  const setRowid = withoutRowid || aliased ? '' : `'rowid = ' || old.rowid || ', ' || `;
  const when = 'WHEN (SELECT recording FROM temp.undo_state)';
  const log = (op: string, sql: string): string =>
    `INSERT INTO temp.undo_log (tbl, op, sql) VALUES (${lit(table)}, '${op}', ${sql});`;
  const name = (op: string): string => ident(`undo_${table}_${op}`);
  return [
    `CREATE TEMP TRIGGER ${name('insert')} AFTER INSERT ON main.${t} ${when} BEGIN
       ${log('insert', `'DELETE FROM ' || ${tl} || ${where('new')}`)} END`,
    `CREATE TEMP TRIGGER ${name('update')} AFTER UPDATE ON main.${t} ${when} BEGIN
       ${log('update', `'UPDATE ' || ${tl} || ' SET ' || ${setRowid}${sets} || ${where('new')}`)} END`,
    `CREATE TEMP TRIGGER ${name('delete')} BEFORE DELETE ON main.${t} ${when} BEGIN
       ${log('delete', `'INSERT INTO ' || ${tl} || ' (${insertCols.replaceAll("'", "''")}) VALUES (' || ${insertVals} || ')'`)} END`,
  ];
}

/**
 * Makes sure the log, the flag and one set of triggers per recorded table exist on this connection,
 * matching the current schema (rebuilt when a migration or a restore changed it). Writes only to the
 * connection's TEMP schema; the workspace file is not touched.
 */
export function ensureUndoTriggers(db: Database.Database): void {
  const version = db.pragma('schema_version', { simple: true }) as number;
  if (installed.get(db) === version) return;
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS undo_state (recording INTEGER NOT NULL);
    CREATE TEMP TABLE IF NOT EXISTS undo_log (
      seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, op TEXT NOT NULL, sql TEXT NOT NULL);`);
  if (db.prepare('SELECT 1 FROM temp.undo_state').get() === undefined)
    db.exec('INSERT INTO temp.undo_state VALUES (0)');
  const old = db
    .prepare<[], { name: string }>(
      `SELECT name FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE 'undo\\_%' ESCAPE '\\'`,
    )
    .all();
  for (const { name } of old) db.exec(`DROP TRIGGER temp.${ident(name)}`);
  for (const { name, withoutRowid } of recordedTables(db)) {
    const cols = db
      .prepare<[], Column>(`SELECT name, pk, type, hidden FROM pragma_table_xinfo(${lit(name)})`)
      .all()
      .filter((c) => c.hidden === 0);
    for (const sql of triggersFor(name, cols, withoutRowid)) db.exec(sql);
  }
  installed.set(db, version);
}

/** Sets whether row changes are logged; inside the caller's transaction, so a rollback undoes it. */
export function setRecording(db: Database.Database, on: boolean): void {
  db.prepare('UPDATE temp.undo_state SET recording = ?').run(on ? 1 : 0);
}

/** The inverse statements logged since the last take, in the order the changes happened; clears the log. */
export function takeLogged(db: Database.Database): string[] {
  const ops = db
    .prepare<[], { sql: string }>('SELECT sql FROM temp.undo_log ORDER BY seq')
    .all()
    .map((r) => r.sql);
  if (ops.length > 0) db.exec('DELETE FROM temp.undo_log');
  return ops;
}
