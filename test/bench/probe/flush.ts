import { loadDefinition } from '../../../forms/load.ts'
import type { FormDefinition } from '../../../forms/schema.ts'
import demoPuls from '../../../forms/shipped/demo-puls.v1.json' with { type: 'json' }
import { newId, newToken, sha256 } from '../../../worker/crypto.ts'
import { insertInvitations } from '../../../worker/db/invitations.ts'
import { installForm } from '../../../worker/db/install.ts'
import { poolSubmit } from '../../../worker/db/pool.ts'
import { closeWave } from '../../../worker/db/waves.ts'
import { flushWave } from '../../../worker/flush.ts'
import { paddedSize, sealSubmit } from '../../../worker/pooled.ts'
import { sealedSize, sealKeys, spendMarkers } from '../../../worker/seal.ts'

interface ProbeEnv {
  DB: D1Database
  MIN_GROUP_SIZE: string
  MIN_GROUP_SIZE_QUOTES: string
}

export interface SeedRequest {
  /** SEAL_KEY of this run; the flush must be sent the same. */
  key: string
  /** Names the run's survey, which is fresh each run. */
  run: number
  submits: number
  /** How many of the submits come through invitations, the rest through the open link. */
  invited: number
}

export interface Seeded {
  surveyId: string
  waveId: string
  /** Pool rows of the wave once seeded, as the last submit counted them. */
  pooled: number
  /** Bytes of every sealed row of the form: padded plaintext, nonce, length and tag. */
  sealedBytes: number
}

export interface Flushed {
  result: Awaited<ReturnType<typeof flushWave>>
  /** The flush timed inside workerd. */
  seconds: number
}

export interface Checked {
  responses: number
  answers: number
  invitationsUsed: number
  pooled: number
}

// The Worker's Env with this run's key; flushWave reads only DB, the thresholds and SEAL_KEY.
const workerEnv = (env: ProbeEnv, key: string) => ({ ...env, SEAL_KEY: key }) as unknown as Env

const SENTENCES = [
  'Die festen Termine und die kurzen Wege zwischen den Häusern haben die Abstimmung deutlich erleichtert.',
  'Vorlagen kamen oft erst am Vorabend, sodass wir kaum Zeit zur Mitzeichnung im eigenen Haus hatten.',
  'Hilfreich war, dass offene Fragen ehrlich angesprochen wurden, auch wenn sie unbequem waren.',
  'Neben dem Tagesgeschäft bleibt zu wenig Zeit für die ressortübergreifende Arbeit in der Gruppe.',
  'Der gemeinsame Arbeitsraum und die klare Tagesordnung haben die Vorbereitung spürbar verbessert.',
  'Wechselnde Ansprechpersonen haben die Kontinuität der Treffen in den letzten Wochen erschwert.',
  'Die Moderation hat darauf geachtet, dass alle Häuser zu Wort kommen, das hat Vertrauen geschaffen.',
  'Unklare Zuständigkeiten zwischen den Referaten haben Entscheidungen mehrfach verzögert.',
]

const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]

/** A free-text answer of about 200 characters, as a participant writes a few sentences. */
function text(): string {
  let out = pick(SENTENCES)
  while (out.length < 200) out += ` ${pick(SENTENCES)}`
  return out.slice(0, 200).trimEnd()
}

const likert = () => 1 + Math.floor(Math.random() * 5)

/** A complete answer to the pulse form: four Likert items and both free texts. */
const answers = () => ({
  trust: likert(),
  transparency: likert(),
  continuity: likert(),
  resources: likert(),
  helped: text(),
  hindered: text(),
})

const pulseForm = (slug: string): FormDefinition => loadDefinition(slug, { ...demoPuls, slug })

/**
 * A fresh copy of the pulse survey with an open wave, its invitations, and `submits` sealed
 * into the wave's pool exactly as the submit path seals them (worker/submission.tsx): the
 * same padded size, spend markers and one poolSubmit batch each. No flush runs meanwhile, as
 * the submit path would start one at 2k pooled. Then the wave is closed as the API closes it.
 */
async function seed(env: ProbeEnv, req: SeedRequest): Promise<Seeded> {
  const db = env.DB
  const slug = `bench-flush-${req.run}-${newId().toLowerCase()}`
  const ids = { survey: `survey-${slug}`, wave: `wave-${slug}` }
  const form = pulseForm(slug)
  await installForm(db, form, ids)
  const tokens = Array.from({ length: req.invited }, () => newToken())
  const hashes = await Promise.all(tokens.map(sha256))
  for (let i = 0; i < hashes.length; i += 100) {
    const ministry = ['BMI', 'AA'][i % 2]
    await insertInvitations(db, { surveyId: ids.survey, waveId: ids.wave }, [
      { ministry, tokenHashes: hashes.slice(i, i + 100) },
    ])
  }
  const keys = await sealKeys(workerEnv(env, req.key))
  const at = {
    waveId: ids.wave,
    formVersion: form.version,
    paddedBytes: await paddedSize(form, `${ids.survey}:${form.version}`),
  }
  let pooled = 0
  for (let i = 0; i < req.submits; i++) {
    const invited = i < req.invited
    const claim = invited
      ? { spends: `invitation:${tokens[i]}`, tokenHash: hashes[i] }
      : { spends: `nonce:${newToken()}` }
    const sealed = await sealSubmit(keys, { answers: answers(), tokenHash: claim.tokenHash }, at)
    const markers = await spendMarkers(keys, claim.spends)
    const outcome = await poolSubmit(db, { id: newId(), ...at, sealed }, markers)
    if (outcome.outcome !== 'pooled') throw new Error(`submit ${i}: ${outcome.outcome}`)
    pooled = outcome.pooled
  }
  if (!(await closeWave(db, ids.survey, ids.wave))) throw new Error('the wave did not close')
  return {
    surveyId: ids.survey,
    waveId: ids.wave,
    pooled,
    sealedBytes: sealedSize(at.paddedBytes),
  }
}

/**
 * One flush of the closed wave, as closing it through the API runs it. workerd's clock stands
 * still while code runs and moves on only with I/O, so each reading follows a trivial query.
 */
async function flush(env: ProbeEnv, key: string, waveId: string): Promise<Flushed> {
  const now = async () => (await env.DB.prepare('SELECT 1').first(), Date.now())
  const started = await now()
  const result = await flushWave(workerEnv(env, key), waveId)
  return { result, seconds: ((await now()) - started) / 1000 }
}

async function check(db: D1Database, waveId: string): Promise<Checked> {
  const count = (sql: string) => db.prepare(sql).bind(waveId)
  const rows = await db.batch<{ n: number }>([
    count('SELECT COUNT(*) AS n FROM responses WHERE wave_id = ?1'),
    count(
      'SELECT COUNT(*) AS n FROM answers a JOIN responses r ON r.id = a.response_id WHERE r.wave_id = ?1'
    ),
    count('SELECT COUNT(*) AS n FROM invitations WHERE wave_id = ?1 AND used = 1'),
    count('SELECT COUNT(*) AS n FROM sealed_pool WHERE wave_id = ?1'),
  ])
  const [responses, answers, invitationsUsed, pooled] = rows.map((r) => r.results[0].n)
  return { responses, answers, invitationsUsed, pooled }
}

async function handle(request: Request, env: ProbeEnv): Promise<Response> {
  const path = new URL(request.url).pathname
  if (request.method !== 'POST') return new Response(null, { status: 204 })
  if (path === '/seed') return Response.json(await seed(env, await request.json<SeedRequest>()))
  const { key, waveId } = await request.json<{ key: string; waveId: string }>()
  if (path === '/flush') return Response.json(await flush(env, key, waveId))
  if (path === '/check') return Response.json(await check(env.DB, waveId))
  return new Response(null, { status: 404 })
}

export default {
  fetch: (request: Request, env: ProbeEnv) =>
    handle(request, env).catch(
      (err: Error) => new Response(`${err.name}: ${err.message}`, { status: 500 })
    ),
}
