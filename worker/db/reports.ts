/** A claimed (survey, period) slot: this run, and only this run, builds its report. */
export interface ReportSlot {
  id: string
  surveyId: string
  period: string
  waveId: string
}

// A slot still 'building' this long after its claim belongs to a run that died.
const STALE_CLAIM_MS = 15 * 60 * 1000

/**
 * Claims the report slot of a survey and period atomically: a second or concurrent run gets
 * `null`. A slot left 'building' by a run that died is taken over after a while.
 */
export async function claimReportSlot(
  db: D1Database,
  slot: ReportSlot,
  now: number
): Promise<boolean> {
  const claimed = await db
    .prepare(
      `INSERT INTO reports (id, survey_id, period, wave_id, status, claimed_at) VALUES (?1, ?2, ?3, ?4, 'building', ?5)
       ON CONFLICT (survey_id, period) DO UPDATE SET id = excluded.id, wave_id = excluded.wave_id, claimed_at = excluded.claimed_at
       WHERE reports.status = 'building' AND reports.claimed_at < ?6
       RETURNING id`
    )
    .bind(slot.id, slot.surveyId, slot.period, slot.waveId, now, now - STALE_CLAIM_MS)
    .first<{ id: string }>()
  return claimed?.id === slot.id
}

export interface StoredEmail {
  recipient: string
  messageId: string
  raw: string
}

/** Stores the finished report and queues its emails in one batch: all or nothing. */
export async function storeReport(
  db: D1Database,
  slotId: string,
  report: {
    createdOn: string
    codebookVersion: string
    responses: number
    releaseSeq: number
    model: string
  },
  emails: StoredEmail[]
) {
  await db.batch([
    db
      .prepare(
        `UPDATE reports SET status = 'ready', created_on = ?2, codebook_version = ?3, responses = ?4, model = ?5,
           release_seq = ?6
         WHERE id = ?1 AND status = 'building'`
      )
      .bind(
        slotId,
        report.createdOn,
        report.codebookVersion,
        report.responses,
        report.model,
        report.releaseSeq
      ),
    // Queued only if this run still holds the slot (a stale run that was taken over queues nothing).
    ...emails.map((e) =>
      db
        .prepare(
          `INSERT INTO outbox (report_id, recipient, message_id, raw)
           SELECT ?1, ?2, ?3, ?4 WHERE EXISTS (SELECT 1 FROM reports WHERE id = ?1 AND status = 'ready')`
        )
        .bind(slotId, e.recipient, e.messageId, e.raw)
    ),
  ])
}

/** How many responses the last finished report of a wave was built from, if any. */
export async function lastReportedResponses(
  db: D1Database,
  waveId: string
): Promise<number | null> {
  return db
    .prepare(`SELECT MAX(responses) AS n FROM reports WHERE wave_id = ?1 AND status = 'ready'`)
    .bind(waveId)
    .first<number | null>('n')
}

/**
 * Whether the survey's report for this period is finished. A slot still 'building' is left
 * to claimReportSlot, which takes it over once its run is presumed dead.
 */
export async function hasReport(
  db: D1Database,
  surveyId: string,
  period: string
): Promise<boolean> {
  return (
    (await db
      .prepare(
        `SELECT 1 AS x FROM reports WHERE survey_id = ?1 AND period = ?2 AND status = 'ready'`
      )
      .bind(surveyId, period)
      .first('x')) === 1
  )
}

/** Gives up a claimed slot whose build failed, so the next run builds it without waiting. */
export async function releaseReportSlot(db: D1Database, slotId: string) {
  await db.prepare(`DELETE FROM reports WHERE id = ?1 AND status = 'building'`).bind(slotId).run()
}

export interface ReportSummary {
  id: string
  surveyId: string
  surveySlug: string
  period: string
  waveId: string | null
  createdOn: string
  codebookVersion: string
}

type SummaryRow = {
  id: string
  survey_id: string
  slug: string
  period: string
  wave_id: string | null
  created_on: string
  codebook_version: string
}

const toSummary = (r: SummaryRow): ReportSummary => ({
  id: r.id,
  surveyId: r.survey_id,
  surveySlug: r.slug,
  period: r.period,
  waveId: r.wave_id,
  createdOn: r.created_on,
  codebookVersion: r.codebook_version,
})

export async function listReports(db: D1Database): Promise<ReportSummary[]> {
  const { results } = await db
    .prepare(
      `SELECT r.id, r.survey_id, s.slug, r.period, r.wave_id, r.created_on, r.codebook_version
       FROM reports r JOIN surveys s ON s.id = r.survey_id
       WHERE r.status = 'ready' ORDER BY r.created_on DESC, r.period DESC`
    )
    .all<SummaryRow>()
  return results.map(toSummary)
}

export async function findReport(
  db: D1Database,
  id: string
): Promise<(ReportSummary & { model: string }) | null> {
  const row = await db
    .prepare(
      `SELECT r.id, r.survey_id, s.slug, r.period, r.wave_id, r.created_on, r.codebook_version, r.model
       FROM reports r JOIN surveys s ON s.id = r.survey_id
       WHERE r.id = ?1 AND r.status = 'ready'`
    )
    .bind(id)
    .first<SummaryRow & { model: string }>()
  return row ? { ...toSummary(row), model: row.model } : null
}
