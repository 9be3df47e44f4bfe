/** The findings last published for a wave, and how many responses they were built from. */
export async function publishedFindings(
  db: D1Database,
  waveId: string
): Promise<{ responses: number; body: string } | null> {
  return db
    .prepare('SELECT responses, body FROM published_findings WHERE wave_id = ?1')
    .bind(waveId)
    .first()
}

export async function publishFindings(
  db: D1Database,
  waveId: string,
  responses: number,
  body: string
) {
  await db
    .prepare(
      `INSERT INTO published_findings (wave_id, responses, body) VALUES (?1, ?2, ?3)
       ON CONFLICT (wave_id) DO UPDATE SET responses = excluded.responses, body = excluded.body`
    )
    .bind(waveId, responses, body)
    .run()
}
