// The firms' stored search keys as rows, and the rows they should be (computed afresh from every
// firm's current name and aliases): equal lists mean the stored keys are up to date.
import type Database from 'better-sqlite3';

import { parseAliases, storedKeys } from '../../electron/core/db/search-keys.js';

export type KeyRow = { id: number; sortKey: string; texts: string; pinyin: string };

export const storedKeyRows = (db: Database.Database): KeyRow[] =>
  db
    .prepare(
      'SELECT enterprise_id AS id, sort_key AS sortKey, texts, pinyin FROM enterprise_search_key ORDER BY 1',
    )
    .all() as KeyRow[];

export const expectedKeyRows = (db: Database.Database): KeyRow[] =>
  (
    db
      .prepare(
        `SELECT e.id, e.name, (SELECT json_group_array(alias) FROM enterprise_alias a WHERE a.enterprise_id = e.id) AS aliases
           FROM enterprise e ORDER BY e.id`,
      )
      .all() as { id: number; name: string; aliases: string }[]
  ).map((r) => ({ id: r.id, ...storedKeys(r.name, parseAliases(r.aliases)) }));
