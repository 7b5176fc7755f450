-- 0010: the workspace data model (DESIGN §2). Append-only: never edit once released; add 0020_… instead.

CREATE TABLE cluster (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  color       TEXT NOT NULL DEFAULT '#1677ff',
  sort_order  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE park (
  id          INTEGER PRIMARY KEY,
  cluster_id  INTEGER REFERENCES cluster(id) ON DELETE SET NULL,
  name        TEXT NOT NULL UNIQUE
);

CREATE TABLE chain (
  id          INTEGER PRIMARY KEY,
  cluster_id  INTEGER NOT NULL REFERENCES cluster(id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  owner       TEXT,            -- 链长
  description TEXT,
  sort_order  INTEGER NOT NULL DEFAULT 0,
  UNIQUE (cluster_id, name)
);

CREATE TABLE segment (
  id           INTEGER PRIMARY KEY,
  chain_id     INTEGER NOT NULL REFERENCES chain(id) ON DELETE CASCADE,
  parent_id    INTEGER REFERENCES segment(id) ON DELETE CASCADE,
  name         TEXT NOT NULL,
  stage        TEXT NOT NULL CHECK (stage IN ('upstream', 'midstream', 'downstream')),
  is_key       INTEGER NOT NULL DEFAULT 0 CHECK (is_key IN (0, 1)),
  target_count INTEGER CHECK (target_count IS NULL OR target_count >= 0),
  sort_order   INTEGER NOT NULL DEFAULT 0,
  UNIQUE (chain_id, parent_id, name)
);
CREATE INDEX segment_chain ON segment(chain_id);

CREATE TABLE enterprise (
  id                 INTEGER PRIMARY KEY,
  name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
  uscc               TEXT UNIQUE CHECK (uscc IS NULL OR length(uscc) = 18),
  is_local           INTEGER NOT NULL DEFAULT 0 CHECK (is_local IN (0, 1)),
  province           TEXT,
  city               TEXT,
  country            TEXT,
  park               TEXT,
  grid               TEXT,             -- 网格
  responsible_person TEXT,             -- 包保人
  ownership          TEXT CHECK (ownership IS NULL OR ownership IN ('state', 'private', 'foreign', 'jointVenture', 'other')),
  investor_country   TEXT,
  is_above_scale     INTEGER NOT NULL DEFAULT 0 CHECK (is_above_scale IN (0, 1)),  -- 规上
  tags               TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
  revenue            REAL,             -- 万元
  employees          INTEGER,
  founded            INTEGER,
  main_products      TEXT,
  status             TEXT NOT NULL DEFAULT 'operating' CHECK (status IN ('operating', 'building', 'signed', 'prospect')),
  is_demo            INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX enterprise_name ON enterprise(name);
CREATE INDEX enterprise_local ON enterprise(is_local);

CREATE TABLE enterprise_segment (
  enterprise_id INTEGER NOT NULL REFERENCES enterprise(id) ON DELETE CASCADE,
  segment_id    INTEGER NOT NULL REFERENCES segment(id) ON DELETE CASCADE,
  is_primary    INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
  status        TEXT NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed', 'uncertain', 'rejected')),
  evidence      TEXT,
  PRIMARY KEY (enterprise_id, segment_id)
);
CREATE INDEX enterprise_segment_segment ON enterprise_segment(segment_id);

CREATE TABLE supply_link (
  id          INTEGER PRIMARY KEY,
  supplier_id INTEGER NOT NULL REFERENCES enterprise(id) ON DELETE CASCADE,
  buyer_id    INTEGER NOT NULL REFERENCES enterprise(id) ON DELETE CASCADE,
  product     TEXT,
  segment_id  INTEGER REFERENCES segment(id) ON DELETE SET NULL,
  amount      REAL CHECK (amount IS NULL OR amount >= 0),           -- 年供货额, 万元
  share       REAL CHECK (share IS NULL OR (share >= 0 AND share <= 1)),
  source      TEXT NOT NULL DEFAULT 'reported' CHECK (source IN ('verified', 'reported', 'inferred')),
  year_from   INTEGER,
  year_to     INTEGER,
  CHECK (supplier_id <> buyer_id),
  CHECK (year_from IS NULL OR year_to IS NULL OR year_from <= year_to)
);
CREATE INDEX supply_link_supplier ON supply_link(supplier_id);
CREATE INDEX supply_link_buyer ON supply_link(buyer_id);
CREATE INDEX supply_link_segment ON supply_link(segment_id);

CREATE TABLE lead (
  id            INTEGER PRIMARY KEY,
  enterprise_id INTEGER REFERENCES enterprise(id) ON DELETE SET NULL,
  target_name   TEXT NOT NULL,
  segment_id    INTEGER REFERENCES segment(id) ON DELETE SET NULL,
  stage         TEXT NOT NULL DEFAULT 'lead' CHECK (stage IN ('lead', 'contact', 'visit', 'signed', 'landed')),
  owner         TEXT,
  next_step     TEXT,
  next_date     TEXT,
  notes         TEXT,
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE layout (
  view_key   TEXT PRIMARY KEY,     -- e.g. 'chain:3', 'network:cluster:1'
  positions  TEXT NOT NULL CHECK (json_valid(positions)),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE import_run (
  id          INTEGER PRIMARY KEY,
  started_at  TEXT NOT NULL,
  finished_at TEXT,
  files       TEXT NOT NULL CHECK (json_valid(files)),
  counts      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(counts)),
  issues      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(issues)),
  status      TEXT NOT NULL CHECK (status IN ('committed', 'rejected', 'cancelled', 'failed'))
);

CREATE TABLE setting (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
);
