-- Findings read a wave's responses; the index is ordered by wave and random id, so it adds
-- no insertion order either.
CREATE INDEX responses_by_wave ON responses (wave_id, id);
