/**
 * Deleting what a survey holds. A wave's rows hang off it through several tables (D1 keeps
 * foreign keys on), so each statement removes one table's rows of the chosen waves, children
 * first, all in one batch: a deletion is whole or not at all.
 */
function wipeWaves(db: D1Database, waves: string, binds: unknown[]): D1PreparedStatement[] {
  const responses = `SELECT id FROM responses WHERE wave_id IN (${waves})`
  const reports = `SELECT id FROM reports WHERE wave_id IN (${waves})`
  return [
    `DELETE FROM answers WHERE response_id IN (${responses})`,
    `DELETE FROM tallied_responses WHERE response_id IN (${responses})`,
    `DELETE FROM responses WHERE wave_id IN (${waves})`,
    `DELETE FROM sealed_pool WHERE wave_id IN (${waves})`,
    `DELETE FROM spend_markers WHERE wave_id IN (${waves})`,
    `DELETE FROM invitations WHERE wave_id IN (${waves})`,
    `DELETE FROM invitation_additions WHERE wave_id IN (${waves})`,
    `DELETE FROM releases WHERE wave_id IN (${waves})`,
    `DELETE FROM wave_tallies WHERE wave_id IN (${waves})`,
    `DELETE FROM wave_terms WHERE wave_id IN (${waves})`,
    `DELETE FROM outbox WHERE report_id IN (${reports})`,
    `DELETE FROM reports WHERE wave_id IN (${waves})`,
  ].map((sql) => db.prepare(sql).bind(...binds))
}

/** Deletes a closed wave with everything it holds; `false` when there is no such closed wave. */
export async function deleteClosedWave(db: D1Database, surveyId: string, waveId: string) {
  const closed = `SELECT id FROM waves WHERE id = ?1 AND survey_id = ?2 AND status = 'closed'`
  const results = await db.batch([
    ...wipeWaves(db, closed, [waveId, surveyId]),
    db
      .prepare(`DELETE FROM waves WHERE id = ?1 AND survey_id = ?2 AND status = 'closed'`)
      .bind(waveId, surveyId),
  ])
  return results.at(-1)!.meta.changes === 1
}

/**
 * Deletes a survey with all its waves, answers, invitations, releases and reports; `false`
 * when it does not exist or a wave of it is still open (close that first: its pool may
 * still take submits).
 */
export async function deleteSurvey(db: D1Database, surveyId: string) {
  // Every statement is guarded, so a wave opened meanwhile leaves the whole batch a no-op.
  const idle = `NOT EXISTS (SELECT 1 FROM waves WHERE survey_id = ?1 AND status = 'open')`
  const results = await db.batch([
    ...wipeWaves(db, `SELECT id FROM waves WHERE survey_id = ?1 AND ${idle}`, [surveyId]),
    ...[
      `DELETE FROM waves WHERE survey_id = ?1 AND ${idle}`,
      `DELETE FROM report_recipients WHERE survey_id = ?1 AND ${idle}`,
      `DELETE FROM survey_drafts WHERE survey_id = ?1 AND ${idle}`,
      `DELETE FROM form_versions WHERE survey_id = ?1 AND ${idle}`,
      `DELETE FROM surveys WHERE id = ?1 AND ${idle}`,
    ].map((sql) => db.prepare(sql).bind(surveyId)),
  ])
  return results.at(-1)!.meta.changes === 1
}

export async function setArchived(db: D1Database, surveyId: string, archived: boolean) {
  const { meta } = await db
    .prepare('UPDATE surveys SET archived = ?2 WHERE id = ?1')
    .bind(surveyId, archived ? 1 : 0)
    .run()
  return meta.changes === 1
}

/** Months a closed wave of the survey is kept; `null` keeps it until someone deletes it. */
export async function setRetention(db: D1Database, surveyId: string, months: number | null) {
  const { meta } = await db
    .prepare('UPDATE surveys SET retention_months = ?2 WHERE id = ?1')
    .bind(surveyId, months)
    .run()
  return meta.changes === 1
}

/** Deletes every closed wave kept longer than its survey's retention period; how many. */
export async function deleteExpiredWaves(db: D1Database, today: string): Promise<number> {
  const { results } = await db
    .prepare(
      `SELECT w.id, w.survey_id FROM waves w JOIN surveys s ON s.id = w.survey_id
       WHERE w.status = 'closed' AND s.retention_months IS NOT NULL
         AND date(COALESCE(w.closed_on, ?1), '+' || s.retention_months || ' months') <= ?1`
    )
    .bind(today)
    .all<{ id: string; survey_id: string }>()
  let deleted = 0
  for (const w of results) if (await deleteClosedWave(db, w.survey_id, w.id)) deleted++
  return deleted
}
