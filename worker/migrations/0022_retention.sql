-- Retention: a survey can be archived (kept, out of the way) and can name how long its
-- closed waves are kept; the daily run deletes a closed wave that many months after it closed.
ALTER TABLE surveys ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
ALTER TABLE surveys ADD COLUMN retention_months INTEGER CHECK (retention_months BETWEEN 1 AND 120);
-- The day a wave closed (not when anyone answered): where retention counts from.
ALTER TABLE waves ADD COLUMN closed_on TEXT;
-- Waves closed before this day count from this day: nothing is deleted sooner than it says.
UPDATE waves SET closed_on = date('now') WHERE status = 'closed';
