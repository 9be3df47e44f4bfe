export interface PendingEmail {
  reportId: string
  recipient: string
  messageId: string
  raw: string
  attempts: number
}

/** Emails not yet sent (of one report, or of all), oldest attempt count first. */
export async function pendingEmails(db: D1Database, reportId?: string): Promise<PendingEmail[]> {
  const { results } = await db
    .prepare(
      `SELECT report_id, recipient, message_id, raw, attempts FROM outbox
       WHERE sent_at IS NULL AND (?1 IS NULL OR report_id = ?1) ORDER BY attempts, report_id, recipient`
    )
    .bind(reportId ?? null)
    .all<{
      report_id: string
      recipient: string
      message_id: string
      raw: string
      attempts: number
    }>()
  return results.map((r) => ({
    reportId: r.report_id,
    recipient: r.recipient,
    messageId: r.message_id,
    raw: r.raw,
    attempts: r.attempts,
  }))
}

// Far longer than a send takes; only a run that died holds a lease this long.
const LEASE_MS = 10 * 60 * 1000

/** Takes an email for this run to send; false when another run holds it or it went out. */
export async function claimEmail(db: D1Database, email: PendingEmail, now: number) {
  const taken = await db
    .prepare(
      `UPDATE outbox SET sending_since = ?3
       WHERE report_id = ?1 AND recipient = ?2 AND sent_at IS NULL
         AND (sending_since IS NULL OR sending_since < ?4)
       RETURNING 1 AS taken`
    )
    .bind(email.reportId, email.recipient, now, now - LEASE_MS)
    .first<{ taken: number }>()
  return taken !== null
}

export async function markSent(db: D1Database, email: PendingEmail, sentAt: string) {
  await db
    .prepare(
      'UPDATE outbox SET sent_at = ?3, attempts = attempts + 1, last_error = NULL WHERE report_id = ?1 AND recipient = ?2 AND sent_at IS NULL'
    )
    .bind(email.reportId, email.recipient, sentAt)
    .run()
}

export async function markFailed(db: D1Database, email: PendingEmail, error: string) {
  await db
    .prepare(
      'UPDATE outbox SET attempts = attempts + 1, last_error = ?3, sending_since = NULL WHERE report_id = ?1 AND recipient = ?2'
    )
    .bind(email.reportId, email.recipient, error.slice(0, 500))
    .run()
}

export async function outboxOf(db: D1Database, reportId: string) {
  const { results } = await db
    .prepare(
      'SELECT recipient, message_id, attempts, last_error, sent_at FROM outbox WHERE report_id = ?1 ORDER BY recipient'
    )
    .bind(reportId)
    .all<{
      recipient: string
      message_id: string
      attempts: number
      last_error: string | null
      sent_at: string | null
    }>()
  return results
}
