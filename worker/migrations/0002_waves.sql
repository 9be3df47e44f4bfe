-- A wave is one round of a survey; responses carry their wave instead of a time.
CREATE TABLE waves (
  id TEXT PRIMARY KEY,
  survey_id TEXT NOT NULL REFERENCES surveys (id),
  label TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'closed'))
);

CREATE INDEX waves_by_survey ON waves (survey_id, status);
