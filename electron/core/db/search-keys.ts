// Keeps each firm's stored search keys (table enterprise_search_key, migration 0090) in step with its
// name and aliases on the app's own connections: TEMP triggers write a changed firm's keys in the same
// statement that changed it (edit, merge, undo alike), and rows missing after another program's writes
// or an upgrade are filled when the file is opened for writing. An import's new firms are the one
// exception: their keys are written in one batch right after the import has answered (see below).
import type Database from 'better-sqlite3';

import { nameKeys, searchKeys } from '../../../shared/text/search-keys.js';

export type StoredKeys = { sortKey: string; texts: string; pinyin: string };

/**
 * A list as stored: "\n" + items joined by "\n" + "\n". Folded text never holds a newline, so
 * instr(list, "\n" + q + "\n") is an exact match and instr(list, "\n" + q) a prefix match.
 */
export const keyList = (items: readonly string[]): string => `\n${items.join('\n')}\n`;

/** The keys of a firm as stored: its name's 拼音 sort key, and the spellings and pinyin of all. */
export function storedKeys(name: string, aliases: readonly string[]): StoredKeys {
  const keys = searchKeys(name, aliases);
  return {
    sortKey: nameKeys(name).sortKey,
    texts: keyList(keys.texts),
    pinyin: keyList(keys.pinyin),
  };
}

/** The aliases JSON that json_group_array gives (an array of strings) as a list. */
export function parseAliases(json: unknown): string[] {
  if (typeof json !== 'string') return [];
  const parsed = JSON.parse(json) as unknown;
  return Array.isArray(parsed) ? parsed.filter((a): a is string => typeof a === 'string') : [];
}

/** SQL: the aliases of the firm whose id is the expression `id`, as a JSON array. */
export const aliasesJson = (id: string): string =>
  `(SELECT json_group_array(a.alias) FROM enterprise_alias a WHERE a.enterprise_id = ${id})`;

/** SQL: the key rows of the firms `where` selects (as `e`), computed by the SQL functions. */
const keyRows = (where: string): string => `INSERT OR REPLACE INTO enterprise_search_key
    (enterprise_id, sort_key, texts, pinyin)
  SELECT e.id, pinyin_sort_key(e.name), search_texts(e.name, ${aliasesJson('e.id')}),
    search_pinyin(e.name, ${aliasesJson('e.id')})
  FROM enterprise e WHERE ${where};`;

/** SQL: writes the keys of the firm whose id is `id` (nothing when that firm no longer exists). */
const upsert = (id: string): string => keyRows(`e.id = ${id}`);

// AFTER triggers: the file's own BEFORE triggers (0090) have removed the old row by then. A new firm's
// keys wait while its connection defers them (an import); a rename or an alias never waits, since
// the batch fill only writes missing rows and would leave a changed firm's old keys in place.
const TRIGGERS = [
  `AFTER INSERT ON main.enterprise WHEN search_keys_deferred() = 0 BEGIN ${upsert('NEW.id')} END`,
  `AFTER UPDATE OF name ON main.enterprise WHEN OLD.name IS NOT NEW.name BEGIN ${upsert('NEW.id')} END`,
  `AFTER INSERT ON main.enterprise_alias BEGIN ${upsert('NEW.enterprise_id')} END`,
  `AFTER DELETE ON main.enterprise_alias BEGIN ${upsert('OLD.enterprise_id')} END`,
  `AFTER UPDATE ON main.enterprise_alias BEGIN ${upsert('OLD.enterprise_id')} ${upsert('NEW.enterprise_id')} END`,
];

/** Connections whose new firms get their keys later, from fillSearchKeysSoon. */
const deferring = new WeakSet<Database.Database>();
/** The pending batch fill of each connection, for callers that wait for it. */
const pendingFill = new WeakMap<Database.Database, Promise<number>>();

/** Creates the TEMP triggers on this connection (the SQL functions must be registered first). */
export function installSearchKeyTriggers(db: Database.Database): void {
  db.function('search_keys_deferred', { deterministic: false }, () => (deferring.has(db) ? 1 : 0));
  TRIGGERS.forEach((body, i) => {
    db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS search_key_${String(i)} ${body}`);
  });
}

/** How many firms have no stored keys (added by another program, or before 0090). */
export function missingKeyCount(db: Database.Database): number {
  return db
    .prepare(
      'SELECT (SELECT count(*) FROM enterprise) - (SELECT count(*) FROM enterprise_search_key)',
    )
    .pluck()
    .get() as number;
}

/** Writes the keys of every firm that has none, in one transaction; returns how many. */
export function fillSearchKeys(db: Database.Database): number {
  if (missingKeyCount(db) === 0) return 0;
  const fill = db.prepare(
    keyRows('NOT EXISTS (SELECT 1 FROM enterprise_search_key k WHERE k.enterprise_id = e.id)'),
  );
  return db.transaction(() => fill.run().changes)();
}

/**
 * Runs `write` (synchronous) with the keys of the firms it inserts left missing. Pinyin is the slow
 * part of a firm insert (about two thirds of an import's write); until the fill below has run,
 * the register computes a missing row's keys as it reads, so a new firm is found by pinyin at once.
 */
export function deferNewFirmKeys<T>(db: Database.Database, write: () => T): T {
  if (deferring.has(db)) return write();
  deferring.add(db);
  try {
    return write();
  } finally {
    deferring.delete(db);
  }
}

/**
 * Writes the missing keys in one transaction once the current task is over (the import has sent
 * its answer), so the next request finds them stored. One batch rather than slices: every commit
 * changes the workspace revision, and each slice would throw away the analysis the next page reads.
 * A closed, busy or failing connection is left alone: the register copes, the next open fills them.
 */
export function fillSearchKeysSoon(db: Database.Database): Promise<number> {
  const before = pendingFill.get(db);
  if (before) return before;
  const fill = new Promise<number>((resolve) => {
    setImmediate(() => {
      pendingFill.delete(db);
      try {
        resolve(db.open && !db.inTransaction ? fillSearchKeys(db) : 0);
      } catch {
        resolve(0);
      }
    });
  });
  pendingFill.set(db, fill);
  return fill;
}

/** Resolves when the fill scheduled on this connection (if any) has run. */
export const searchKeysSettled = (db: Database.Database): Promise<number> =>
  pendingFill.get(db) ?? Promise.resolve(0);
