-- Who gets a survey's report, kept per survey so an admin can change it in the dashboard
-- without a redeploy. A survey with none here goes to REPORT_TO from wrangler.toml. Each
-- address must be a verified Email Routing destination, or the send binding refuses it.
CREATE TABLE report_recipients (
  survey_id TEXT NOT NULL REFERENCES surveys (id),
  address TEXT NOT NULL COLLATE NOCASE,
  PRIMARY KEY (survey_id, address)
) WITHOUT ROWID;
