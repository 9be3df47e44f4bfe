-- The term counts of a wave's tally (emerging terms), apart from its JSON: they grow with every
-- distinct word, so a run now adds the counts of its new texts' terms instead of rewriting all.
-- Per term (a German stem, or two for a phrase): in how many texts it occurs, and per written
-- form how often it was written (a JSON object; nearly every term has one form, so one row per
-- term costs half the writes of a row per form). Sums only: no row per response, no time, no
-- run. The rows belong to the wave's stored tally (wave_tallies) and start over with it.
CREATE TABLE wave_terms (
  wave_id TEXT NOT NULL REFERENCES waves (id),
  term TEXT NOT NULL,
  texts INTEGER NOT NULL,
  forms TEXT NOT NULL,
  PRIMARY KEY (wave_id, term)
) WITHOUT ROWID;
