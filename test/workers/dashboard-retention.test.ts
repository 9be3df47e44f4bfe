import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { findSurveySummary } from '../../worker/db/surveys.ts'
import { closeWave, openWave } from '../../worker/db/waves.ts'
import { flushClosedWave } from '../../worker/flush.ts'
import { runReports } from '../../worker/reports/run.ts'
import { tokenFor } from './api-helpers.ts'
import { COOKIE, sessionFor, visit } from './dashboard-helpers.ts'
import {
  installPulseCopy,
  invite,
  K,
  post,
  storePulseAnswers,
  validPulse,
  type Fields,
} from './helpers.ts'

const as = (session: string) => ({ cookie: `${COOKIE}=${session}` })
const admin = async () => sessionFor(await tokenFor('admin'))
const researcher = async () => sessionFor(await tokenFor('researcher'))

const retentionOf = (surveyId: string) => `/dashboard/surveys/${surveyId}/retention`
const deleteWavePath = (s: { surveyId: string; waveId: string }) =>
  `/dashboard/surveys/${s.surveyId}/waves/${s.waveId}/delete`

/**
 * A closed wave that holds something in every table a wave fills: answers, a sealed submit,
 * its spend marker, invitations, a release, the tally, a stored report with its emails.
 */
async function filledWave(slug: string, closedOn = '2027-01-15') {
  const survey = await installPulseCopy(slug, 'invitations')
  const [token] = await invite(survey, 'BMI', 3)
  expect((await post(`/i/${token}`, validPulse)).status).toBe(303)
  await storePulseAnswers(survey, 2 * K, { helped: 'Das Vertrauen im Team war groß.' })
  await closeWave(env.DB, survey.surveyId, survey.waveId, closedOn)
  await flushClosedWave(env, survey.waveId)
  await runReports(env, new Date(`${closedOn}T06:00:00Z`), { only: slug })
  return survey
}

/** Rows of every table that holds something of the wave, by table. */
async function heldBy(waveId: string, responseIds: string[], reportIds: string[] = []) {
  const ids = JSON.stringify(responseIds)
  const count = (sql: string, ...binds: unknown[]) =>
    env.DB.prepare(sql)
      .bind(...binds)
      .first<number>('n')
  const byWave = [
    'waves',
    'responses',
    'sealed_pool',
    'spend_markers',
    'invitations',
    'invitation_additions',
    'releases',
    'wave_tallies',
    'wave_terms',
    'reports',
  ]
  const held: Record<string, number | null> = {}
  for (const table of byWave)
    held[table] = await count(
      `SELECT COUNT(*) AS n FROM ${table} WHERE ${table === 'waves' ? 'id' : 'wave_id'} = ?1`,
      waveId
    )
  for (const table of ['answers', 'tallied_responses'])
    held[table] = await count(
      `SELECT COUNT(*) AS n FROM ${table} WHERE response_id IN (SELECT value FROM json_each(?1))`,
      ids
    )
  held.outbox = await count(
    `SELECT COUNT(*) AS n FROM outbox WHERE report_id IN (SELECT value FROM json_each(?1))`,
    JSON.stringify(reportIds)
  )
  return held
}

const idsOf = async (table: 'responses' | 'reports', waveId: string) =>
  (
    await env.DB.prepare(`SELECT id FROM ${table} WHERE wave_id = ?1`)
      .bind(waveId)
      .all<{ id: string }>()
  ).results.map((r) => r.id)
const responseIdsOf = (waveId: string) => idsOf('responses', waveId)

const nothing = (held: Record<string, number | null>) =>
  Object.fromEntries(Object.keys(held).map((t) => [t, 0]))

describe('deleting a closed wave', () => {
  it('asks twice, keeps a mistyped name, and then deletes every row the wave held', async () => {
    const survey = await filledWave('retention-wave')
    const responses = await responseIdsOf(survey.waveId)
    const reports = await idsOf('reports', survey.waveId)
    const before = await heldBy(survey.waveId, responses, reports)
    // The wave really holds something in each table, or deleting it would prove nothing.
    for (const table of ['responses', 'answers', 'invitations', 'releases', 'reports', 'outbox'])
      expect(before[table], table).toBeGreaterThan(0)
    const session = await admin()
    const path = deleteWavePath(survey)

    const first = await visit(path, session)
    expect(first.status).toBe(200)
    expect(await first.text()).toContain('<h1>Runde „Demo“ löschen</h1>')
    const second = await post(path, [], as(session))
    expect(second.status).toBe(200)
    expect(await second.text()).toContain('Zur Bestätigung geben Sie „Demo“ ein')
    const wrong = await post(path, [['name', 'Welle 2']], as(session))
    expect(wrong.status).toBe(422)
    const page = await wrong.text()
    expect(page).toContain('class="error-summary"')
    expect(page).toContain('value="Welle 2"')
    expect(await heldBy(survey.waveId, responses, reports)).toEqual(before)

    const done = await post(path, [['name', 'Demo']], as(session))
    expect(done.status).toBe(303)
    expect(done.headers.get('location')).toBe(retentionOf(survey.surveyId))
    expect(await heldBy(survey.waveId, responses, reports)).toEqual(nothing(before))
  })

  it('refuses an open wave and a researcher, deleting nothing', async () => {
    const survey = await installPulseCopy('retention-open', 'invitations')
    await storePulseAnswers(survey, K)
    const path = deleteWavePath(survey)
    expect((await post(path, [['name', 'Demo']], as(await admin()))).status).toBe(409)
    await closeWave(env.DB, survey.surveyId, survey.waveId)
    const reader = await researcher()
    expect((await visit(path, reader)).status).toBe(403)
    expect((await post(path, [['name', 'Demo']], as(reader))).status).toBe(403)
    expect(await responseIdsOf(survey.waveId)).toHaveLength(K)
  })
})

describe('a retention period', () => {
  const set = async (surveyId: string, months: string, session: string) =>
    post(retentionOf(surveyId), [['months', months]], as(session))

  it('has the daily run delete a closed wave that many months after it closed, and no sooner', async () => {
    const survey = await filledWave('retention-period', '2027-01-15')
    const next = await openWave(env.DB, {
      id: 'wave-retention-period-2',
      surveyId: survey.surveyId,
      label: 'Welle 2',
      opensOn: null,
      closesOn: null,
    })
    await closeWave(env.DB, survey.surveyId, next!.id, '2027-03-01')
    const keptForever = await filledWave('retention-none', '2027-01-15')
    const session = await admin()
    expect((await set(survey.surveyId, '6', session)).status).toBe(303)
    const page = await (await visit(retentionOf(survey.surveyId), session)).text()
    expect(page).toContain('6 Monate nach ihrem Ende')
    expect(page).toContain('15. Juli 2027')

    const responses = await responseIdsOf(survey.waveId)
    await runReports(env, new Date('2027-07-14T06:00:00Z'), { only: 'none' })
    expect(await responseIdsOf(survey.waveId)).toHaveLength(responses.length)
    await runReports(env, new Date('2027-07-15T06:00:00Z'), { only: 'none' })
    const held = await heldBy(survey.waveId, responses)
    expect(held).toEqual(nothing(held))
    // The later wave waits for its own day; a survey without a period keeps everything.
    expect(await findSurveySummary(env.DB, survey.surveyId)).toBeTruthy()
    expect((await heldBy(next!.id, [])).waves).toBe(1)
    expect((await responseIdsOf(keptForever.waveId)).length).toBeGreaterThan(0)
  })

  it.each([['zwölf'], ['0'], ['121'], ['1,5']])(
    'refuses "%s" months with the error by its field and the value kept',
    async (typed) => {
      const survey = await installPulseCopy(`retention-bad-${typed.charCodeAt(0)}`)
      const res = await set(survey.surveyId, typed, await admin())
      expect(res.status).toBe(422)
      const html = await res.text()
      expect(html).toContain('<a href="#months">Geben Sie eine ganze Zahl von 1 bis 120 ein')
      expect(html).toContain(`value="${typed}"`)
      expect((await findSurveySummary(env.DB, survey.surveyId))!.retentionMonths).toBeNull()
    }
  )

  it('is shown to researchers without a form, and only admins may change it', async () => {
    const survey = await installPulseCopy('retention-reader')
    const reader = await researcher()
    const page = await visit(retentionOf(survey.surveyId), reader)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('Keine Frist')
    expect(html).not.toContain('<form method="post" action="/dashboard/surveys')
    expect((await set(survey.surveyId, '12', reader)).status).toBe(403)
    expect((await findSurveySummary(env.DB, survey.surveyId))!.retentionMonths).toBeNull()
  })

  it('speaks English when asked', async () => {
    const survey = await installPulseCopy('retention-english')
    const html = await (
      await visit(`${retentionOf(survey.surveyId)}?lang=en`, await admin())
    ).text()
    expect(html).toContain('Retention period in months')
    expect(html).toContain(`action="${retentionOf(survey.surveyId)}?lang=en"`)
  })
})

describe('a survey', () => {
  it('is archived to the bottom of the overview and taken back', async () => {
    const survey = await installPulseCopy('retention-archive')
    const session = await admin()
    const archive = (value: string) =>
      post(`/dashboard/surveys/${survey.surveyId}/archive`, [['archived', value]], as(session))
    expect((await archive('1')).status).toBe(303)
    const list = await (await visit('/dashboard', session)).text()
    const archiveAt = list.indexOf('<h2 id="archive">Archiv</h2>')
    expect(archiveAt).toBeGreaterThan(0)
    expect(list.indexOf('id="survey-survey-retention-archive"')).toBeGreaterThan(archiveAt)
    expect((await archive('0')).status).toBe(303)
    expect(await (await visit('/dashboard', session)).text()).not.toContain('id="archive"')
  })

  it('is deleted whole only when no wave is open, after two confirmations', async () => {
    const survey = await filledWave('retention-survey')
    const responses = await responseIdsOf(survey.waveId)
    const session = await admin()
    const recipients = `/dashboard/surveys/${survey.surveyId}/recipients`
    expect((await post(recipients, [['address', 'team@bund.example']], as(session))).status).toBe(
      303
    )
    const path = `/dashboard/surveys/${survey.surveyId}/delete`
    const confirm: Fields = [['name', 'retention-survey']]
    const second = await openWave(env.DB, {
      id: 'wave-retention-survey-2',
      surveyId: survey.surveyId,
      label: 'Welle 2',
      opensOn: null,
      closesOn: null,
    })
    expect((await post(path, confirm, as(session))).status).toBe(409)
    expect(await findSurveySummary(env.DB, survey.surveyId)).toBeTruthy()
    await closeWave(env.DB, survey.surveyId, second!.id)

    expect((await post(path, [], as(session))).status).toBe(200)
    expect((await post(path, [['name', 'retention']], as(session))).status).toBe(422)
    const done = await post(path, confirm, as(session))
    expect(done.status).toBe(303)
    expect(await findSurveySummary(env.DB, survey.surveyId)).toBeNull()
    const held = await heldBy(survey.waveId, responses)
    expect(held).toEqual(nothing(held))
    const versions = await env.DB.prepare(
      'SELECT COUNT(*) AS n FROM form_versions WHERE survey_id = ?1'
    )
      .bind(survey.surveyId)
      .first<number>('n')
    expect(versions).toBe(0)
    const addresses = await env.DB.prepare(
      'SELECT COUNT(*) AS n FROM report_recipients WHERE survey_id = ?1'
    )
      .bind(survey.surveyId)
      .first<number>('n')
    expect(addresses).toBe(0)
    expect(await (await visit('/dashboard', session)).text()).not.toContain('retention-survey')
  })
})
