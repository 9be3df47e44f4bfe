-- The builder's draft of a survey's next form version: one per survey, the whole definition
-- as JSON, replaced by every save until it is published as a new form_versions row. It holds
-- questions only, never an answer.
CREATE TABLE survey_drafts (
  survey_id TEXT PRIMARY KEY REFERENCES surveys (id),
  definition TEXT NOT NULL
) WITHOUT ROWID;
