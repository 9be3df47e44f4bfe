-- One-time form nonces of open links, spent in the same batch as the response so a double
-- click or a resubmit stores nothing twice. Only the hash is kept, with the wave (for
-- clean-up when it closes): nothing here points to a response.
CREATE TABLE spent_nonces (
  nonce_hash TEXT PRIMARY KEY,
  wave_id TEXT NOT NULL
) WITHOUT ROWID;
