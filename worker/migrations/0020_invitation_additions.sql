-- Who created invitations for which wave, on which day and how many per ministry, shown to
-- every researcher: invitations added while a wave runs could pad it with answers of the
-- creator's own. The day only, and one row per (wave, day, creator, ministry) whose count
-- grows, so the log keeps no finer time and no order. `created_by` is an Access email or
-- `token:<id>` of an API token. Invitations created before this migration are not logged.
CREATE TABLE invitation_additions (
  wave_id TEXT NOT NULL REFERENCES waves (id),
  created_on TEXT NOT NULL,
  created_by TEXT NOT NULL,
  ministry TEXT NOT NULL,
  count INTEGER NOT NULL CHECK (count > 0),
  PRIMARY KEY (wave_id, created_on, created_by, ministry)
) WITHOUT ROWID;
