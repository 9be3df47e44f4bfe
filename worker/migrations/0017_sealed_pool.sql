-- A submit writes only a sealed pool row and a spend marker; nothing in responses, answers
-- or invitations changes until a flush moves at least k of them at once (see README,
-- "Anonymity model"). Both tables are WITHOUT ROWID under random or keyed-hash keys, so
-- their pages keep no order of arrival either.

-- The answers of one submit (and the hash of its invitation's token, to mark it used at the
-- flush), padded to one size per form version and sealed with AES-GCM under SEAL_KEY.
CREATE TABLE sealed_pool (
  id TEXT PRIMARY KEY,
  wave_id TEXT NOT NULL REFERENCES waves (id),
  form_version INTEGER NOT NULL,
  sealed BLOB NOT NULL
) WITHOUT ROWID;

-- Single use: an HMAC under SEAL_KEY of an invitation token or an open-link nonce. Without
-- the secret no marker can be matched to an invitation. Kept while the wave is open.
CREATE TABLE spend_markers (
  marker TEXT PRIMARY KEY,
  wave_id TEXT NOT NULL REFERENCES waves (id)
) WITHOUT ROWID;

-- A flush's batch first asserts that every pool row it read is still there: when a
-- concurrent flush has moved any, the CHECK fails and the whole batch rolls back. The row
-- is deleted again in the same batch, so this table is always empty.
CREATE TABLE flush_guard (
  expected INTEGER NOT NULL,
  found INTEGER NOT NULL,
  CHECK (found = expected)
);

-- One flush per wave at a time (ms since epoch until which a flush holds it); a flush cut
-- off mid-way (waitUntil can be) leaves a lease that simply expires.
ALTER TABLE waves ADD COLUMN flush_lease INTEGER;

-- Spent nonces gave way to spend markers, which cover invitations too.
DROP TABLE spent_nonces;
