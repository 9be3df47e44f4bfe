-- One report per survey and period. The slot is claimed before building (status
-- 'building', with the claim time so a crashed run's slot can be taken over), and the model
-- is stored in the same batch that queues its email: no half report is ever 'ready'.
CREATE TABLE reports (
  id TEXT PRIMARY KEY,
  survey_id TEXT NOT NULL REFERENCES surveys (id),
  period TEXT NOT NULL,
  wave_id TEXT REFERENCES waves (id),
  status TEXT NOT NULL CHECK (status IN ('building', 'ready')),
  claimed_at INTEGER NOT NULL,
  created_on TEXT,
  codebook_version TEXT,
  -- How many responses the report was built from: the next report of the same wave waits
  -- until k more came in, so two reports never differ by a group smaller than k.
  responses INTEGER,
  model TEXT,
  UNIQUE (survey_id, period)
);

-- One email per report and recipient: the exact MIME message (so a retry sends the same
-- Message-ID), attempts, the last error and when it went out. Per recipient, so a retry
-- after a partial failure never mails anyone twice.
CREATE TABLE outbox (
  report_id TEXT NOT NULL REFERENCES reports (id),
  recipient TEXT NOT NULL,
  message_id TEXT NOT NULL,
  raw TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  sent_at TEXT,
  PRIMARY KEY (report_id, recipient)
);
