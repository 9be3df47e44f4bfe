-- A survey is the stable identity behind a link; its questions live in versioned
-- definitions so that old responses keep the version they answered.
CREATE TABLE surveys (
  id TEXT PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('pulse', 'interview')),
  current_version INTEGER NOT NULL
);

CREATE TABLE form_versions (
  survey_id TEXT NOT NULL REFERENCES surveys (id),
  version INTEGER NOT NULL,
  definition TEXT NOT NULL,
  PRIMARY KEY (survey_id, version)
) WITHOUT ROWID;
