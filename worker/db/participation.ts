export interface MinistryParticipation {
  ministry: string
  invited: number
  completed: number
}

/** Invited and completed per ministry for one wave: coverage only, never content. */
export async function participationByMinistry(
  db: D1Database,
  waveId: string
): Promise<MinistryParticipation[]> {
  const { results } = await db
    .prepare(
      `SELECT ministry, COUNT(*) AS invited, SUM(used) AS completed
       FROM invitations WHERE wave_id = ?1 GROUP BY ministry ORDER BY ministry`
    )
    .bind(waveId)
    .all<MinistryParticipation>()
  return results
}

/** Responses through the open link, which no ministry is known for. */
export async function countResponses(db: D1Database, waveId: string): Promise<number> {
  return (
    (await db
      .prepare('SELECT COUNT(*) AS n FROM responses WHERE wave_id = ?1')
      .bind(waveId)
      .first<number>('n')) ?? 0
  )
}
