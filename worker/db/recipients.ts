/** The addresses a survey's report goes to, as an admin entered them, in alphabetical order. */
export async function listRecipients(db: D1Database, surveyId: string): Promise<string[]> {
  const { results } = await db
    .prepare('SELECT address FROM report_recipients WHERE survey_id = ?1 ORDER BY address')
    .bind(surveyId)
    .all<{ address: string }>()
  return results.map((r) => r.address)
}

/** Adds an address to a survey's recipients; `false` when it is already there (in any case). */
export async function addRecipient(db: D1Database, surveyId: string, address: string) {
  const added = await db
    .prepare(
      'INSERT INTO report_recipients (survey_id, address) VALUES (?1, ?2) ON CONFLICT DO NOTHING RETURNING 1 AS added'
    )
    .bind(surveyId, address)
    .first<{ added: number }>()
  return added !== null
}

/** Removes an address from a survey's recipients; `false` when it was not there. */
export async function removeRecipient(db: D1Database, surveyId: string, address: string) {
  const { meta } = await db
    .prepare('DELETE FROM report_recipients WHERE survey_id = ?1 AND address = ?2')
    .bind(surveyId, address)
    .run()
  return meta.changes > 0
}
