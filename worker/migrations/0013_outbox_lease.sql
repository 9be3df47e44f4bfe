-- When a run took an email to send it (ms since epoch): a second run that overlaps leaves it
-- alone, so no recipient gets a report twice. A lease whose run died expires and is retried.
ALTER TABLE outbox ADD COLUMN sending_since INTEGER;
