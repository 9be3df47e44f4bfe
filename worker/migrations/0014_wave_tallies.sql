-- A wave's report tally: sums over its responses (counts, sums, sums of squares, term counts)
-- and a bounded quote sample, under one basis (tally format, codebook and form version), in
-- parts below D1's row size. Sums only, never a row per response. `generation` changes on
-- each save, so a run that read an older tally cannot overwrite a newer one.
CREATE TABLE wave_tallies (
  wave_id TEXT NOT NULL REFERENCES waves (id),
  part INTEGER NOT NULL,
  basis TEXT NOT NULL,
  generation TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (wave_id, part)
) WITHOUT ROWID;

-- Which responses the tally of their wave holds: a flag and nothing else (no time, no run),
-- keyed by the random response id, so it keeps no order. A run folds in only the others.
CREATE TABLE tallied_responses (
  response_id TEXT PRIMARY KEY REFERENCES responses (id)
) WITHOUT ROWID;
