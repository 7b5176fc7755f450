-- 0060: node positions of the supply-network view, one row per node per view (a filter and grouping),
-- so reopening a large network draws at once instead of laying it out again. `pinned` marks a node the
-- user dragged: a later layout keeps it where it was put.

CREATE TABLE node_position (
  view_key   TEXT NOT NULL,
  node_id    TEXT NOT NULL,
  x          REAL NOT NULL,
  y          REAL NOT NULL,
  pinned     INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (view_key, node_id)
) WITHOUT ROWID;
