import {
  createExecutionContext,
  createScheduledController,
  env,
  waitOnExecutionContext,
} from 'cloudflare:test'
import PostalMime from 'postal-mime'
import { describe, expect, it } from 'vitest'
import { decodeTally } from '../../analysis/tally/index.ts'
import worker from '../../worker/index.tsx'
import { outboxOf } from '../../worker/db/outbox.ts'
import { runReports } from '../../worker/reports/run.ts'
import { api, tokenFor } from './api-helpers.ts'
import { installPulseCopy, storePulseAnswers } from './helpers.ts'

const MONDAY = new Date('2026-11-23T06:00:00Z')

const reportsOf = (surveyId: string) =>
  env.DB.prepare('SELECT id, period, status FROM reports WHERE survey_id = ?1')
    .bind(surveyId)
    .all<{ id: string; period: string; status: string }>()

describe('the scheduled report', () => {
  it('builds one report for a due survey and emails it once, as a real MIME message', async () => {
    const survey = await installPulseCopy('report-due', 'invitations')
    await storePulseAnswers(survey, 6, {
      helped: 'Vertrauen und die Chatham-House-Regel',
      hindered: 'Keine Zeit neben dem Tagesgeschäft',
    })
    const ctx = createExecutionContext()
    await worker.scheduled(
      createScheduledController({ scheduledTime: MONDAY.getTime(), cron: '0 6 * * 1' }),
      env,
      ctx
    )
    await waitOnExecutionContext(ctx)
    const { results } = await reportsOf(survey.surveyId)
    expect(results).toEqual([{ id: expect.any(String), period: '2026-W48', status: 'ready' }])
    const [mail] = await outboxOf(env.DB, results[0].id)
    expect(mail).toMatchObject({
      recipient: env.REPORT_TO,
      attempts: 1,
      last_error: null,
      sent_at: MONDAY.toISOString(),
    })
    const raw = await env.DB.prepare('SELECT raw FROM outbox WHERE report_id = ?1')
      .bind(results[0].id)
      .first<string>('raw')
    const parsed = await PostalMime.parse(raw!)
    expect(parsed.subject).toBe(
      'Lernraum-Bericht: Puls-Befragung: Zusammenarbeit im Lernraum (2026-W48)'
    )
    expect(parsed.from).toMatchObject({ address: env.REPORT_FROM })
    expect(parsed.to).toEqual([expect.objectContaining({ address: env.REPORT_TO })])
    expect(parsed.messageId).toBe(`<${mail.message_id}>`)
    expect(parsed.date).toBe(MONDAY.toISOString())
    expect(parsed.text).toContain('Antworten: 6')
    expect(parsed.text).toMatch(/Vertrauen: 4,00 · Zustimmung 100 %/)
    expect(parsed.text).toContain('Zitate (anonymisiert) – Erfolgsfaktoren:\n  weniger als 10')
    expect(parsed.html).toContain('<table')
    expect(parsed.html).not.toMatch(/<img|src="http/)
    // The six responses are folded into the wave's tally, so the next run reads only new ones;
    // the tally holds sums, not the texts' response ids.
    const tallied = await env.DB.prepare(
      `SELECT COUNT(*) AS n FROM tallied_responses t JOIN responses r ON r.id = t.response_id
       WHERE r.wave_id = ?1`
    )
      .bind(survey.waveId)
      .first<number>('n')
    expect(tallied).toBe(6)
    const body = await env.DB.prepare(
      `SELECT group_concat(body, '') AS body FROM (SELECT body FROM wave_tallies WHERE wave_id = ?1 ORDER BY part)`
    )
      .bind(survey.waveId)
      .first<string>('body')
    const tally = decodeTally(body!)
    expect(tally.answers.responses).toBe(6)
    expect(tally.texts.themes.mentions.trust).toEqual([6, 0])
    const ids = await env.DB.prepare('SELECT id FROM responses WHERE wave_id = ?1')
      .bind(survey.waveId)
      .all<{ id: string }>()
    for (const { id } of ids.results) expect(body).not.toContain(id)
  })

  it('sends nothing on a second run, and nothing twice when two runs race', async () => {
    const survey = await installPulseCopy('report-once', 'invitations')
    await storePulseAnswers(survey, 5)
    const [a, b] = await Promise.all([
      runReports(env, MONDAY, { only: 'report-once' }),
      runReports(env, MONDAY, { only: 'report-once' }),
    ])
    expect(a.built.length + b.built.length).toBe(1)
    const again = await runReports(env, MONDAY, { only: 'report-once' })
    expect(again).toMatchObject({ built: [], sent: 0, failed: 0 })
    const { results } = await reportsOf(survey.surveyId)
    expect(results).toHaveLength(1)
    const outbox = await outboxOf(env.DB, results[0].id)
    expect(outbox.map((m) => m.attempts)).toEqual([1])
  })

  it('says so and shows no numbers for a wave with fewer than k answers', async () => {
    const survey = await installPulseCopy('report-small', 'invitations')
    await storePulseAnswers(survey, 4, { helped: 'Vertrauen' })
    await runReports(env, MONDAY, { only: 'report-small' })
    const [report] = (await reportsOf(survey.surveyId)).results
    const raw = await env.DB.prepare('SELECT raw FROM outbox WHERE report_id = ?1')
      .bind(report.id)
      .first<string>('raw')
    const parsed = await PostalMime.parse(raw!)
    expect(parsed.text).toContain('Weniger als 5 Antworten')
    const body = parsed.text!.split('\n').slice(3, -3).join('\n')
    expect(body).not.toMatch(/\d+,\d\d|\d+ %/)
  })

  it('waits for k more responses before a wave gets its next report', async () => {
    const survey = await installPulseCopy('report-growth', 'invitations')
    await storePulseAnswers(survey, 5)
    await runReports(env, MONDAY, { only: 'report-growth' })
    await storePulseAnswers(survey, 4)
    const nextWeek = await runReports(env, new Date('2026-11-30T06:00:00Z'), {
      only: 'report-growth',
    })
    expect(nextWeek.built).toEqual([])
    expect(nextWeek.skipped).toEqual([
      'report-growth 2026-W49: no new release since the last report',
    ])
    await storePulseAnswers(survey, 1)
    expect(
      (await runReports(env, new Date('2026-11-30T06:00:00Z'), { only: 'report-growth' })).built
    ).toEqual(['report-growth 2026-W49'])
  })

  it('builds the report of a closed wave once', async () => {
    const survey = await installPulseCopy('report-closed', 'invitations')
    await storePulseAnswers(survey, 5)
    await env.DB.prepare("UPDATE waves SET status = 'closed' WHERE id = ?1")
      .bind(survey.waveId)
      .run()
    expect((await runReports(env, MONDAY, { only: 'report-closed' })).built).toEqual([
      'report-closed Demo',
    ])
    expect((await runReports(env, MONDAY, { only: 'report-closed' })).built).toEqual([])
  })

  it('serves stored reports through the API as JSON and HTML', async () => {
    const survey = await installPulseCopy('report-api', 'invitations')
    await storePulseAnswers(survey, 5)
    await runReports(env, MONDAY, { only: 'report-api' })
    const token = await tokenFor('researcher')
    const list = await (
      await api('/reports', { token })
    ).json<{ reports: { id: string; surveyId: string }[] }>()
    const mine = list.reports.find((r) => r.surveyId === survey.surveyId)!
    const json = await (
      await api(`/reports/${mine.id}`, { token })
    ).json<{ report: { period: string } }>()
    expect(json.report.period).toBe('2026-W48')
    const html = await (await api(`/reports/${mine.id}?format=html`, { token })).text()
    expect(html).toContain('Lernraum-Bericht')
    expect((await api(`/reports/${mine.id}`)).status).toBe(401)
  })
})

describe('wave schedules', () => {
  it('open the form only between the opening and closing day, and the run closes an expired wave', async () => {
    const survey = await installPulseCopy('report-schedule')
    const { request } = await import('./helpers.ts')
    await env.DB.prepare("UPDATE waves SET opens_on = '2999-01-01' WHERE id = ?1")
      .bind(survey.waveId)
      .run()
    expect((await request('/s/report-schedule')).status).toBe(410)
    await env.DB.prepare(
      "UPDATE waves SET opens_on = '2026-01-01', closes_on = '2026-11-20' WHERE id = ?1"
    )
      .bind(survey.waveId)
      .run()
    expect((await request('/s/report-schedule')).status).toBe(410)
    await storePulseAnswers(survey, 5)
    const run = await runReports(env, MONDAY, { only: 'report-schedule', send: false })
    expect(run.built).toEqual(['report-schedule Demo'])
    const wave = await env.DB.prepare('SELECT status FROM waves WHERE id = ?1')
      .bind(survey.waveId)
      .first('status')
    expect(wave).toBe('closed')
  })
})
