-- A release is the frozen set of figures of one wave (findings, readiness, themes, quotes,
-- emerging terms, completed invitations per ministry), cut by the system after a flush and
-- at close, never by a read. Every output reads the wave's latest release, so no two
-- outputs can be subtracted. `body` also holds the size of the group behind each figure,
-- which the next release is checked against and which is never published.
CREATE TABLE releases (
  wave_id TEXT NOT NULL REFERENCES waves (id),
  seq INTEGER NOT NULL,
  responses INTEGER NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (wave_id, seq)
) WITHOUT ROWID;

-- Findings views gave way to releases.
DROP TABLE published_findings;
