import { env } from 'cloudflare:test'
import { beforeEach, describe, expect, it } from 'vitest'
import { outboxOf } from '../../worker/db/outbox.ts'
import { forgetOpenSurveys } from '../../worker/db/surveys.ts'
import { runReports } from '../../worker/reports/run.ts'
import { sendPendingEmails } from '../../worker/reports/send.ts'
import { tokenFor } from './api-helpers.ts'
import { D1_ERRORS, faultyDb, fetchWith, flakyMail, postWith, type FaultLog } from './faults.ts'
import {
  installPulseCopy,
  invite,
  NOTHING_WRITTEN,
  openForm,
  post,
  storePulseAnswers,
  validPulse,
  writtenFor,
} from './helpers.ts'

const MONDAY = new Date('2026-11-23T06:00:00Z')
const minutesAfter = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000)

describe('D1 failing under a submit', () => {
  it.each(Object.entries(D1_ERRORS))(
    '"%s": the retry page holds the answers, nothing is written, and the resend stores once',
    async (name, message) => {
      const survey = await installPulseCopy(`fault-${name.toLowerCase()}`)
      const [token] = await invite(survey, 'BMI')
      const nonce = await openForm(`/s/${survey.slug}`)
      const log: FaultLog = { failed: [] }
      const db = faultyDb(env.DB, { failOn: /INSERT INTO sealed_pool/, message }, log)
      const open = await postWith(db, `/s/${survey.slug}`, [['_nonce', nonce], ...validPulse])
      const invited = await postWith(db, `/i/${token}`, validPulse)
      expect(log.failed).toHaveLength(2)
      for (const res of [open, invited]) {
        expect(res.status).toBe(503)
        expect(res.headers.get('retry-after')).toBe('5')
        const page = await res.text()
        expect(page).toContain('Ihre Antworten konnten nicht gespeichert werden')
        expect(page).toContain('Zu wenig Zeit neben dem Tagesgeschäft.</textarea>')
      }
      expect(await writtenFor(survey.waveId)).toEqual(NOTHING_WRITTEN)

      expect((await post(`/s/${survey.slug}`, [['_nonce', nonce], ...validPulse])).status).toBe(303)
      expect((await post(`/i/${token}`, validPulse)).status).toBe(303)
      expect(await writtenFor(survey.waveId)).toEqual({
        ...NOTHING_WRITTEN,
        pooled: 2,
        markers: 2,
      })
    }
  )

  it('answers 503 with a plain page when the form cannot even be read, and writes nothing', async () => {
    const survey = await installPulseCopy('fault-read')
    const nonce = await openForm(`/s/${survey.slug}`)
    // A fresh isolate: it has not seen the survey yet and must read it.
    forgetOpenSurveys()
    const db = faultyDb(env.DB, { failOn: /SELECT/, message: D1_ERRORS.network })
    const res = await postWith(db, `/s/${survey.slug}?lang=en`, [['_nonce', nonce], ...validPulse])
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('5')
    const page = await res.text()
    expect(page).toContain('go back in your browser – your answers are still in the form')
    expect(page).not.toContain('D1_ERROR')
    expect(await writtenFor(survey.waveId)).toEqual(NOTHING_WRITTEN)
  })

  it('answers an admin call 503 in JSON when storage fails, and creates no invitation', async () => {
    const survey = await installPulseCopy('fault-api', 'invitations')
    const admin = await tokenFor('admin')
    const db = faultyDb(env.DB, { failOn: /INSERT INTO invitations/, message: D1_ERRORS.reset })
    const res = await fetchWith(db, `/api/surveys/${survey.surveyId}/invitations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ministry: 'BMF', count: 3 }),
    })
    expect(res.status).toBe(503)
    expect(await res.json()).toEqual({
      error: { status: 503, message: expect.stringContaining('nothing was changed') },
    })
    const invited = await env.DB.prepare('SELECT COUNT(*) AS n FROM invitations WHERE wave_id = ?1')
      .bind(survey.waveId)
      .first<number>('n')
    expect(invited).toBe(0)
  })
})

describe('D1 failing midway through an invitation request', () => {
  it('stores none of its invitations and logs no creation, so no link exists that was not returned', async () => {
    const survey = await installPulseCopy('fault-invite-midway', 'invitations')
    const admin = await tokenFor('admin')
    const log: FaultLog = { failed: [] }
    // Enough BMI rows that some are inserted by statements that run before the one that
    // fails, which is the first to carry a BMF invitation.
    const db = faultyDb(
      env.DB,
      { failOn: /INSERT INTO invitations/, boundTo: 'BMF', midBatch: true },
      log
    )
    const res = await fetchWith(db, `/api/surveys/${survey.surveyId}/invitations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        invitations: [
          { ministry: 'BMI', count: 120 },
          { ministry: 'BMF', count: 3 },
        ],
      }),
    })
    expect(log.failed).toHaveLength(1)
    expect(res.status).toBe(503)
    const count = (sql: string) => env.DB.prepare(sql).bind(survey.waveId).first<number>('n')
    expect(await count('SELECT COUNT(*) AS n FROM invitations WHERE wave_id = ?1')).toBe(0)
    expect(await count('SELECT COUNT(*) AS n FROM invitation_additions WHERE wave_id = ?1')).toBe(0)
  })
})

/** A survey with `count` responses, each with two free texts, due for its weekly report. */
async function dueSurvey(slug: string, count = 6) {
  const survey = await installPulseCopy(slug, 'invitations')
  await storePulseAnswers(survey, count, (i) => ({
    helped: `Feste Termine ${i}`,
    hindered: `Keine Zeit ${i}`,
  }))
  return survey
}

const reportsOf = async (surveyId: string) =>
  (
    await env.DB.prepare('SELECT id, status FROM reports WHERE survey_id = ?1')
      .bind(surveyId)
      .all<{ id: string; status: string }>()
  ).results

const talliedOf = (waveId: string) =>
  env.DB.prepare(
    'SELECT COUNT(*) AS n FROM tallied_responses t JOIN responses r ON r.id = t.response_id WHERE r.wave_id = ?1'
  )
    .bind(waveId)
    .first<number>('n')

// The batch that turns a claimed slot into a finished report and queues its emails.
const STORE_REPORT = /UPDATE reports SET status = 'ready'/

describe('a report run that fails midway', () => {
  it('leaves no half report, queues no email, and builds and sends it whole on the next run', async () => {
    const survey = await dueSurvey('fault-report')
    const mail = flakyMail(env.REPORT_MAIL, 0)
    const failing = await runReports(
      {
        ...env,
        DB: faultyDb(env.DB, { failOn: STORE_REPORT, message: D1_ERRORS.storageTimeout }),
        REPORT_MAIL: mail.binding,
      },
      MONDAY,
      { only: survey.slug }
    )
    expect(failing).toMatchObject({
      built: [],
      failedReports: [`${survey.slug} 2026-W48: Error`],
      sent: 0,
    })
    // The slot was released: no 'building' row blocks the next run, and nothing is 'ready'.
    expect(await reportsOf(survey.surveyId)).toEqual([])
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM outbox').first<number>('n')).toBe(0)
    expect(mail.delivered).toEqual([])

    const next = await runReports({ ...env, REPORT_MAIL: mail.binding }, MONDAY, {
      only: survey.slug,
    })
    expect(next).toMatchObject({ built: [`${survey.slug} 2026-W48`], failedReports: [], sent: 1 })
    const [report] = await reportsOf(survey.surveyId)
    expect(report.status).toBe('ready')
    expect(mail.delivered).toEqual([env.REPORT_TO])
  })

  it('keeps the tally a failed run stored, and the next run folds nothing in twice', async () => {
    const survey = await dueSurvey('fault-after-coding')
    // Coverage is read after the responses were folded into the tally and it was stored.
    const db = faultyDb(env.DB, { failOn: /FROM invitations WHERE wave_id/ })
    const failing = await runReports({ ...env, DB: db }, MONDAY, { only: survey.slug, send: false })
    expect(failing.failedReports).toHaveLength(1)
    expect(await talliedOf(survey.waveId)).toBe(6)
    expect(await reportsOf(survey.surveyId)).toEqual([])

    const next = await runReports(env, MONDAY, { only: survey.slug, send: false })
    expect(next.built).toHaveLength(1)
    expect(await talliedOf(survey.waveId)).toBe(6)
    const report = await env.DB.prepare('SELECT responses FROM reports WHERE survey_id = ?1')
      .bind(survey.surveyId)
      .first<number>('responses')
    expect(report).toBe(6)
  })

  it('goes on with the other surveys when one report fails, and the next run builds the rest', async () => {
    // Whatever earlier tests left due is built now, so only these two surveys are due below.
    await runReports(env, MONDAY, { send: false })
    const [a, b] = [await dueSurvey('fault-first'), await dueSurvey('fault-second')]
    const log: FaultLog = { failed: [] }
    const db = faultyDb(env.DB, { failOn: STORE_REPORT, after: 1 }, log)
    const failing = await runReports({ ...env, DB: db }, MONDAY, { send: false })
    expect(failing.built).toHaveLength(1)
    expect(failing.failedReports).toHaveLength(1)
    expect(log.failed).toHaveLength(1)
    const next = await runReports(env, MONDAY, { send: false })
    expect([...failing.built, ...next.built].sort()).toEqual([
      'fault-first 2026-W48',
      'fault-second 2026-W48',
    ])
    for (const survey of [a, b])
      expect(await reportsOf(survey.surveyId)).toEqual([
        { id: expect.any(String), status: 'ready' },
      ])
  })

  it('takes over the slot of a run that died, but only once its claim is stale', async () => {
    const survey = await dueSurvey('fault-died')
    // The run cannot even release its slot: as if the Worker had been killed mid-build.
    const dead = faultyDb(env.DB, {
      failOn: /UPDATE reports SET status = 'ready'|DELETE FROM reports/,
    })
    await runReports({ ...env, DB: dead }, MONDAY, { only: survey.slug, send: false })
    expect(await reportsOf(survey.surveyId)).toEqual([
      { id: expect.any(String), status: 'building' },
    ])

    const soon = await runReports(env, minutesAfter(MONDAY, 1), { only: survey.slug, send: false })
    expect(soon).toMatchObject({ built: [], failedReports: [] })
    const later = await runReports(env, minutesAfter(MONDAY, 16), {
      only: survey.slug,
      send: false,
    })
    expect(later.built).toEqual([`${survey.slug} 2026-W48`])
    expect(await reportsOf(survey.surveyId)).toEqual([{ id: expect.any(String), status: 'ready' }])
  })
})

describe('email faults', () => {
  // Reports built above with send: false are still queued; they are not these tests' concern.
  beforeEach(() => sendPendingEmails(env, MONDAY))

  it('sends an email that failed on the next run, exactly once', async () => {
    const survey = await dueSurvey('fault-mail-retry')
    const mail = flakyMail(env.REPORT_MAIL, 1)
    const withMail = { ...env, REPORT_MAIL: mail.binding }
    const first = await runReports(withMail, MONDAY, { only: survey.slug })
    expect(first).toMatchObject({ built: [`${survey.slug} 2026-W48`], sent: 0, failed: 1 })
    const [report] = await reportsOf(survey.surveyId)
    expect((await outboxOf(env.DB, report.id))[0]).toMatchObject({
      attempts: 1,
      sent_at: null,
      last_error: 'Error: Email Routing unavailable',
    })
    expect(mail.delivered).toEqual([])

    expect(await runReports(withMail, MONDAY, { only: survey.slug })).toMatchObject({
      built: [],
      sent: 1,
      failed: 0,
    })
    expect(await runReports(withMail, MONDAY, { only: survey.slug })).toMatchObject({ sent: 0 })
    expect(mail.delivered).toEqual([env.REPORT_TO])
    expect((await outboxOf(env.DB, report.id))[0]).toMatchObject({ attempts: 2, last_error: null })
  })

  it('sends each queued email once when two runs send at the same time', async () => {
    const survey = await dueSurvey('fault-mail-race')
    await runReports(env, MONDAY, { only: survey.slug, send: false })
    const mail = flakyMail(env.REPORT_MAIL, 0)
    const withMail = { ...env, REPORT_MAIL: mail.binding }
    const runs = await Promise.all([
      runReports(withMail, MONDAY, { only: survey.slug }),
      runReports(withMail, MONDAY, { only: survey.slug }),
    ])
    expect(runs.map((r) => r.sent).sort()).toEqual([0, 1])
    expect(mail.delivered).toEqual([env.REPORT_TO])
  })
})
