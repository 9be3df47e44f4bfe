import { env } from 'cloudflare:test'
import { exports } from 'cloudflare:workers'
import demoPuls from '../../forms/shipped/demo-puls.v1.json'
import { loadDefinition } from '../../forms/load.ts'
import { newId, newToken, sha256 } from '../../worker/crypto.ts'
import { installForm } from '../../worker/db/install.ts'
import { closeWave, openWave, type WaveMode } from '../../worker/db/waves.ts'
import { issueNonce } from '../../worker/form-nonce.ts'
import { insertInvitations } from '../../worker/db/invitations.ts'
import { insertResponses } from '../../worker/db/responses.ts'
import { flushClosedWave } from '../../worker/flush.ts'
import { openSubmit } from '../../worker/pooled.ts'
import { cutRelease } from '../../worker/releases.ts'
import { sealKeys } from '../../worker/seal.ts'
import type { AnswerValue } from '../../forms/kinds/types.ts'

export const ORIGIN = 'http://lernraum.test'

let client = 0

/** A client address of its own (198.18.0.0/15, the range kept for benchmarks). */
export const clientAddress = () =>
  `198.${18 + ((++client >> 16) & 1)}.${(client >> 8) & 255}.${client & 255}`

/**
 * A request through the Worker's real entry, as a browser on our origin would send it. Each
 * comes from an address of its own unless the test names one: submits are limited per
 * address, and the suite sends far more of them than one office would.
 */
export function request(path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers)
  if (init.method === 'POST' && !headers.has('origin')) headers.set('origin', ORIGIN)
  if (!headers.has('cf-connecting-ip')) headers.set('cf-connecting-ip', clientAddress())
  return exports.default.fetch(`${ORIGIN}${path}`, { redirect: 'manual', ...init, headers })
}

export type Fields = [string, string][]

export const post = (path: string, fields: Fields | string, headers: HeadersInit = {}) =>
  request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: typeof fields === 'string' ? fields : new URLSearchParams(fields).toString(),
  })

/** Opens a form page and returns its one-time nonce. */
export async function openForm(path: string): Promise<string> {
  const html = await (await request(path)).text()
  const nonce = /name="_nonce" value="([^"]+)"/.exec(html)?.[1]
  if (!nonce) throw new Error(`no nonce on ${path}`)
  return nonce
}

/** A complete, valid set of answers to the demo pulse. */
export const validPulse: Fields = [
  ['trust', '4'],
  ['transparency', '3'],
  ['continuity', 'none'],
  ['resources', '2'],
  ['helped', 'Die Chatham-House-Regel hat Vertrauen geschaffen.'],
  ['hindered', 'Zu wenig Zeit neben dem Tagesgeschäft.'],
]

/**
 * Installs a copy of the demo pulse under its own slug, so a test file can count exactly
 * what its own requests wrote. Its wave is an open-link wave, as installed demos are, unless
 * `mode` says otherwise.
 */
export const installPulseCopy = (slug: string, mode: WaveMode = 'open') =>
  installCopy(demoPuls, slug, mode)

/** Installs a copy of a shipped form under its own slug, its one wave answered as `mode` says. */
export async function installCopy(definition: object, slug: string, mode: WaveMode) {
  const form = loadDefinition('test', { ...definition, slug })
  const ids = { survey: `survey-${slug}`, wave: `wave-${slug}` }
  await installForm(env.DB, form, ids)
  await env.DB.prepare('UPDATE waves SET mode = ?2 WHERE id = ?1').bind(ids.wave, mode).run()
  return { slug, surveyId: ids.survey, waveId: ids.wave }
}

/** A nonce the Worker would put into a form of this wave, without asking for the page. */
export const freshNonce = async (waveId: string) => issueNonce(await sealKeys(env), waveId)

/** Creates invitations for a survey's wave and returns their tokens (shown once, stored hashed). */
export async function invite(
  survey: { surveyId: string; waveId: string },
  ministry: string,
  count = 1
) {
  const tokens = Array.from({ length: count }, () => newToken())
  await insertInvitations(env.DB, { surveyId: survey.surveyId, waveId: survey.waveId }, [
    { ministry, tokenHashes: await Promise.all(tokens.map(sha256)) },
  ])
  return tokens
}

/** What `writtenFor` finds where a request wrote nothing. */
export const NOTHING_WRITTEN = { responses: 0, answers: 0, pooled: 0, markers: 0, used: 0 }

/** What `writtenFor` finds after one accepted submit: sealed in the pool, nothing readable. */
export const POOLED_ONE = { ...NOTHING_WRITTEN, pooled: 1, markers: 1 }

/** The k a flush needs (MIN_GROUP_SIZE of the test configuration). */
export const K = Number(env.MIN_GROUP_SIZE)

type Written = typeof NOTHING_WRITTEN

/**
 * Everything a submit or a flush can write for one wave: sealed pool rows and spend markers
 * (a submit), responses, their answers and used invitations (a flush).
 */
export async function writtenFor(waveId: string): Promise<Written> {
  const row = await env.DB.prepare(
    `SELECT (SELECT COUNT(*) FROM responses WHERE wave_id = ?1) AS responses,
            (SELECT COUNT(*) FROM answers a JOIN responses r ON r.id = a.response_id WHERE r.wave_id = ?1) AS answers,
            (SELECT COUNT(*) FROM sealed_pool WHERE wave_id = ?1) AS pooled,
            (SELECT COUNT(*) FROM spend_markers WHERE wave_id = ?1) AS markers,
            (SELECT COUNT(*) FROM invitations WHERE wave_id = ?1 AND used = 1) AS used`
  )
    .bind(waveId)
    .first<Written>()
  return row!
}

/**
 * Closes a wave and flushes its pool as closing it through the API does, so every pooled
 * submit (at least k) becomes readable.
 */
export async function closeAndFlush(survey: { surveyId: string; waveId: string }) {
  await env.DB.prepare(`UPDATE waves SET status = 'closed' WHERE id = ?1`).bind(survey.waveId).run()
  return flushClosedWave(env, survey.waveId)
}

/**
 * Every answer a wave holds, readable or still sealed in its pool (opened with the test's
 * SEAL_KEY): what the wave will hold once it is all flushed, as stored JSON values.
 */
export async function everyAnswer(waveId: string) {
  // One batch reads both in one transaction, so a flush running meanwhile is seen whole or not.
  const [flushed, pool] = await env.DB.batch([
    env.DB.prepare(
      `SELECT a.question_id AS questionId, a.value FROM answers a
       JOIN responses r ON r.id = a.response_id WHERE r.wave_id = ?1`
    ).bind(waveId),
    env.DB.prepare('SELECT form_version, sealed FROM sealed_pool WHERE wave_id = ?1').bind(waveId),
  ])
  const keys = await sealKeys(env)
  const rows = pool.results as { form_version: number; sealed: number[] }[]
  const opened = await Promise.all(
    rows.map((r) =>
      openSubmit(keys, new Uint8Array(r.sealed), { waveId, formVersion: r.form_version })
    )
  )
  const sealed = opened.flatMap((submit) =>
    Object.entries(submit!.answers).map(([questionId, v]) => ({
      questionId,
      value: JSON.stringify(v),
    }))
  )
  return [...(flushed.results as { questionId: string; value: string }[]), ...sealed]
}

/**
 * Stores responses straight into the readable tables and cuts the wave's release where the
 * release rule allows, as a flush does, one response per answer set.
 */
export async function storeAnswerSets(
  survey: { surveyId: string; waveId: string },
  sets: Record<string, AnswerValue>[]
) {
  const wave = { id: survey.waveId, surveyId: survey.surveyId }
  const responses = sets.map((answers) => ({ id: newId(), formVersion: 1, answers }))
  await env.DB.batch(insertResponses(env.DB, wave, responses))
  await cutRelease(env, survey.surveyId, survey.waveId)
}

type PulseTexts = { helped?: string; hindered?: string }

/** Stores `count` complete pulse answers (two Likert values vary), with free texts if given. */
export const storePulseAnswers = (
  survey: { surveyId: string; waveId: string },
  count: number,
  texts: PulseTexts | ((i: number) => PulseTexts) = {}
) =>
  storeAnswerSets(
    survey,
    Array.from({ length: count }, (_, i) => ({
      trust: 4,
      transparency: 3,
      continuity: i % 2 ? 5 : 2,
      resources: 2,
      ...(typeof texts === 'function' ? texts(i) : texts),
    }))
  )

/** Closes the survey's wave (without a flush) and opens "Welle 2" under `waveId`: its next round. */
export async function nextWave(survey: { surveyId: string; waveId: string }, waveId: string) {
  await closeWave(env.DB, survey.surveyId, survey.waveId)
  const next = await openWave(env.DB, {
    id: waveId,
    surveyId: survey.surveyId,
    label: 'Welle 2',
    opensOn: null,
    closesOn: null,
  })
  return { surveyId: survey.surveyId, waveId: next!.id }
}
