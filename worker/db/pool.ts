import { fromHex, toHex } from '../hex.ts'
import { insertResponses, jsonArrays, type NewResponse } from './responses.ts'
import type { WaveMode } from './waves.ts'

export interface PoolRow {
  id: string
  waveId: string
  formVersion: number
  sealed: Uint8Array
}

export type PoolOutcome =
  { outcome: 'pooled'; pooled: number } | { outcome: 'duplicate' } | { outcome: 'closed' }

const OPEN_WAVE = `EXISTS (SELECT 1 FROM waves WHERE id = ?2 AND status = 'open')`

/**
 * The one write of a submit: its sealed row and its spend markers, in one batch, only while
 * its wave is open. A marker already written aborts the batch, so a link or form is used once
 * even by concurrent submits. Also counts the wave's pool, so the caller knows when to flush.
 */
export async function poolSubmit(
  db: D1Database,
  row: PoolRow,
  markers: string[]
): Promise<PoolOutcome> {
  try {
    const [pooled, ...rest] = await db.batch<{ n: number }>([
      db
        .prepare(
          `INSERT INTO sealed_pool (id, wave_id, form_version, sealed)
           SELECT ?1, ?2, ?3, unhex(?4) WHERE ${OPEN_WAVE}`
        )
        // As hex for the same reason readPool reads it so: D1 sends a bound BLOB as a JSON
        // array of numbers, which for a padded row was a fifth of a submit's CPU.
        .bind(row.id, row.waveId, row.formVersion, toHex(row.sealed)),
      ...markers.map((marker) =>
        db
          .prepare(`INSERT INTO spend_markers (marker, wave_id) SELECT ?1, ?2 WHERE ${OPEN_WAVE}`)
          .bind(marker, row.waveId)
      ),
      db.prepare('SELECT COUNT(*) AS n FROM sealed_pool WHERE wave_id = ?1').bind(row.waveId),
    ])
    if (pooled.meta.changes === 0) return { outcome: 'closed' }
    return { outcome: 'pooled', pooled: rest.at(-1)!.results[0].n }
  } catch (err) {
    if (err instanceof Error && /UNIQUE constraint failed: spend_markers/.test(err.message))
      return { outcome: 'duplicate' }
    throw err
  }
}

/** Whether any of these markers was written: the link or form was already sent. */
export async function isSpent(db: D1Database, markers: string[]): Promise<boolean> {
  const row = await db
    .prepare(
      'SELECT EXISTS (SELECT 1 FROM spend_markers WHERE marker IN (SELECT value FROM json_each(?1))) AS spent'
    )
    .bind(JSON.stringify(markers))
    .first<{ spent: number }>()
  return row?.spent === 1
}

/**
 * Takes the wave's flush for a while; `null` when another flush holds it. A lease rather than
 * a lock: a flush cut off mid-way (waitUntil can be) only delays the next one.
 */
export async function claimFlush(
  db: D1Database,
  waveId: string,
  now: number,
  leaseMs: number
): Promise<{ surveyId: string; open: boolean; mode: WaveMode } | null> {
  const row = await db
    .prepare(
      `UPDATE waves SET flush_lease = ?2 WHERE id = ?1 AND (flush_lease IS NULL OR flush_lease < ?3)
       RETURNING survey_id, status, mode`
    )
    .bind(waveId, now + leaseMs, now)
    .first<{ survey_id: string; status: string; mode: WaveMode }>()
  return row && { surveyId: row.survey_id, open: row.status === 'open', mode: row.mode }
}

const endLeaseStatement = (db: D1Database, waveId: string) =>
  db.prepare('UPDATE waves SET flush_lease = NULL WHERE id = ?1').bind(waveId)

export async function releaseFlush(db: D1Database, waveId: string): Promise<void> {
  await endLeaseStatement(db, waveId).run()
}

export async function readPool(db: D1Database, waveId: string): Promise<PoolRow[]> {
  // As hex: D1 hands a BLOB to the Worker as an array of numbers, which for a thousand rows
  // of 12 KB took seconds; a string and a decode take a tenth of that.
  const { results } = await db
    .prepare('SELECT id, form_version, hex(sealed) AS sealed FROM sealed_pool WHERE wave_id = ?1')
    .bind(waveId)
    .all<{ id: string; form_version: number; sealed: string }>()
  return results.map((r) => ({
    id: r.id,
    waveId,
    formVersion: r.form_version,
    sealed: fromHex(r.sealed),
  }))
}

/** Waves with sealed rows waiting: the scheduled run flushes each. */
export async function pooledWaves(db: D1Database): Promise<string[]> {
  const { results } = await db
    .prepare('SELECT DISTINCT wave_id FROM sealed_pool')
    .all<{ wave_id: string }>()
  return results.map((r) => r.wave_id)
}

/** Invitations among these that are marked used already. */
export async function usedInvitations(
  db: D1Database,
  waveId: string,
  tokenHashes: string[]
): Promise<Set<string>> {
  const { results } = await db
    .prepare(
      `SELECT token_hash FROM invitations
       WHERE wave_id = ?1 AND used = 1 AND token_hash IN (SELECT value FROM json_each(?2))`
    )
    .bind(waveId, JSON.stringify(tokenHashes))
    .all<{ token_hash: string }>()
  return new Set(results.map((r) => r.token_hash))
}

/** A pooled submit as it becomes a response. */
export interface Move extends NewResponse {
  poolId: string
  tokenHash?: string
}

/**
 * Moves pooled submits into responses and answers, marks their invitations used and deletes
 * their pool rows (and those of `dropped` duplicates), all in one batch, in the order given,
 * which the caller shuffles. The batch first checks that every pool row is still there, so
 * a concurrent flush that moved one makes this one move nothing. With `endLease` the same
 * batch gives up the wave's lease; otherwise the caller still holds it, to cut the release
 * that follows.
 */
export async function moveBatch(
  db: D1Database,
  wave: { id: string; surveyId: string },
  moves: Move[],
  dropped: string[],
  endLease = false
): Promise<void> {
  const poolIds = jsonArrays([...moves.map((m) => m.poolId), ...dropped])
  const tokens = jsonArrays(moves.flatMap((m) => (m.tokenHash ? [m.tokenHash] : [])))
  await db.batch([
    ...poolIds.map((ids) =>
      db
        .prepare(
          `INSERT INTO flush_guard (expected, found) SELECT json_array_length(?1), COUNT(*)
           FROM sealed_pool WHERE wave_id = ?2 AND id IN (SELECT value FROM json_each(?1))`
        )
        .bind(ids, wave.id)
    ),
    ...insertResponses(db, wave, moves),
    ...tokens.map((hashes) =>
      db
        .prepare(
          `UPDATE invitations SET used = 1
           WHERE wave_id = ?1 AND used = 0 AND token_hash IN (SELECT value FROM json_each(?2))`
        )
        .bind(wave.id, hashes)
    ),
    ...poolIds.map((ids) =>
      db
        .prepare(
          'DELETE FROM sealed_pool WHERE wave_id = ?1 AND id IN (SELECT value FROM json_each(?2))'
        )
        .bind(wave.id, ids)
    ),
    db.prepare('DELETE FROM flush_guard'),
    ...(endLease ? [endLeaseStatement(db, wave.id)] : []),
  ])
}
