// Application-defined SQL functions registered on every connection: the 拼音 order of any text and a
// firm's search keys as stored (search-keys.ts), so SQL can order by pinyin and compute the keys of a
// firm whose stored row is missing. A writable connection also keeps the stored keys up to date.
import type Database from 'better-sqlite3';

import { nameKeys } from '../../../shared/text/search-keys.js';
import {
  fillSearchKeys,
  installSearchKeyTriggers,
  parseAliases,
  storedKeys,
} from './search-keys.js';

export function registerSqlFunctions(db: Database.Database): void {
  // Memoised per text in nameKeys.
  db.function('pinyin_sort_key', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? nameKeys(text).sortKey : null,
  );
  db.function('search_texts', { deterministic: true }, (name: unknown, aliases: unknown) =>
    typeof name === 'string' ? storedKeys(name, parseAliases(aliases)).texts : null,
  );
  db.function('search_pinyin', { deterministic: true }, (name: unknown, aliases: unknown) =>
    typeof name === 'string' ? storedKeys(name, parseAliases(aliases)).pinyin : null,
  );
  // pinyin-pro builds its dictionary on its first call (tens of ms): pay it while the workspace
  // opens, not on the register's first page or the first rename.
  nameKeys('济宁');
  if (db.readonly || db.pragma('query_only', { simple: true }) === 1) return;
  installSearchKeyTriggers(db);
  try {
    fillSearchKeys(db);
  } catch {
    // Busy or failing storage: the register computes a missing row's keys as it reads (the same
    // keys, only slower), and the next open tries again.
  }
}
