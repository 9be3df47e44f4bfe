import { forgetOpenSurveys } from './surveys.ts'

/**
 * How a wave is answered, chosen when it is opened: through personal invitation links (the
 * default), or through its survey's open link, which anyone can send many times and so
 * protects less.
 */
export type WaveMode = 'invitations' | 'open'

export interface Wave {
  id: string
  surveyId: string
  label: string
  status: 'open' | 'closed'
  mode: WaveMode
  seq: number
  opensOn: string | null
  closesOn: string | null
  /** The day it was closed; retention counts from it. */
  closedOn: string | null
  /** The day the wave was opened (YYYY-MM-DD); unknown for waves opened before it was kept. */
  openedOn: string | null
  /** The form version the wave answers; `null` for older waves, which answer the current one. */
  formVersion: number | null
}

type WaveRow = {
  id: string
  survey_id: string
  label: string
  status: 'open' | 'closed'
  mode: WaveMode
  seq: number
  opens_on: string | null
  closes_on: string | null
  closed_on: string | null
  opened_on: string | null
  form_version: number | null
}

const toWave = (r: WaveRow): Wave => ({
  id: r.id,
  surveyId: r.survey_id,
  label: r.label,
  status: r.status,
  mode: r.mode,
  seq: r.seq,
  opensOn: r.opens_on,
  closesOn: r.closes_on,
  closedOn: r.closed_on,
  openedOn: r.opened_on,
  formVersion: r.form_version,
})

const COLUMNS =
  'id, survey_id, label, status, mode, seq, opens_on, closes_on, closed_on, opened_on, form_version'

export async function listWaves(db: D1Database, surveyId: string): Promise<Wave[]> {
  const { results } = await db
    .prepare(`SELECT ${COLUMNS} FROM waves WHERE survey_id = ?1 ORDER BY seq`)
    .bind(surveyId)
    .all<WaveRow>()
  return results.map(toWave)
}

/**
 * Opens the survey's next wave with its current form version, which the wave answers until
 * it closes; `null` while another wave is still open.
 */
export async function openWave(
  db: D1Database,
  wave: {
    id: string
    surveyId: string
    label: string
    mode?: WaveMode
    opensOn: string | null
    closesOn: string | null
    /** YYYY-MM-DD; today (UTC) unless the caller runs for another day. */
    openedOn?: string
  }
): Promise<Wave | null> {
  try {
    const row = await db
      .prepare(
        `INSERT INTO waves (id, survey_id, label, status, mode, seq, opens_on, closes_on, opened_on, form_version)
         SELECT ?1, ?2, ?3, 'open', ?6, COALESCE(MAX(seq), 0) + 1, ?4, ?5, ?7,
           (SELECT current_version FROM surveys WHERE id = ?2)
         FROM waves WHERE survey_id = ?2
         RETURNING ${COLUMNS}`
      )
      .bind(
        wave.id,
        wave.surveyId,
        wave.label,
        wave.opensOn,
        wave.closesOn,
        wave.mode ?? 'invitations',
        wave.openedOn ?? new Date().toISOString().slice(0, 10)
      )
      .first<WaveRow>()
    forgetOpenSurveys()
    return row ? toWave(row) : null
  } catch (err) {
    if (err instanceof Error && /UNIQUE constraint failed: waves\.survey_id/.test(err.message))
      return null
    throw err
  }
}

/**
 * Closes a wave: participants then see a closed page. Its spend markers are dropped, since
 * nothing can be submitted to a closed wave any more; its pool is flushed by the caller.
 */
export async function closeWave(
  db: D1Database,
  surveyId: string,
  waveId: string,
  today = new Date().toISOString().slice(0, 10)
): Promise<Wave | null> {
  const [closed] = await db.batch<WaveRow>([
    db
      .prepare(
        `UPDATE waves SET status = 'closed', closed_on = COALESCE(closed_on, ?3)
         WHERE id = ?1 AND survey_id = ?2 RETURNING ${COLUMNS}`
      )
      .bind(waveId, surveyId, today),
    db
      .prepare(
        'DELETE FROM spend_markers WHERE wave_id = ?1 AND EXISTS (SELECT 1 FROM waves WHERE id = ?1 AND survey_id = ?2)'
      )
      .bind(waveId, surveyId),
  ])
  forgetOpenSurveys()
  return closed.results[0] ? toWave(closed.results[0]) : null
}

/**
 * Closes every open wave whose last day has passed, so its closing report is due. The
 * scheduled run flushes their pools right after.
 */
export async function closeExpiredWaves(db: D1Database, today: string) {
  const { results } = await db
    .prepare(`SELECT id, survey_id FROM waves WHERE status = 'open' AND closes_on < ?1`)
    .bind(today)
    .all<{ id: string; survey_id: string }>()
  for (const w of results) await closeWave(db, w.survey_id, w.id, today)
}

/** The survey's open wave and the form version it answers, if one is open. */
export async function findOpenWave(
  db: D1Database,
  surveyId: string
): Promise<{ label: string; formVersion: number } | null> {
  const row = await db
    .prepare(
      `SELECT w.label, COALESCE(w.form_version, s.current_version) AS form_version
       FROM waves w JOIN surveys s ON s.id = w.survey_id
       WHERE w.survey_id = ?1 AND w.status = 'open' LIMIT 1`
    )
    .bind(surveyId)
    .first<{ label: string; form_version: number }>()
  return row && { label: row.label, formVersion: row.form_version }
}
