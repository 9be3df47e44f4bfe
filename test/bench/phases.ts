import { runWrangler, withLocalDb } from '../../worker/cli/local.ts'
import { prepareLocalDatabase } from '../../worker/cli/prepare.ts'
import { tempDir } from './cleanup.ts'
import { measurePair } from './load.ts'
import { progress } from './report.ts'
import type { Figures } from './rows.ts'
import { baselineConfig, lernraumConfig, withWorker, type RunningWorker } from './servers.ts'
import { createApiToken } from '../../worker/tokens.ts'
import { closeWave, openWaveOf, submitWithoutLoss, type LosslessPlan } from './lossless.ts'
import { bundleWeight, formPageWeight } from './sizes.ts'
import { signedNonces } from './signed-nonces.ts'
import { countResponses, formPost } from './submit.ts'
import { workerdCpuSeconds } from './cpu.ts'

const cpuOf = (worker: RunningWorker) => () => workerdCpuSeconds(worker.child.pid)

/** Runs one measurement; a failure is recorded and the run goes on with the next one. */
export type Attempt = (name: string, measure: () => Promise<void>) => Promise<void>

export async function measureBundle(f: Figures): Promise<void> {
  progress('worker bundle: wrangler deploy --dry-run')
  f.bundle = await bundleWeight()
  progress(`worker bundle: ${f.bundle.gzip} B gzip`)
}

/**
 * Lernraum on a fresh local D1, prepared exactly as `npm start` prepares it, with each
 * baseline served beside it while the two are measured in turns.
 */
export async function measureLernraum(f: Figures, attempt: Attempt): Promise<void> {
  const persistTo = await tempDir('lernraum')
  progress('Lernraum: preparing a fresh local D1 (migrations, shipped forms)')
  await prepareLocalDatabase(persistTo)
  const { token: adminToken } = await withLocalDb(persistTo, (env) =>
    createApiToken(env.DB, { label: 'bench', role: 'admin' }, new Date().toISOString().slice(0, 10))
  )
  const spec = {
    label: 'Lernraum',
    config: lernraumConfig,
    persistTo,
    readyPath: '/barrierefreiheit',
  }
  await withWorker(spec, async (lernraum) => {
    const { origin } = lernraum
    const url = `${origin}/s/demo-puls`
    await attempt('form page size', async () => {
      f.page = await formPageWeight(url)
      progress(`form page: ${f.page.gzip} B gzip, ${f.page.brotli} B brotli`)
    })
    await attempt('form GET vs Hono hello world', () =>
      withHelloWorld(async (hello) => {
        const form = { label: 'form GET', url, expect: 200, cpuSeconds: cpuOf(lernraum) }
        const bare = {
          label: 'hello GET',
          url: `${hello.origin}/`,
          expect: 200,
          cpuSeconds: cpuOf(hello),
        }
        ;[f.formGet, f.hello] = await measurePair(form, bare)
      })
    )
    // demo-puls is answered through its open link: each submit carries a nonce signed for
    // its wave, as the form page would have given it, signed before each timed round.
    await attempt('submit vs one-row D1 insert', () =>
      withOneRowInsert(async (insert) => {
        const { waveId } = await openWaveOf(origin, adminToken, 'demo-puls')
        const nonces = await signedNonces(waveId)
        const submit = {
          label: 'submit',
          url,
          expect: 303,
          cpuSeconds: cpuOf(lernraum),
          ...formPost(origin, nonces),
        }
        const post = formPost(insert.origin)
        const bare = {
          label: 'insert POST',
          url: `${insert.origin}/`,
          expect: 201,
          cpuSeconds: cpuOf(insert),
          ...post,
        }
        ;[f.submit, f.insert] = await measurePair(submit, bare)
      })
    )
    // Up to 2k − 1 submits stay sealed in the pool of an open wave; closing it moves them
    // all, so every submit answered 303 is a response when the rows are counted below.
    await attempt('submit: closing the wave', async () => {
      progress('submit: closing the demo-puls wave, which flushes its sealed pool')
      const wave = await openWaveOf(origin, adminToken, 'demo-puls')
      const seconds = await closeWave(origin, adminToken, wave)
      progress(`submit: wave closed in ${seconds.toFixed(2)} s`)
    })
    await attempt('load without loss', async () => {
      f.lossless = await submitWithoutLoss(origin, adminToken, LOSSLESS, (line) =>
        progress(`load without loss: ${line}`)
      )
      const { open, invited, stored, seconds, closeSeconds } = f.lossless
      progress(
        `load without loss: ${open.sent + invited.sent} submits in ${seconds.toFixed(1)} s, wave closed in ${closeSeconds.toFixed(2)} s, ${stored} stored`
      )
    })
  })
  progress('Lernraum: counting stored responses in the stopped D1')
  f.storedRows = await countResponses(persistTo, 'demo-puls')
}

/** The load test of `npm test` at a size that shows what a busy survey week would do. */
export const LOSSLESS: LosslessPlan = {
  openSubmits: 3000,
  invitations: 1000,
  attemptsPerInvitation: 2,
  connections: 20,
  maxSeconds: 300,
}

async function withHelloWorld(use: (worker: RunningWorker) => Promise<void>): Promise<void> {
  const persistTo = await tempDir('hello')
  const config = baselineConfig('hello.toml')
  await withWorker({ label: 'Hono hello world', config, persistTo, readyPath: '/' }, use)
}

async function withOneRowInsert(use: (worker: RunningWorker) => Promise<void>): Promise<void> {
  const persistTo = await tempDir('insert')
  const config = baselineConfig('insert.toml')
  progress('one-row D1 insert: applying its migration')
  const apply = ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo]
  await runWrangler([...apply, '-c', config])
  await withWorker({ label: 'one-row D1 insert', config, persistTo, readyPath: '/' }, use)
}
