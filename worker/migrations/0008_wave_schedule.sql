-- Waves get their place in the survey's sequence (for "change against the previous wave")
-- and an optional schedule; surveys can hide counts of an open wave until it closes.
ALTER TABLE waves ADD COLUMN seq INTEGER NOT NULL DEFAULT 1;
ALTER TABLE waves ADD COLUMN opens_on TEXT;
ALTER TABLE waves ADD COLUMN closes_on TEXT;
ALTER TABLE surveys ADD COLUMN hide_open_counts INTEGER NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX waves_one_open ON waves (survey_id) WHERE status = 'open';
