// How the register's SQL reads a firm's search keys (table enterprise_search_key, see
// electron/core/db/search-keys.ts): from the stored row, or computed by the SQL functions for a firm
// whose row is missing (the file was written by another program, or opened read-only before 0090).
import type Database from 'better-sqlite3';

import { aliasesJson, missingKeyCount } from '../db/search-keys.js';

/** SQL for firm `e`'s keys, joined as `k`. */
export type KeyColumns = {
  join: string;
  /** The firm's id, from the key row when every firm has one (so SQLite walks its index in order). */
  id: string;
  sortKey: string;
  texts: string;
  pinyin: string;
};

export function keyColumns(db: Database.Database): KeyColumns {
  if (missingKeyCount(db) === 0)
    return {
      join: 'JOIN enterprise_search_key k ON k.enterprise_id = e.id',
      id: 'k.enterprise_id',
      sortKey: 'k.sort_key',
      texts: 'k.texts',
      pinyin: 'k.pinyin',
    };
  const aliases = aliasesJson('e.id');
  return {
    join: 'LEFT JOIN enterprise_search_key k ON k.enterprise_id = e.id',
    id: 'e.id',
    sortKey: 'coalesce(k.sort_key, pinyin_sort_key(e.name))',
    texts: `coalesce(k.texts, search_texts(e.name, ${aliases}))`,
    pinyin: `coalesce(k.pinyin, search_pinyin(e.name, ${aliases}))`,
  };
}
