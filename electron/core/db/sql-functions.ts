// Application-defined SQL functions registered on every connection: pinyin ordering and matching
// for Chinese names (SQLite's own ordering is by code point). Results are memoised per name.
import type Database from 'better-sqlite3';

import { pinyinSearchForms, pinyinSortKey } from '../../../shared/text/pinyin.js';

const MEMO_LIMIT = 200_000;

function memoised<T>(fn: (name: string) => T): (name: string) => T {
  const memo = new Map<string, T>();
  return (name) => {
    let value = memo.get(name);
    if (value === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      value = fn(name);
      memo.set(name, value);
    }
    return value;
  };
}

const sortKey = memoised(pinyinSortKey);
const searchForms = memoised(pinyinSearchForms);

export function registerSqlFunctions(db: Database.Database): void {
  db.function('pinyin_key', { deterministic: true }, (name: unknown) =>
    typeof name === 'string' ? sortKey(name) : null,
  );
  // 1 when the lower-case latin query is part of the name's full pinyin or its initials.
  db.function('pinyin_match', { deterministic: true }, (name: unknown, query: unknown) => {
    if (typeof name !== 'string' || typeof query !== 'string') return 0;
    const forms = searchForms(name);
    return forms.full.includes(query) || forms.initials.includes(query) ? 1 : 0;
  });
}
