/** How often a survey repeats: the daily run opens its next wave one period after the last. */
export type WaveRhythm = 'none' | 'monthly' | 'quarterly'

export const WAVE_RHYTHMS: readonly WaveRhythm[] = ['none', 'monthly', 'quarterly']

/** A survey's rhythm; `null` when there is no such survey. */
export async function findWaveRhythm(db: D1Database, surveyId: string): Promise<WaveRhythm | null> {
  return db
    .prepare('SELECT wave_rhythm FROM surveys WHERE id = ?1')
    .bind(surveyId)
    .first<WaveRhythm>('wave_rhythm')
}

/** Sets a survey's rhythm; `false` when there is no such survey. */
export async function setWaveRhythm(
  db: D1Database,
  surveyId: string,
  rhythm: WaveRhythm
): Promise<boolean> {
  const { meta } = await db
    .prepare('UPDATE surveys SET wave_rhythm = ?2 WHERE id = ?1')
    .bind(surveyId, rhythm)
    .run()
  return meta.changes > 0
}

/** Every survey that repeats, with its rhythm, for the daily run. */
export async function repeatingSurveys(
  db: D1Database
): Promise<{ surveyId: string; rhythm: Exclude<WaveRhythm, 'none'> }[]> {
  const { results } = await db
    .prepare(`SELECT id, wave_rhythm FROM surveys WHERE wave_rhythm != 'none' ORDER BY id`)
    .all<{ id: string; wave_rhythm: Exclude<WaveRhythm, 'none'> }>()
  return results.map((r) => ({ surveyId: r.id, rhythm: r.wave_rhythm }))
}
