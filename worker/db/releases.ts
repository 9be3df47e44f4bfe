import type { Release } from '../../analysis/release.ts'

/** The wave's latest release, or `null` before its first. */
export async function latestRelease(db: D1Database, waveId: string): Promise<Release | null> {
  const row = await db
    .prepare('SELECT body FROM releases WHERE wave_id = ?1 ORDER BY seq DESC LIMIT 1')
    .bind(waveId)
    .first<{ body: string }>()
  return row && (JSON.parse(row.body) as Release)
}

/**
 * The release the last finished report of a wave showed, if it is older than `seq`: what that
 * report's readers already saw, to say what moved since.
 */
export async function lastReportedRelease(
  db: D1Database,
  waveId: string,
  seq: number
): Promise<Release | null> {
  const row = await db
    .prepare(
      `SELECT body FROM releases WHERE wave_id = ?1 AND seq = (SELECT MAX(release_seq)
         FROM reports WHERE wave_id = ?1 AND status = 'ready' AND release_seq < ?2)`
    )
    .bind(waveId, seq)
    .first<{ body: string }>()
  return row && (JSON.parse(row.body) as Release)
}

/**
 * Stores a release under its sequence number, with the day it was cut (`YYYY-MM-DD`). A
 * second cut racing for the same number fails on the key and stores nothing: one of the two
 * is the wave's release.
 */
export async function storeRelease(
  db: D1Database,
  waveId: string,
  release: Release,
  releasedOn: string
) {
  await db
    .prepare(
      'INSERT INTO releases (wave_id, seq, responses, body, released_on) VALUES (?1, ?2, ?3, ?4, ?5)'
    )
    .bind(waveId, release.seq, release.groups.responses, JSON.stringify(release), releasedOn)
    .run()
}

/** The day a release was cut, `null` for one cut before days were kept. */
export async function releaseDay(db: D1Database, waveId: string, seq: number) {
  const row = await db
    .prepare('SELECT released_on FROM releases WHERE wave_id = ?1 AND seq = ?2')
    .bind(waveId, seq)
    .first<{ released_on: string | null }>()
  return row?.released_on ?? null
}

/** Waves whose readable responses are more than their latest release holds. */
export async function wavesBehindRelease(db: D1Database, surveyId: string): Promise<string[]> {
  const { results } = await db
    .prepare(
      `SELECT w.id FROM waves w WHERE w.survey_id = ?1
       AND (SELECT COUNT(*) FROM responses r WHERE r.wave_id = w.id)
         > COALESCE((SELECT MAX(responses) FROM releases l WHERE l.wave_id = w.id), 0)`
    )
    .bind(surveyId)
    .all<{ id: string }>()
  return results.map((r) => r.id)
}
