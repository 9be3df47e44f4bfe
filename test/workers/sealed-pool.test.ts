import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { sha256 } from '../../worker/crypto.ts'
import { findSurveyById } from '../../worker/db/surveys.ts'
import { flushAfterSubmit, flushPools, flushWave } from '../../worker/flush.ts'
import { paddedSize } from '../../worker/pooled.ts'
import { runReports } from '../../worker/reports/run.ts'
import { sealedSize } from '../../worker/seal.ts'
import { api, tokenFor } from './api-helpers.ts'
import { changes, snapshot } from './db-snapshot.ts'
import { faultyDb, fetchWith, postWith } from './faults.ts'
import {
  installPulseCopy,
  invite,
  openForm,
  validPulse,
  writtenFor,
  type Fields,
} from './helpers.ts'
import { captureLogs } from './log-capture.ts'

const K = 5
const KEY_A = env.SEAL_KEY
const KEY_B = 'the-next-seal-key-after-a-rotation-0001'
const rotated = { SEAL_KEY: KEY_B, SEAL_KEY_PREVIOUS: KEY_A } as Partial<Env>

const answering = (helped: string): Fields => [
  ...validPulse.filter(([name]) => name !== 'helped'),
  ['helped', helped],
]

type Survey = Awaited<ReturnType<typeof installPulseCopy>>

/** Submits through invitations of one ministry, waiting for any flush a submit starts. */
async function submitInvited(survey: Survey, count: number, bindings: Partial<Env> = {}) {
  const tokens = await invite(survey, 'Bundesministerium der Finanzen', count)
  for (const [i, token] of tokens.entries()) {
    const res = await postWith(env.DB, `/i/${token}`, answering(`Antwort ${i}`), bindings)
    expect(res.status).toBe(303)
  }
  return tokens
}

const closeDirectly = (survey: Survey) =>
  env.DB.prepare(`UPDATE waves SET status = 'closed' WHERE id = ?1`).bind(survey.waveId).run()

/** The database with `before` run right before each batch that matches `when`. */
function beforeBatch(db: D1Database, when: RegExp, before: () => Promise<void>) {
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'batch')
        return async (statements: D1PreparedStatement[]) => {
          const sqls = statements.map((s) =>
            String((s as unknown as { statement: string }).statement)
          )
          if (sqls.some((sql) => when.test(sql))) await before()
          return target.batch(statements)
        }
      const value = Reflect.get(target, prop)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

describe('a submit', () => {
  it('writes one sealed pool row and one spend marker, and changes nothing else', async () => {
    const survey = await installPulseCopy('pool-one-write')
    const [token] = await invite(survey, 'Bundesministerium des Innern')
    const nonce = await openForm('/s/pool-one-write')
    for (const [path, fields] of [
      [`/i/${token}`, validPulse],
      ['/s/pool-one-write', [['_nonce', nonce], ...validPulse]],
    ] as [string, Fields][]) {
      const before = await snapshot()
      expect((await postWith(env.DB, path, fields)).status).toBe(303)
      expect(changes(before, await snapshot())).toEqual({
        sealed_pool: { added: 1, removed: 0 },
        spend_markers: { added: 1, removed: 0 },
      })
    }
  })

  it('seals everything: no answer, token, hash or ministry can be read from the pool', async () => {
    const survey = await installPulseCopy('pool-sealed')
    const [token] = await invite(survey, 'Bundesministerium des Innern')
    const text = 'Unser Referat Z 14 hat die Abstimmung blockiert'
    await postWith(env.DB, `/i/${token}`, answering(text))
    const { results } = await env.DB.prepare('SELECT * FROM sealed_pool WHERE wave_id = ?1')
      .bind(survey.waveId)
      .all<Record<string, unknown>>()
    expect(results).toHaveLength(1)
    const dump = [
      JSON.stringify(results[0]),
      new TextDecoder('latin1').decode(new Uint8Array(results[0].sealed as number[])),
    ].join('\n')
    for (const secret of [text, 'Referat', token, await sha256(token), 'Innern', 'BMI'])
      expect(dump).not.toContain(secret)
  })

  it('gives every sealed row of a form version the same size, whatever was answered', async () => {
    const survey = await installPulseCopy('pool-size')
    const [a, b] = await invite(survey, 'Auswärtiges Amt', 2)
    const longest = '😀'.repeat(1500)
    const nonce = await openForm('/s/pool-size')
    for (const [path, fields] of [
      [`/i/${a}`, validPulse.filter(([name]) => !['helped', 'hindered'].includes(name))],
      [`/i/${b}`, [...validPulse.slice(0, 4), ['helped', longest], ['hindered', 'ü'.repeat(1500)]]],
      ['/s/pool-size', [['_nonce', nonce], ...answering('"\\\t'.repeat(500))]],
    ] as [string, Fields][])
      expect((await postWith(env.DB, path, fields)).status).toBe(303)
    const { results } = await env.DB.prepare(
      'SELECT DISTINCT length(sealed) AS size FROM sealed_pool WHERE wave_id = ?1'
    )
      .bind(survey.waveId)
      .all<{ size: number }>()
    const form = (await findSurveyById(env.DB, survey.surveyId))!.form
    expect(await writtenFor(survey.waveId)).toMatchObject({ pooled: 3 })
    expect(results).toEqual([{ size: sealedSize(await paddedSize(form, 'pool-size:1')) }])
  })

  it('answers a pooled link exactly as a used one, and refuses to pool it twice', async () => {
    const survey = await installPulseCopy('pool-link')
    const [pooled, used] = await invite(survey, 'Bundeskanzleramt', 2)
    await postWith(env.DB, `/i/${pooled}`, validPulse)
    await env.DB.prepare('UPDATE invitations SET used = 1 WHERE token_hash = ?1')
      .bind(await sha256(used))
      .run()
    const [a, b] = [await fetchWith(env.DB, `/i/${pooled}`), await fetchWith(env.DB, `/i/${used}`)]
    expect(a.status).toBe(410)
    expect(b.status).toBe(a.status)
    expect(await b.text()).toBe(await a.text())
    const written = await writtenFor(survey.waveId)
    expect((await postWith(env.DB, `/i/${pooled}`, validPulse)).status).toBe(410)
    expect(await writtenFor(survey.waveId)).toEqual(written)
  })
})

describe('a flush', () => {
  it('waits for 2k pooled, then moves all but k in one write, marking as many invitations used', async () => {
    const survey = await installPulseCopy('flush-2k', 'invitations')
    await submitInvited(survey, 2 * K - 1)
    expect(await writtenFor(survey.waveId)).toMatchObject({ responses: 0, used: 0, pooled: 9 })
    const [token] = await invite(survey, 'Bundesministerium der Finanzen')
    const before = await snapshot()
    await postWith(env.DB, `/i/${token}`, validPulse)
    const { sealed_pool: pool, wave_terms: terms, ...changed } = changes(before, await snapshot())
    expect(await writtenFor(survey.waveId)).toMatchObject({ responses: K, used: K, pooled: K })
    // The submit's own marker and pool row, then one flush: k responses with their answers,
    // k invitations changed (a change shows as a row removed and one added), of the 2k pool
    // rows k gone, the new one among them or not; and the release cut from them, with the
    // wave's tally (sums and term counts) that folded them in.
    expect(changed).toEqual({
      responses: { added: K, removed: 0 },
      answers: { added: K * validPulse.length, removed: 0 },
      invitations: { added: K, removed: K },
      spend_markers: { added: 1, removed: 0 },
      releases: { added: 1, removed: 0 },
      wave_tallies: { added: 1, removed: 0 },
      tallied_responses: { added: K, removed: 0 },
    })
    expect(terms.removed).toBe(0)
    expect(pool.removed - pool.added).toBe(K - 1)
  })

  it('moves everything when the wave is closed with at least k pooled', async () => {
    const survey = await installPulseCopy('flush-close-k')
    await submitInvited(survey, K)
    expect(await writtenFor(survey.waveId)).toMatchObject({ responses: 0, pooled: K })
    const res = await api(`/surveys/${survey.surveyId}/waves/${survey.waveId}`, {
      method: 'PATCH',
      token: await tokenFor('admin'),
      json: { status: 'closed' },
    })
    expect(res.status).toBe(200)
    expect(await writtenFor(survey.waveId)).toMatchObject({ responses: K, used: K, pooled: 0 })
  })

  it('moves everything in the scheduled run of the day a wave reaches its closing date', async () => {
    const survey = await installPulseCopy('flush-closing-date')
    await submitInvited(survey, K + 1)
    await env.DB.prepare(`UPDATE waves SET closes_on = '2026-11-30' WHERE id = ?1`)
      .bind(survey.waveId)
      .run()
    await runReports(env, new Date('2026-12-01T06:00:00Z'), { only: survey.slug, send: false })
    expect(await writtenFor(survey.waveId)).toMatchObject({
      responses: K + 1,
      used: K + 1,
      pooled: 0,
    })
  })

  it('never makes readable a wave that closes with fewer than k answers in all', async () => {
    const survey = await installPulseCopy('flush-close-few')
    await submitInvited(survey, K - 1)
    await closeDirectly(survey)
    expect(await flushWave(env, survey.waveId)).toMatchObject({ moved: 0, kept: K - 1 })
    await flushPools(env)
    expect(await writtenFor(survey.waveId)).toMatchObject({
      responses: 0,
      used: 0,
      pooled: K - 1,
    })
  })

  it('moves nothing when its batch fails, and everything on the retry', async () => {
    const survey = await installPulseCopy('flush-fault')
    await submitInvited(survey, 2 * K - 1)
    const [token] = await invite(survey, 'Bundesministerium der Finanzen')
    const failing = faultyDb(env.DB, { failOn: /INSERT INTO responses/ })
    // The submit is stored; only the flush it starts fails.
    expect((await postWith(failing, `/i/${token}`, validPulse)).status).toBe(303)
    expect(await writtenFor(survey.waveId)).toMatchObject({ responses: 0, used: 0, pooled: 10 })
    // The next scheduled run retries it.
    expect(await flushPools(env)).toMatchObject({ failed: 0 })
    expect(await writtenFor(survey.waveId)).toMatchObject({ responses: K, used: K, pooled: K })
  })

  it('keeps a submit that arrives during a flush, and stores it later exactly once', async () => {
    const survey = await installPulseCopy('flush-during')
    await submitInvited(survey, 2 * K - 1)
    const [late, last] = await invite(survey, 'Bundesministerium der Finanzen', 2)
    const db = beforeBatch(env.DB, /INSERT INTO flush_guard/, async () => {
      expect((await postWith(env.DB, `/i/${late}`, answering('spät'))).status).toBe(303)
    })
    await postWith(db, `/i/${last}`, answering('zuletzt'))
    expect(await writtenFor(survey.waveId)).toMatchObject({ responses: K, pooled: K + 1 })
    await closeDirectly(survey)
    await flushWave(env, survey.waveId)
    expect(await writtenFor(survey.waveId)).toMatchObject({
      responses: 2 * K + 1,
      used: 2 * K + 1,
      pooled: 0,
    })
    const { results } = await env.DB.prepare(
      `SELECT a.value, COUNT(*) AS n FROM answers a JOIN responses r ON r.id = a.response_id
       WHERE r.wave_id = ?1 AND a.question_id = 'helped' GROUP BY a.value HAVING n > 1`
    )
      .bind(survey.waveId)
      .all()
    expect(results).toEqual([])
  })

  it('lets concurrent flushes move each pooled submit once, also when a lease expired', async () => {
    const survey = await installPulseCopy('flush-concurrent')
    await submitInvited(survey, 2 * K - 1)
    await closeDirectly(survey)
    // A second flush while the first still holds its lease stays out.
    let overtaken: unknown
    const slow = beforeBatch(env.DB, /INSERT INTO flush_guard/, async () => {
      expect(await flushWave(env, survey.waveId)).toMatchObject({ busy: true })
      // The first flush's lease runs out while it works: another flush takes over and moves all.
      await env.DB.prepare('UPDATE waves SET flush_lease = 0 WHERE id = ?1')
        .bind(survey.waveId)
        .run()
      overtaken = await flushWave(env, survey.waveId)
    })
    await expect(flushWave({ ...env, DB: slow }, survey.waveId)).rejects.toThrow(/CHECK/)
    expect(overtaken).toMatchObject({ moved: 2 * K - 1 })
    expect(await writtenFor(survey.waveId)).toMatchObject({
      responses: 2 * K - 1,
      used: 2 * K - 1,
      pooled: 0,
    })
  })
})

describe('the seal key', () => {
  it('keeps rows no key opens, logs only their count, and moves them once the key is back', async () => {
    const survey = await installPulseCopy('key-lost')
    await submitInvited(survey, K)
    await closeDirectly(survey)
    const logs = captureLogs()
    const from = logs.lines.length
    const lost = { ...env, SEAL_KEY: KEY_B }
    expect(await flushWave(lost, survey.waveId)).toMatchObject({ moved: 0, unopened: K })
    await flushPools(lost)
    expect(logs.lines.slice(from).join('\n')).toMatch(/\d+ pooled submits open under no key/)
    expect(await writtenFor(survey.waveId)).toMatchObject({ responses: 0, pooled: K })
    expect(await flushWave(env, survey.waveId)).toMatchObject({ moved: K, unopened: 0 })
  })

  it('refuses a link spent before a rotation, and opens rows sealed under either key', async () => {
    const survey = await installPulseCopy('key-rotation')
    const [token] = await submitInvited(survey, 1)
    const nonce = await openForm('/s/key-rotation')
    await postWith(env.DB, '/s/key-rotation', [['_nonce', nonce], ...validPulse])
    const written = await writtenFor(survey.waveId)
    expect((await postWith(env.DB, `/i/${token}`, validPulse, rotated)).status).toBe(410)
    await postWith(env.DB, '/s/key-rotation', [['_nonce', nonce], ...validPulse], rotated)
    expect(await writtenFor(survey.waveId)).toEqual(written)
    expect((await fetchWith(env.DB, `/i/${token}`, {}, rotated)).status).toBe(410)
    await submitInvited(survey, K, rotated)
    await closeDirectly(survey)
    expect(await flushWave({ ...env, ...rotated }, survey.waveId)).toMatchObject({
      moved: K + 2,
      unopened: 0,
    })
  })

  it('drops a second pooled submit of one invitation instead of aborting the flush', async () => {
    const survey = await installPulseCopy('key-duplicate')
    const [token] = await submitInvited(survey, K)
    // SEAL_KEY replaced without keeping the old one as SEAL_KEY_PREVIOUS: the spent link's
    // marker is not recognised, and the same invitation is pooled a second time.
    expect((await postWith(env.DB, `/i/${token}`, validPulse, { SEAL_KEY: KEY_B })).status).toBe(
      303
    )
    await closeDirectly(survey)
    expect(await flushWave({ ...env, ...rotated }, survey.waveId)).toMatchObject({
      moved: K,
      dropped: 1,
    })
    expect(await writtenFor(survey.waveId)).toMatchObject({ responses: K, used: K, pooled: 0 })
  })

  it('claims a wave once while this isolate flushes it already', async () => {
    const survey = await installPulseCopy('flush-once-per-isolate', 'invitations')
    await submitInvited(survey, 2 * K - 1)
    const claims: string[] = []
    const counted = new Proxy(env.DB, {
      get(target, prop) {
        if (prop === 'prepare')
          return (sql: string) => {
            if (/SET flush_lease = \?2/.test(sql)) claims.push(sql)
            return target.prepare(sql)
          }
        const value = Reflect.get(target, prop)
        return typeof value === 'function' ? value.bind(target) : value
      },
    })
    const bindings = { ...env, DB: counted }
    await Promise.all([
      flushAfterSubmit(bindings, survey.waveId),
      flushAfterSubmit(bindings, survey.waveId),
    ])
    expect(claims).toHaveLength(1)
    await flushAfterSubmit(bindings, survey.waveId)
    expect(claims).toHaveLength(2)
  })

  it("gives up an open-link wave's lease in the move itself and cuts it no release while open", async () => {
    const survey = await installPulseCopy('flush-open-link')
    for (let i = 0; i < 2 * K; i++) {
      const nonce = await openForm('/s/flush-open-link')
      const res = await postWith(env.DB, '/s/flush-open-link', [
        ['_nonce', nonce],
        ...answering(`Antwort ${i}`),
      ])
      expect(res.status).toBe(303)
    }
    expect(await writtenFor(survey.waveId)).toMatchObject({ responses: K, pooled: K })
    const wave = await env.DB.prepare(
      `SELECT flush_lease, (SELECT COUNT(*) FROM releases WHERE wave_id = ?1) AS releases
       FROM waves WHERE id = ?1`
    )
      .bind(survey.waveId)
      .first()
    expect(wave).toEqual({ flush_lease: null, releases: 0 })
  })
})
