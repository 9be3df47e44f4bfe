import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { outboxOf } from '../../worker/db/outbox.ts'
import { runReports } from '../../worker/reports/run.ts'
import { tokenFor } from './api-helpers.ts'
import { COOKIE, sessionFor, visit, wavePage } from './dashboard-helpers.ts'
import { fetchWith, flakyMail } from './faults.ts'
import { installPulseCopy, ORIGIN, post, storePulseAnswers } from './helpers.ts'

const MONDAY = new Date('2026-11-23T06:00:00Z')

const reportsOf = async (surveyId: string) =>
  (
    await env.DB.prepare('SELECT id FROM reports WHERE survey_id = ?1')
      .bind(surveyId)
      .all<{ id: string }>()
  ).results.map((r) => r.id)

const pressBuild = (session: string, surveyId: string) =>
  post('/dashboard/reports/build', [['survey', surveyId]], { cookie: `${COOKIE}=${session}` })

/** "Jetzt senden" through the real app, its mail binding counting what it really sends. */
const pressSend = (session: string, reportId: string, mail: SendEmail) =>
  fetchWith(
    env.DB,
    `/dashboard/reports/${reportId}/send`,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: ORIGIN,
        cookie: `${COOKIE}=${session}`,
      },
      body: '',
    },
    { REPORT_MAIL: mail }
  )

describe('the reports pages', () => {
  it('list every stored report with its release and when it was sent, in German and English', async () => {
    const survey = await installPulseCopy('dash-report-sent', 'invitations')
    await storePulseAnswers(survey, 6)
    const run = await runReports(env, MONDAY, { only: 'dash-report-sent' })
    const [id] = run.reportIds
    const researcher = await sessionFor(await tokenFor('researcher'))

    const list = await visit('/dashboard/reports', researcher)
    expect(list.status).toBe(200)
    const html = await list.text()
    expect(html).toContain('<h1>Berichte</h1>')
    expect(html).toContain(`href="/dashboard/reports/${id}"`)
    expect(html).toContain('Runde „Demo“, Freigabe 1')
    expect(html).toContain('Gesendet am 23. November 2026 an 1 Adresse')
    expect(html).toMatch(/href="\/dashboard\/reports" aria-current="page">Berichte</)

    const english = await (await visit('/dashboard/reports?lang=en', researcher)).text()
    expect(english).toContain('Sent on 23 November 2026 to 1 address')
    expect(english).toContain(`href="/dashboard/reports/${id}?lang=en"`)

    const page = await (await visit(`/dashboard/reports/${id}`, researcher)).text()
    expect(page).toContain(env.REPORT_TO)
    expect(page).toContain('gesendet am 23. November 2026')
    expect(page).toContain('Bereitschaft nach Dimension')
    // A researcher reads; the send button is for admins.
    expect(page).not.toContain('Jetzt senden')
    expect((await visit('/dashboard/reports/no-such-report', researcher)).status).toBe(404)
    for (const done of ['constructor', 'toString', '<b>x</b>']) {
      const odd = await visit(`/dashboard/reports?done=${encodeURIComponent(done)}`, researcher)
      expect(odd.status).toBe(200)
      expect(await odd.text()).not.toContain('class="notice"')
    }
  })

  it('shows the stored snapshot, not the wave as it is now', async () => {
    const survey = await installPulseCopy('dash-report-frozen', 'invitations')
    await storePulseAnswers(survey, 5)
    const [id] = (await runReports(env, MONDAY, { only: 'dash-report-frozen' })).reportIds
    await storePulseAnswers(survey, 5)
    const researcher = await sessionFor(await tokenFor('researcher'))
    const page = await (await visit(`/dashboard/reports/${id}`, researcher)).text()
    expect(page).toContain('Antworten: 5')
    expect(page).not.toContain('Antworten: 10')
  })

  it('filters the list by survey', async () => {
    const a = await installPulseCopy('dash-report-a', 'invitations')
    const b = await installPulseCopy('dash-report-b', 'invitations')
    await storePulseAnswers(a, 5)
    await storePulseAnswers(b, 5)
    const [idA] = (await runReports(env, MONDAY, { only: 'dash-report-a' })).reportIds
    const [idB] = (await runReports(env, MONDAY, { only: 'dash-report-b' })).reportIds
    const researcher = await sessionFor(await tokenFor('researcher'))
    const html = await (await visit(`/dashboard/reports?survey=${a.surveyId}`, researcher)).text()
    expect(html).toContain(idA)
    expect(html).not.toContain(idB)
  })

  it('builds a report once however often an admin presses "Bericht jetzt erstellen", and sends it once', async () => {
    const survey = await installPulseCopy('dash-report-build', 'invitations')
    await storePulseAnswers(survey, 5)
    const admin = await sessionFor(await tokenFor('admin'))
    const first = await pressBuild(admin, survey.surveyId)
    expect(first.status).toBe(303)
    const [id] = await reportsOf(survey.surveyId)
    expect(first.headers.get('location')).toBe(`/dashboard/reports/${id}?done=built`)
    const built = await (await visit(`/dashboard/reports/${id}?done=built`, admin)).text()
    expect(built).toContain('Der Bericht ist erstellt.')
    expect(built).toContain('wartet auf Versand an 1 Adresse')
    expect(built).toContain('Jetzt senden')

    const again = await pressBuild(admin, survey.surveyId)
    expect(again.headers.get('location')).toBe(
      `/dashboard/reports?survey=${survey.surveyId}&done=nothing`
    )
    expect(await reportsOf(survey.surveyId)).toEqual([id])

    const mail = flakyMail(env.REPORT_MAIL, 0)
    const sent = await pressSend(admin, id, mail.binding)
    expect(sent.headers.get('location')).toBe(`/dashboard/reports/${id}?done=sent`)
    const twice = await pressSend(admin, id, mail.binding)
    expect(twice.headers.get('location')).toBe(`/dashboard/reports/${id}?done=nothingToSend`)
    expect(mail.delivered).toEqual([env.REPORT_TO])
    expect((await outboxOf(env.DB, id)).map((m) => m.attempts)).toEqual([1])
    // The next scheduled run finds nothing left to build or send either.
    expect(await runReports(env, MONDAY, { only: 'dash-report-build' })).toMatchObject({
      built: [],
      sent: 0,
    })
  })

  it('shows a failed send as failed, and "Jetzt senden" sends it', async () => {
    const survey = await installPulseCopy('dash-report-failed', 'invitations')
    await storePulseAnswers(survey, 5)
    const down = flakyMail(env.REPORT_MAIL, 1)
    const run = await runReports({ ...env, REPORT_MAIL: down.binding }, MONDAY, {
      only: 'dash-report-failed',
    })
    expect(run.failed).toBe(1)
    const [id] = run.reportIds
    const admin = await sessionFor(await tokenFor('admin'))
    const list = await (await visit(`/dashboard/reports?survey=${survey.surveyId}`, admin)).text()
    expect(list).toContain('Versand an 1 Adresse fehlgeschlagen, wird wiederholt')
    const page = await (await visit(`/dashboard/reports/${id}`, admin)).text()
    expect(page).toContain('fehlgeschlagen (1 Versuch), wird wiederholt')

    const mail = flakyMail(env.REPORT_MAIL, 0)
    expect((await pressSend(admin, id, mail.binding)).headers.get('location')).toBe(
      `/dashboard/reports/${id}?done=sent`
    )
    expect(mail.delivered).toEqual([env.REPORT_TO])
    const after = await (await visit(`/dashboard/reports/${id}`, admin)).text()
    expect(after).toMatch(/Gesendet am \d+\. \w+ \d{4} an 1 Adresse/)
  })

  it('refuses a researcher building and sending, and builds or sends nothing', async () => {
    const survey = await installPulseCopy('dash-report-refused', 'invitations')
    await storePulseAnswers(survey, 5)
    const researcher = await sessionFor(await tokenFor('researcher'))
    expect((await pressBuild(researcher, survey.surveyId)).status).toBe(403)
    expect(await reportsOf(survey.surveyId)).toEqual([])
    const [id] = (await runReports(env, MONDAY, { only: 'dash-report-refused', send: false }))
      .reportIds
    const mail = flakyMail(env.REPORT_MAIL, 0)
    expect((await pressSend(researcher, id, mail.binding)).status).toBe(403)
    expect(mail.delivered).toEqual([])
    expect(await visit('/dashboard/reports', researcher).then((r) => r.text())).not.toContain(
      'Bericht jetzt erstellen'
    )
  })

  it('answers 404 for building a survey that does not exist or is not named', async () => {
    const admin = await sessionFor(await tokenFor('admin'))
    expect((await pressBuild(admin, 'no-such-survey')).status).toBe(404)
    const empty = await post('/dashboard/reports/build', '', { cookie: `${COOKIE}=${admin}` })
    expect(empty.status).toBe(404)
    expect(await empty.text()).toContain('Zu allen Berichten')
  })
})

describe('the wave page', () => {
  it('shows the themes and redacted quotes of the same release as the report', async () => {
    const survey = await installPulseCopy('dash-wave-quotes', 'invitations')
    await storePulseAnswers(survey, 10, (i) => ({
      helped: `Frau Dr. Müller aus dem BMI hat Vertrauen geschaffen, Runde ${i}`,
      hindered: 'Keine Zeit neben dem Tagesgeschäft',
    }))
    const researcher = await sessionFor(await tokenFor('researcher'))
    const html = await (await visit(wavePage(survey), researcher)).text()
    expect(html).toContain('Erfolgsfaktoren, Hürden und Zitate')
    expect(html).toContain('<blockquote>')
    expect(html).toContain('hat Vertrauen geschaffen')
    expect(html).not.toContain('Müller')
    expect(html).not.toContain('BMI')
    const [id] = (await runReports(env, MONDAY, { only: 'dash-wave-quotes', send: false }))
      .reportIds
    const report = await (await visit(`/dashboard/reports/${id}`, researcher)).text()
    const quotes = (s: string) =>
      [...s.matchAll(/<blockquote>([^<]*)<\/blockquote>/g)].map((m) => m[1])
    expect(quotes(report)).toEqual(quotes(html))
  })

  it('shows no quotes below k_quotes answers', async () => {
    const survey = await installPulseCopy('dash-wave-few', 'invitations')
    await storePulseAnswers(survey, 6, { helped: 'Vertrauen durch die Chatham-House-Regel' })
    const researcher = await sessionFor(await tokenFor('researcher'))
    const html = await (await visit(wavePage(survey), researcher)).text()
    expect(html).toContain('Erfolgsfaktoren, Hürden und Zitate')
    expect(html).not.toContain('<blockquote>')
    expect(html).not.toContain('Chatham-House-Regel')
  })
})
