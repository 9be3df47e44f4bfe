-- The day a release was cut, so the dashboard can say "Stand: Freigabe 3 vom 12. Januar
-- 2027". The day only (UTC, YYYY-MM-DD), set by the Worker and never by a default: a finer
-- time would narrow when a batch of answers became readable. Releases cut before this
-- migration keep NULL and are shown without a day.
ALTER TABLE releases ADD COLUMN released_on TEXT;
