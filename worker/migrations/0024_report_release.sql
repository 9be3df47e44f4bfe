-- The release a report was built from, so the list of reports can say "Freigabe 3". Reports
-- built before this migration keep NULL; their release is found by its response count.
ALTER TABLE reports ADD COLUMN release_seq INTEGER;
