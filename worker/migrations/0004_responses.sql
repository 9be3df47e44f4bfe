-- Content: a response knows its survey, wave and form version and nothing else. No key
-- leads to an invitation, and WITHOUT ROWID with random ids keeps no insertion order.
CREATE TABLE responses (
  id TEXT PRIMARY KEY,
  survey_id TEXT NOT NULL REFERENCES surveys (id),
  wave_id TEXT NOT NULL REFERENCES waves (id),
  form_version INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE answers (
  response_id TEXT NOT NULL REFERENCES responses (id),
  question_id TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (response_id, question_id)
) WITHOUT ROWID;
