// Keeps each firm's stored search keys (table enterprise_search_key, migration 0090) in step with its
// name and aliases on the app's own connections: TEMP triggers write a changed firm's keys in the same
// statement that changed it (import, edit, merge, undo alike), and rows missing after another
// program's writes or an upgrade are filled when the file is opened for writing.
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

// AFTER triggers: the file's own BEFORE triggers (0090) have removed the old row by then.
const TRIGGERS = [
  `AFTER INSERT ON main.enterprise BEGIN ${upsert('NEW.id')} END`,
  `AFTER UPDATE OF name ON main.enterprise WHEN OLD.name IS NOT NEW.name BEGIN ${upsert('NEW.id')} END`,
  `AFTER INSERT ON main.enterprise_alias BEGIN ${upsert('NEW.enterprise_id')} END`,
  `AFTER DELETE ON main.enterprise_alias BEGIN ${upsert('OLD.enterprise_id')} END`,
  `AFTER UPDATE ON main.enterprise_alias BEGIN ${upsert('OLD.enterprise_id')} ${upsert('NEW.enterprise_id')} END`,
];

/** Creates the TEMP triggers on this connection (the SQL functions must be registered first). */
export function installSearchKeyTriggers(db: Database.Database): void {
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
