-- 0090: each firm's search keys, so the register pages, sorts and searches in SQL at 20,000 firms
-- instead of computing pinyin for every name on each start and after each rename. A row holds what
-- the name and the aliases are found by: the 拼音 sort key, the folded spellings and their pinyin
-- forms (each list written as "\n" + items joined by "\n" + "\n", so SQL can tell an exact, a prefix
-- and a contained match apart with instr). The triggers below remove a row BEFORE its firm's name or
-- aliases change, whatever program writes, so a stale key is never read; the app's own connections
-- write the new row AFTER the change (TEMP triggers, electron/core/db/search-keys.ts), and fill any
-- row still missing when they open the file.

CREATE TABLE enterprise_search_key (
  enterprise_id INTEGER PRIMARY KEY REFERENCES enterprise(id) ON DELETE CASCADE,
  sort_key      TEXT NOT NULL,
  texts         TEXT NOT NULL,
  pinyin        TEXT NOT NULL
);

CREATE INDEX enterprise_search_key_order ON enterprise_search_key (sort_key, enterprise_id);

CREATE TRIGGER enterprise_search_key_rename BEFORE UPDATE OF name ON enterprise
  WHEN OLD.name IS NOT NEW.name
BEGIN
  DELETE FROM enterprise_search_key WHERE enterprise_id = NEW.id;
END;

-- Also without foreign_keys=ON (another SQLite tool): no key outlives its firm.
CREATE TRIGGER enterprise_search_key_delete AFTER DELETE ON enterprise
BEGIN
  DELETE FROM enterprise_search_key WHERE enterprise_id = OLD.id;
END;

CREATE TRIGGER enterprise_search_key_alias_insert BEFORE INSERT ON enterprise_alias
BEGIN
  DELETE FROM enterprise_search_key WHERE enterprise_id = NEW.enterprise_id;
END;

CREATE TRIGGER enterprise_search_key_alias_delete BEFORE DELETE ON enterprise_alias
BEGIN
  DELETE FROM enterprise_search_key WHERE enterprise_id = OLD.enterprise_id;
END;

CREATE TRIGGER enterprise_search_key_alias_update BEFORE UPDATE ON enterprise_alias
BEGIN
  DELETE FROM enterprise_search_key WHERE enterprise_id IN (OLD.enterprise_id, NEW.enterprise_id);
END;
