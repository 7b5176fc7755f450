-- 0030: what the importer remembers between imports (issue 3): the column mapping a user confirmed
-- for a header set, and the answer to "which firm is this?" for names that match several firms.

CREATE TABLE import_column_mapping (
  signature  TEXT PRIMARY KEY,          -- folded header texts joined by '|'
  mapping    TEXT NOT NULL CHECK (json_valid(mapping)),   -- {kind, headerRow?, fields: {colIndex: field|null}}
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE import_match_decision (
  name_key      TEXT PRIMARY KEY,       -- shared/spreadsheet/name-key.ts
  enterprise_id INTEGER REFERENCES enterprise(id) ON DELETE CASCADE,  -- NULL: "a new firm"
  updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
