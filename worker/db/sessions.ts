import type { Role } from './tokens.ts'

export interface Session {
  subject: string
  role: Role
}

export async function insertSession(
  db: D1Database,
  sessionHash: string,
  session: Session & { tokenHash: string | null; expiresAt: number }
) {
  await db
    .prepare(
      'INSERT INTO sessions (session_hash, subject, role, token_hash, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)'
    )
    .bind(sessionHash, session.subject, session.role, session.tokenHash, session.expiresAt)
    .run()
}

/** A live session: not expired, and its token (if it had one) not revoked. */
export async function findSession(
  db: D1Database,
  sessionHash: string,
  now: number
): Promise<Session | null> {
  return db
    .prepare(
      `SELECT s.subject, s.role FROM sessions s
       LEFT JOIN api_tokens t ON t.token_hash = s.token_hash
       WHERE s.session_hash = ?1 AND s.expires_at > ?2 AND (s.token_hash IS NULL OR t.revoked = 0)`
    )
    .bind(sessionHash, now)
    .first<Session>()
}

export async function deleteSession(db: D1Database, sessionHash: string) {
  await db.prepare('DELETE FROM sessions WHERE session_hash = ?1').bind(sessionHash).run()
}

/** Drops sessions past their expiry; run at each sign-in so the table does not grow. */
export async function deleteExpiredSessions(db: D1Database, now: number) {
  await db.prepare('DELETE FROM sessions WHERE expires_at <= ?1').bind(now).run()
}
