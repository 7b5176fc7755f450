// The workspace's revision: a token that changes after every committed write, by this connection or
// by any other program or connection on the same file, and stays the same while only reads happen.
// Caches of derived data (the analysis, search keys) compare it instead of listening for every write.
import type Database from 'better-sqlite3';

// data_version changes when ANOTHER connection commits; total_changes() counts this connection's own
// inserted, updated and deleted rows; schema_version covers DDL (a migration adds no rows).
const SQL = `SELECT (SELECT data_version FROM pragma_data_version) AS other,
  total_changes() AS own, (SELECT schema_version FROM pragma_schema_version) AS schema`;

type Row = { other: number; own: number; schema: number };

const statements = new WeakMap<Database.Database, Database.Statement<[], Row>>();
let pendingTransactions = 0;
/**
 * Rows this connection changed in writes of view state only (where the network's firms were put):
 * nothing cached is derived from them, so they are left out of the revision. Counted in, every drag
 * or layout made the next network answer and analysis load and analyse the whole workspace again
 * (about 0.25 s on 2,000 firms, which the app shell's own first request then waited behind).
 */
const viewStateRows = new WeakMap<Database.Database, number>();

/** Rows this connection has inserted, updated or deleted since it opened (rolled-back ones too). */
export const totalChanges = (db: Database.Database): number =>
  db.prepare<[], { n: number }>('SELECT total_changes() AS n').get()?.n ?? 0;

/**
 * Rows this connection changed outside writes of view state: a drag or a layout leaves it alone.
 * `total` is total_changes() when the caller has just read it.
 */
export const dataChanges = (db: Database.Database, total = totalChanges(db)): number =>
  total - (viewStateRows.get(db) ?? 0);

/** Runs a write of view state only; the revision stays as it was (see viewStateRows). */
export function viewStateWrite<T>(db: Database.Database, write: () => T): T {
  const before = totalChanges(db);
  try {
    return write();
  } finally {
    // Rows of a rolled-back write still count in total_changes(), so they are left out too.
    viewStateRows.set(db, (viewStateRows.get(db) ?? 0) + totalChanges(db) - before);
  }
}

/**
 * A string that differs after any committed write. Inside an open transaction the data may still be
 * rolled back (total_changes() is not undone by a rollback), so each call then answers a token that
 * equals no other: nothing derived from uncommitted rows can be reused later.
 */
export function workspaceRevision(db: Database.Database): string {
  let stmt = statements.get(db);
  if (stmt === undefined) {
    stmt = db.prepare<[], Row>(SQL);
    statements.set(db, stmt);
  }
  const row = stmt.get();
  if (row === undefined) throw new Error('workspaceRevision: no row');
  const rev = `${String(row.schema)}.${String(row.other)}.${String(dataChanges(db, row.own))}`;
  if (db.inTransaction) {
    pendingTransactions += 1;
    return `${rev}~uncommitted${String(pendingTransactions)}`;
  }
  return rev;
}

/** True when a revision was taken inside a transaction and must not key a cache. */
export const isUncommittedRevision = (revision: string): boolean =>
  revision.includes('~uncommitted');
