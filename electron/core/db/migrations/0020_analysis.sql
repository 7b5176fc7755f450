-- 0020: saved analysis snapshots (issue 4). Thresholds live in the existing `setting` table under
-- keys 'analysis.*' (absent key = built-in default), so no settings table change is needed here.

CREATE TABLE analysis_snapshot (
  id        INTEGER PRIMARY KEY,
  name      TEXT NOT NULL CHECK (length(trim(name)) > 0),
  taken_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  payload   TEXT NOT NULL CHECK (json_valid(payload))
);

-- Leads are looked up by the segment they would fill ("being filled") and by target firm.
CREATE INDEX lead_segment ON lead(segment_id);
CREATE INDEX lead_enterprise ON lead(enterprise_id);
