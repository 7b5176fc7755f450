-- A partial import (valid rows written, rows with problems skipped) is recorded as 'partial', not as
-- 'committed', so the import history tells it apart. SQLite cannot change a CHECK constraint in
-- place: the table is rebuilt with the same columns and rows (nothing references it).
CREATE TABLE import_run_new (
  id          INTEGER PRIMARY KEY,
  started_at  TEXT NOT NULL,
  finished_at TEXT,
  files       TEXT NOT NULL CHECK (json_valid(files)),
  counts      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(counts)),
  issues      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(issues)),
  status      TEXT NOT NULL CHECK (status IN ('committed', 'partial', 'rejected', 'cancelled', 'failed'))
);
INSERT INTO import_run_new (id, started_at, finished_at, files, counts, issues, status)
  SELECT id, started_at, finished_at, files, counts, issues, status FROM import_run;
DROP TABLE import_run;
ALTER TABLE import_run_new RENAME TO import_run;
