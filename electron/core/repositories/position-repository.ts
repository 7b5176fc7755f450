// SQL for saved node positions of the supply-network view (table node_position, keyed by view and
// node id). Rows are mapped here only.
import type Database from 'better-sqlite3';

import type { NodePosition } from '../../../shared/network/schemas.js';

type Row = { node_id: string; x: number; y: number; pinned: number };

export function loadPositions(db: Database.Database, viewKey: string): NodePosition[] {
  const rows = db
    .prepare(`SELECT node_id, x, y, pinned FROM node_position WHERE view_key = ?`)
    .all(viewKey) as Row[];
  return rows.map((r) => ({ id: r.node_id, x: r.x, y: r.y, pinned: r.pinned === 1 }));
}

/** Upserts the given positions; `replace` first forgets every position of the view (重新布局). */
export function savePositions(
  db: Database.Database,
  viewKey: string,
  positions: readonly NodePosition[],
  replace: boolean,
): void {
  const clear = db.prepare(`DELETE FROM node_position WHERE view_key = ?`);
  const put = db.prepare(
    `INSERT INTO node_position (view_key, node_id, x, y, pinned) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(view_key, node_id) DO UPDATE SET
       x = excluded.x, y = excluded.y, pinned = excluded.pinned,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  );
  db.transaction(() => {
    if (replace) clear.run(viewKey);
    for (const p of positions) put.run(viewKey, p.id, p.x, p.y, p.pinned ? 1 : 0);
  })();
}
