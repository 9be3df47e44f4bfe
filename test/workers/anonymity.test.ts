import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { newId, newToken } from '../../worker/crypto.ts'
import { submitWithFailingStore } from './faults.ts'
import {
  closeAndFlush,
  installPulseCopy,
  invite,
  K,
  openForm,
  post,
  request,
  storeAnswerSets,
  validPulse,
} from './helpers.ts'
import { captureLogs, forbidInLogs, leaksIn } from './log-capture.ts'
import { spearman } from './spearman.ts'

const columnsOf = async (table: string) =>
  (
    await env.DB.prepare(`SELECT name FROM pragma_table_info(?1)`)
      .bind(table)
      .all<{ name: string }>()
  ).results.map((r) => r.name)

const schemaOf = async (table: string) =>
  (await env.DB.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1")
    .bind(table)
    .first<{ sql: string }>())!.sql

describe('the storage model', () => {
  it('keeps responses to survey, wave and form version: no token, ministry, IP, agent, cookie or time', async () => {
    expect(await columnsOf('responses')).toEqual(['id', 'survey_id', 'wave_id', 'form_version'])
    expect(await columnsOf('answers')).toEqual(['response_id', 'question_id', 'value'])
  })

  it('records that an invitation was used, never when, and has no key to a response', async () => {
    expect(await columnsOf('invitations')).toEqual([
      'token_hash',
      'survey_id',
      'wave_id',
      'ministry',
      'used',
    ])
    expect(await columnsOf('spend_markers')).toEqual(['marker', 'wave_id'])
    expect(await columnsOf('sealed_pool')).toEqual(['id', 'wave_id', 'form_version', 'sealed'])
  })

  it('keeps no row order in any table that holds content, claims or a response id', async () => {
    // Found from the schema, so a table added later that keys on responses is held to it too.
    const { results } = await env.DB.prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table'
       AND (name IN ('responses', 'invitations', 'sealed_pool', 'spend_markers')
            OR sql LIKE '%response_id%')`
    ).all<{ name: string }>()
    const tables = results.map((r) => r.name)
    expect(tables).toEqual(
      expect.arrayContaining(['answers', 'tallied_responses', 'sealed_pool', 'spend_markers'])
    )
    for (const table of tables) expect(await schemaOf(table)).toMatch(/WITHOUT ROWID\s*$/)
  })

  it('lets no default timestamp into any table', async () => {
    const { results } = await env.DB.prepare(
      `SELECT sql FROM sqlite_master WHERE type IN ('table', 'trigger') AND sql IS NOT NULL
       AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name <> 'd1_migrations'`
    ).all<{ sql: string }>()
    expect(results.length).toBeGreaterThanOrEqual(6)
    for (const { sql } of results)
      expect(sql).not.toMatch(/CURRENT_(TIME|DATE)|datetime\(|unixepoch|strftime/i)
  })

  it('returns rows in an order uncorrelated with the order they were stored in', async () => {
    const survey = await installPulseCopy('anon-order')
    const n = 400
    // Stored in this order, as a flush stores a batch in the order it is given.
    await storeAnswerSets(
      survey,
      Array.from({ length: n }, (_, i) => ({ helped: `#${i}` }))
    )
    const stored = async (sql: string) => {
      const { results } = await env.DB.prepare(sql).bind(survey.waveId).all<{ value: string }>()
      return results.map((r) => Number(JSON.parse(r.value).slice(1)))
    }
    const byResponses = await stored(
      `SELECT a.value FROM (SELECT * FROM responses WHERE wave_id = ?1) r JOIN answers a ON a.response_id = r.id`
    )
    const byAnswers = await stored(
      `SELECT a.value FROM (SELECT * FROM answers) a JOIN responses r ON r.id = a.response_id WHERE r.wave_id = ?1`
    )
    for (const order of [byResponses, byAnswers]) {
      expect(order).toHaveLength(n)
      // 400 rows: |rho| >= 0.2 by chance is a four-sigma event; any insertion order gives ~1.
      expect(
        Math.abs(
          spearman(
            order,
            order.map((_, i) => i)
          )
        )
      ).toBeLessThan(0.2)
    }
  })

  it('stores nothing of the invitation, its token or ministry with the response', async () => {
    const survey = await installPulseCopy('anon-invite')
    const tokens = await invite(survey, 'Bundesministerium für Gesundheit', K)
    for (const token of tokens) await post(`/i/${token}`, validPulse)
    await closeAndFlush(survey)
    const { results } = await env.DB.prepare(
      `SELECT r.*, a.* FROM responses r JOIN answers a ON a.response_id = r.id WHERE r.wave_id = ?1`
    )
      .bind(survey.waveId)
      .all()
    expect(results.length).toBe(K * validPulse.length)
    const dump = JSON.stringify(results)
    const { results: hashes } = await env.DB.prepare(
      'SELECT token_hash FROM invitations WHERE wave_id = ?1'
    )
      .bind(survey.waveId)
      .all<{ token_hash: string }>()
    const secrets = [...tokens, ...hashes.map((h) => h.token_hash), 'Gesundheit', 'BMG']
    for (const secret of secrets) expect(dump).not.toContain(secret)
    expect(
      await env.DB.prepare('SELECT COUNT(*) AS n FROM invitations WHERE token_hash = ?1')
        .bind(tokens[0])
        .first('n')
    ).toBe(0)
  })

  it('sets no cookie on any participant page', async () => {
    const survey = await installPulseCopy('anon-cookie')
    const [token] = await invite(survey, 'BMBF')
    const nonce = await openForm('/s/anon-cookie')
    const responses = [
      await request('/s/anon-cookie'),
      await request(`/i/${token}`),
      await post('/s/anon-cookie', [['_nonce', nonce]]),
      await post('/s/anon-cookie', [['_nonce', nonce], ...validPulse]),
      await request('/s/anon-cookie/danke'),
      await request('/barrierefreiheit'),
    ]
    for (const res of responses) expect(res.headers.get('set-cookie')).toBeNull()
  })

  it('writes no answer, token or ministry to the logs', async () => {
    const logs = captureLogs()
    const from = logs.lines.length
    const secrets = ['geheime Antwort 4711', 'noch geheimer 0815', 'geheim 4711']
    // Also for the suite-wide check after this file (setup.ts).
    forbidInLogs(...secrets)
    const survey = await installPulseCopy('anon-logs')
    const [token] = await invite(survey, 'Auswärtiges Amt')
    await post(`/i/${token}`, [
      ['trust', '2'],
      ['helped', secrets[0]],
    ])
    await post(`/i/${token}`, [...validPulse, ['hindered', secrets[1]]])
    await post(`/i/${token}`, validPulse)
    const [other] = await invite(survey, 'Auswärtiges Amt')
    const failing = await submitWithFailingStore(`/i/${other}`, [
      ...validPulse.slice(0, 4),
      ['helped', secrets[2]],
    ])
    expect(failing.status).toBe(503)
    const lines = logs.lines.slice(from)
    // The failed store is logged, so the capture demonstrably sees the Worker's lines.
    expect(lines).toContain('lernraum: storing a response failed (Error)')
    expect(leaksIn(lines, [...secrets, token, other])).toEqual([])
  })

  it('has a log check that catches each kind of leak', () => {
    const leaks = [
      `lernraum: TypeError on GET /i/${newToken()}`,
      `signed in with lr_${newToken()}`,
      'cf-access-jwt-assertion: eyJhbGciOiJSUzI1NiJ9.eyJlbWFpbCI6ImFAYi5jIn0.c2ln',
      `session ${newId()}${newId()}`,
      'invitation for Auswärtiges Amt',
      'invitation for BMI',
      'Federal Ministry of Health',
      `stored: ${validPulse[4][1]}`,
      'stored: <script>alert(1)</script>',
      'stored: Antwort, die ein Test verbietet',
    ]
    expect(leaksIn(leaks, ['Antwort, die ein Test verbietet'])).toHaveLength(leaks.length)
    const clean = [
      'lernraum: storing a response failed (Error)',
      'lernraum api: TypeError on GET /api/surveys/:id/findings',
      'lernraum scheduled: 2 reports failed to build, 0 emails to send; the next run retries them',
      'lernraum: D1_ERROR on POST /i/:token',
    ]
    expect(leaksIn(clean)).toEqual([])
  })
})
