import { claimEmail, markFailed, markSent, pendingEmails } from '../db/outbox.ts'
import { sendRawEmail } from '../email.ts'

/**
 * Sends every queued email once. Each is taken under a lease first, so two overlapping runs
 * never both send it. A failure is recorded and retried on the next run; a sent one is never
 * sent again. (If the binding accepted a message but marking it sent failed, the lease
 * expires and a later run sends it again with the same Message-ID, which mail systems
 * deduplicate.) With `reportId`, only that report's emails: the dashboard's "send now".
 */
export async function sendPendingEmails(env: Env, now: Date, reportId?: string) {
  let sent = 0
  let failed = 0
  for (const email of await pendingEmails(env.DB, reportId)) {
    if (!(await claimEmail(env.DB, email, now.getTime()))) continue
    try {
      await sendRawEmail(env.REPORT_MAIL, env.REPORT_FROM, email.recipient, email.raw)
    } catch (err) {
      failed++
      await markFailed(env.DB, email, `${(err as Error).name}: ${(err as Error).message}`)
      continue
    }
    await markSent(env.DB, email, now.toISOString())
    sent++
  }
  return { sent, failed }
}
