-- Per-answer codings gave way to the wave tally (0014), which folds each response in once
-- and keeps sums only. Nothing reads or writes coded_answers any more, and a table that
-- keys themes to single responses is stored content we no longer need.
DROP TABLE coded_answers;
