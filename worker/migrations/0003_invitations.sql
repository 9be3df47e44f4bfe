-- Participation: an invitation knows survey, wave and ministry (for coverage), and only
-- the hash of its token. It records that it was used, never when; WITHOUT ROWID keyed by
-- the hash keeps no creation or use order.
CREATE TABLE invitations (
  token_hash TEXT PRIMARY KEY,
  survey_id TEXT NOT NULL REFERENCES surveys (id),
  wave_id TEXT NOT NULL REFERENCES waves (id),
  ministry TEXT NOT NULL,
  used INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1))
) WITHOUT ROWID;

-- Makes single use structural: a second use aborts the whole submit batch, so two
-- concurrent submits of one invitation can never both store a response.
CREATE TRIGGER invitations_single_use
BEFORE UPDATE OF used ON invitations
WHEN OLD.used = 1
BEGIN
  SELECT RAISE(ABORT, 'invitation already used');
END;
