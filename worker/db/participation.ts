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
