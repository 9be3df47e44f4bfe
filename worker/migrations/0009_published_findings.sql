-- The last published findings of each wave. A new view is published only once the wave
-- has grown by at least k responses, so two views never differ by a group smaller than k.
CREATE TABLE published_findings (
  wave_id TEXT PRIMARY KEY REFERENCES waves (id),
  responses INTEGER NOT NULL,
  body TEXT NOT NULL
) WITHOUT ROWID;
