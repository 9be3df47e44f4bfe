-- Dashboard sessions. A session signed in with an API token dies with that token.
CREATE TABLE sessions (
  session_hash TEXT PRIMARY KEY,
  subject TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('researcher', 'admin')),
  token_hash TEXT REFERENCES api_tokens (token_hash),
  expires_at INTEGER NOT NULL
) WITHOUT ROWID;
