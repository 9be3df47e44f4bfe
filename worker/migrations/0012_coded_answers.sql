-- Themes coded per free-text answer and codebook version, so a run codes only answers it
-- has not coded before. Keyed like answers (random response ids): no order is kept.
CREATE TABLE coded_answers (
  codebook_version TEXT NOT NULL,
  response_id TEXT NOT NULL REFERENCES responses (id),
  question_id TEXT NOT NULL,
  themes TEXT NOT NULL,
  PRIMARY KEY (codebook_version, response_id, question_id)
) WITHOUT ROWID;

-- Researchers may code a survey with their own codebook; the shipped one is 'default-1'.
CREATE TABLE codebooks (
  version TEXT PRIMARY KEY,
  definition TEXT NOT NULL
) WITHOUT ROWID;

ALTER TABLE surveys ADD COLUMN codebook_version TEXT NOT NULL DEFAULT 'default-1';
