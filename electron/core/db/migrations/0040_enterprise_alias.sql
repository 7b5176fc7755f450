-- 0040: names a firm was known by. An import that renames a matched firm (accepted by the user) keeps
-- the old name here, so search still finds the firm by it and next month's file still matches it.

CREATE TABLE enterprise_alias (
  enterprise_id INTEGER NOT NULL REFERENCES enterprise(id) ON DELETE CASCADE,
  alias         TEXT NOT NULL,
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (enterprise_id, alias)
);

CREATE INDEX enterprise_alias_alias ON enterprise_alias (alias);
