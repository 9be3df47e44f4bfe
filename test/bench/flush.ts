import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { applyLocalMigrations } from '../../worker/cli/local.ts'
import { tempDir } from './cleanup.ts'
import type { Checked, Flushed, SeedRequest, Seeded } from './probe/flush.ts'
import { count } from './report-seed.ts'
import { progress } from './report.ts'
import type { Figures } from './rows.ts'
import { withWorker } from './servers.ts'

export const FLUSH_SUBMITS = 1000
/** Half of them through invitations, so the flush marks invitations used as well. */
const FLUSH_INVITED = FLUSH_SUBMITS / 2
const FLUSH_RUNS = 3
const ANSWERS_PER_SUBMIT = 6
const probeConfig = path.join(import.meta.dirname, 'probe', 'flush.toml')
const REQUEST_CAP_MS = 2 * 60_000

export interface FlushRun {
  /** Seconds the flush request took, as the bench saw it: the figure in the table. */
  seconds: number
  /** The same flush timed inside workerd. */
  workerdSeconds: number
  moved: number
}

export interface FlushFigures {
  submits: number
  invited: number
  sealedBytes: number
  runs: FlushRun[]
  /** Of the fastest run: other work on the machine only ever adds time. */
  seconds: number
  workerdSeconds: number
}

async function post<T>(origin: string, what: string, body: object): Promise<T> {
  const res = await fetch(`${origin}${what}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_CAP_MS),
  })
  if (!res.ok) throw new Error(`flush probe ${what}: ${res.status} ${await res.text()}`)
  return res.json() as Promise<T>
}

/**
 * The flush of a closed wave with FLUSH_SUBMITS pooled submits, on workerd and a local D1
 * with the Lernraum migrations: a probe worker seals them into the pool with the Worker's
 * own code, closes the wave, then runs flushWave once, which must move every one of them.
 * Each run on a fresh wave under a fresh SEAL_KEY; the fastest counts.
 */
export async function measureFlush(f: Figures): Promise<void> {
  const persistTo = await tempDir('flush')
  progress('flush: preparing a fresh local D1 (migrations)')
  await applyLocalMigrations(persistTo)
  const spec = { label: 'flush probe', config: probeConfig, persistTo, readyPath: '/' }
  const runs: FlushRun[] = []
  let sealedBytes = 0
  await withWorker(spec, async ({ origin }) => {
    for (let run = 1; run <= FLUSH_RUNS; run++) {
      const label = `flush of ${count(FLUSH_SUBMITS)} pooled submits (run ${run}/${FLUSH_RUNS})`
      const key = randomBytes(32).toString('base64url')
      const request: SeedRequest = { key, run, submits: FLUSH_SUBMITS, invited: FLUSH_INVITED }
      progress(`${label}: sealing them into the pool of a wave, ${FLUSH_INVITED} by invitation`)
      const seeded = await post<Seeded>(origin, '/seed', request)
      if (seeded.pooled !== FLUSH_SUBMITS)
        throw new Error(`${label}: ${seeded.pooled} pooled, expected ${FLUSH_SUBMITS}`)
      sealedBytes = seeded.sealedBytes
      const started = performance.now()
      const flushed = await post<Flushed>(origin, '/flush', { key, waveId: seeded.waveId })
      const seconds = (performance.now() - started) / 1000
      const checked = await post<Checked>(origin, '/check', { waveId: seeded.waveId })
      const expected: Checked = {
        responses: FLUSH_SUBMITS,
        answers: FLUSH_SUBMITS * ANSWERS_PER_SUBMIT,
        invitationsUsed: FLUSH_INVITED,
        pooled: 0,
      }
      if (flushed.result.moved !== FLUSH_SUBMITS || !sameCounts(checked, expected))
        throw new Error(
          `${label}: flush ${JSON.stringify(flushed.result)}, stored ${JSON.stringify(checked)}`
        )
      runs.push({ seconds, workerdSeconds: flushed.seconds, moved: flushed.result.moved })
      progress(
        `${label}: ${seconds.toFixed(3)} s (inside workerd ${flushed.seconds.toFixed(3)} s), moved ${flushed.result.moved}`
      )
    }
  })
  const fastest = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a))
  f.flush = {
    submits: FLUSH_SUBMITS,
    invited: FLUSH_INVITED,
    sealedBytes,
    runs,
    seconds: fastest.seconds,
    workerdSeconds: fastest.workerdSeconds,
  }
}

const sameCounts = (a: Checked, b: Checked) =>
  (Object.keys(b) as (keyof Checked)[]).every((k) => a[k] === b[k])
