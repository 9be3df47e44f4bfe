-- A survey can repeat on a rhythm: the daily run opens its next wave when the last one has
-- closed. The next wave starts one period after the last one did, so each wave keeps the day
-- it was opened (the day only; a wave is not a person, and its opening is no secret).
ALTER TABLE surveys ADD COLUMN wave_rhythm TEXT NOT NULL DEFAULT 'none'
  CHECK (wave_rhythm IN ('none', 'monthly', 'quarterly'));
ALTER TABLE waves ADD COLUMN opened_on TEXT;

-- A wave answers the form version that was current when it opened: editing the survey while
-- a wave runs would split that wave's sealed pool (one padded size per version) and its
-- findings. Waves from before keep NULL and answer the survey's current version, as they did.
ALTER TABLE waves ADD COLUMN form_version INTEGER;
