import { disclosureConfig } from '../analysis/disclosure.ts'
import { newId, shuffled } from './crypto.ts'
import {
  claimFlush,
  moveBatch,
  pooledWaves,
  readPool,
  releaseFlush,
  usedInvitations,
  type Move,
} from './db/pool.ts'
import { openSubmit } from './pooled.ts'
import { cutRelease } from './releases.ts'
import { sealKeys } from './seal.ts'

/** Long enough for a flush of thousands; a flush cut off mid-way frees the wave after this. */
export const FLUSH_LEASE_MS = 30_000

export interface FlushResult {
  /** Another flush of the wave held it. */
  busy: boolean
  moved: number
  /** Pool rows left sealed. */
  kept: number
  /** Rows no key of this Worker opens: kept until the right key is back. */
  unopened: number
  /** Second submits of one invitation (possible only across a key rotation), dropped. */
  dropped: number
}

/**
 * Makes pooled submits of a wave readable, never fewer than k at once: an open wave flushes
 * at 2k pooled and keeps k back, chosen at random, so the next flush again covers at least k;
 * a closed wave moves all, if at least k. A wave that closed with fewer than k never moves.
 */
export async function flushWave(env: Env, waveId: string): Promise<FlushResult> {
  // The wall clock, never a run's scheduled time: leases of all callers must compare.
  const now = Date.now()
  const db = env.DB
  const k = disclosureConfig(env).minGroupSize
  const wave = await claimFlush(db, waveId, now, FLUSH_LEASE_MS)
  if (!wave) return { busy: true, moved: 0, kept: 0, unopened: 0, dropped: 0 }
  // An open-link wave has its one release at close: while open, its flush cuts none, so the
  // move itself gives up the lease and saves the submits a round trip.
  const cutsRelease = !wave.open || wave.mode !== 'open'
  let leaseEnded = false
  try {
    const keys = await sealKeys(env)
    const rows = await readPool(db, waveId)
    const opened = await Promise.all(
      rows.map(async (row) => ({ row, submit: await openSubmit(keys, row.sealed, row) }))
    )
    const unopened = opened.filter((o) => !o.submit).length
    const { unique, dropped } = await withoutDuplicates(
      db,
      waveId,
      opened.flatMap(({ row, submit }) => (submit ? [{ row, submit }] : []))
    )
    const count = unique.length - (wave.open ? k : 0)
    const moving = unique.length >= (wave.open ? 2 * k : k) ? shuffled(unique).slice(0, count) : []
    const moves: Move[] = moving.map(({ row, submit }) => ({
      poolId: row.id,
      id: newId(),
      formVersion: row.formVersion,
      ...submit,
    }))
    if (moves.length) {
      await moveBatch(db, { id: waveId, surveyId: wave.surveyId }, moves, dropped, !cutsRelease)
      leaseEnded = !cutsRelease
    }
    // Moved answers are readable now, and a closed wave gets its final release (an open-link
    // wave its only one). A cut that fails here is made by the next scheduled run.
    if (cutsRelease && (moves.length || !wave.open))
      await cutRelease(env, wave.surveyId, waveId).catch((err: Error) =>
        console.error(`lernraum release: ${err.name}`)
      )
    const gone = moves.length ? moves.length + dropped.length : 0
    return {
      busy: false,
      moved: moves.length,
      kept: rows.length - gone,
      unopened,
      dropped: moves.length ? dropped.length : 0,
    }
  } finally {
    if (!leaseEnded) await releaseFlush(db, waveId).catch(() => {})
  }
}

const flushing = new Set<string>()

/**
 * The flush a submit starts once its wave's pool reaches 2k. While this isolate flushes the
 * wave already, another claim would only find the lease taken: under load that was a wasted
 * round trip for most submits.
 */
export async function flushAfterSubmit(env: Env, waveId: string): Promise<void> {
  if (flushing.has(waveId)) return
  flushing.add(waveId)
  try {
    await flushWave(env, waveId)
  } finally {
    flushing.delete(waveId)
  }
}

/**
 * Cuts the release of a wave whose readable responses are ahead of it (a cut that failed
 * after its flush), under the wave's lease; `false` when a flush holds the wave.
 */
export async function catchUpRelease(env: Env, surveyId: string, waveId: string) {
  if (!(await claimFlush(env.DB, waveId, Date.now(), FLUSH_LEASE_MS))) return false
  try {
    await cutRelease(env, surveyId, waveId)
    return true
  } finally {
    await releaseFlush(env.DB, waveId).catch(() => {})
  }
}

/**
 * Flushes a wave that was just closed. A flush started by a submit may still hold the wave:
 * this waits for it (a few seconds at most) rather than leave the rest to the next run.
 */
export async function flushClosedWave(env: Env, waveId: string): Promise<FlushResult> {
  for (let attempt = 0; ; attempt++) {
    const result = await flushWave(env, waveId)
    if (!result.busy || attempt === CLOSING_ATTEMPTS) return result
    await new Promise((r) => setTimeout(r, 250))
  }
}

const CLOSING_ATTEMPTS = 20

type Opened = { row: { id: string }; submit: { tokenHash?: string } }

/**
 * Keeps one submit per invitation. Spend markers already allow only one, but across a key
 * rotation whose previous key was dropped too early a second could be pooled: it is dropped
 * here rather than abort the whole batch.
 */
async function withoutDuplicates<T extends Opened>(db: D1Database, waveId: string, opened: T[]) {
  const hashes = opened.flatMap((o) => (o.submit.tokenHash ? [o.submit.tokenHash] : []))
  const seen = hashes.length ? await usedInvitations(db, waveId, hashes) : new Set<string>()
  const unique: T[] = []
  const dropped: string[] = []
  for (const o of opened) {
    const hash = o.submit.tokenHash
    if (hash && seen.has(hash)) dropped.push(o.row.id)
    else unique.push(o)
    if (hash) seen.add(hash)
  }
  return { unique, dropped }
}

/** The scheduled run's flush of every wave with pooled rows; counts only reach the log. */
export async function flushPools(env: Env) {
  const totals = { moved: 0, unopened: 0, failed: 0 }
  for (const waveId of await pooledWaves(env.DB)) {
    try {
      const result = await flushWave(env, waveId)
      totals.moved += result.moved
      totals.unopened += result.unopened
    } catch (err) {
      totals.failed++
      console.error(`lernraum flush: ${(err as Error).name}`)
    }
  }
  if (totals.unopened)
    console.error(
      `lernraum flush: ${totals.unopened} pooled submits open under no key this Worker holds; they are kept until SEAL_KEY or SEAL_KEY_PREVIOUS opens them`
    )
  return totals
}
