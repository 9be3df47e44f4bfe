import {
  createExecutionContext,
  createScheduledController,
  env,
  waitOnExecutionContext,
} from 'cloudflare:test'
import PostalMime from 'postal-mime'
import { describe, expect, it } from 'vitest'
import { listRecipients } from '../../worker/db/recipients.ts'
import worker from '../../worker/index.tsx'
import { tokenFor } from './api-helpers.ts'
import { COOKIE, sessionFor, visit } from './dashboard-helpers.ts'
import { installPulseCopy, post, storePulseAnswers } from './helpers.ts'

const MONDAY = new Date('2026-11-23T06:00:00Z')

const page = (surveyId: string) => `/dashboard/surveys/${surveyId}/recipients`

const add = (session: string, surveyId: string, address: string) =>
  post(page(surveyId), [['address', address]], { cookie: `${COOKIE}=${session}` })

const remove = (session: string, surveyId: string, address: string) =>
  post(`${page(surveyId)}/remove`, [['address', address]], { cookie: `${COOKIE}=${session}` })

describe('the recipients page', () => {
  it('lets an admin add and remove addresses, and says they must be verified', async () => {
    const survey = await installPulseCopy('recipients-edit', 'invitations')
    const admin = await sessionFor(await tokenFor('admin'))
    const empty = await (await visit(page(survey.surveyId), admin)).text()
    expect(empty).toContain('Cloudflare Email Routing als Zieladresse bestätigt')
    expect(empty).toContain(`an die Voreinstellung: ${env.REPORT_TO}`)

    const added = await add(admin, survey.surveyId, ' referat@bund.example ')
    expect(added.status).toBe(303)
    expect(added.headers.get('location')).toBe(page(survey.surveyId))
    await add(admin, survey.surveyId, 'team@bund.example')
    expect(await listRecipients(env.DB, survey.surveyId)).toEqual([
      'referat@bund.example',
      'team@bund.example',
    ])
    const listed = await (await visit(page(survey.surveyId), admin)).text()
    expect(listed).toContain('aria-label="referat@bund.example entfernen"')
    expect(listed).not.toContain('Voreinstellung')

    expect((await remove(admin, survey.surveyId, 'referat@bund.example')).status).toBe(303)
    expect(await listRecipients(env.DB, survey.surveyId)).toEqual(['team@bund.example'])
    // A second press changes nothing.
    expect((await remove(admin, survey.surveyId, 'referat@bund.example')).status).toBe(303)
    expect(await listRecipients(env.DB, survey.surveyId)).toEqual(['team@bund.example'])
  })

  it('shows a wrong address again with the problem named and the typed text kept', async () => {
    const survey = await installPulseCopy('recipients-invalid', 'invitations')
    const admin = await sessionFor(await tokenFor('admin'))
    const res = await add(admin, survey.surveyId, 'projektteam(at)bund')
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('<title>Fehler: Empfängerinnen und Empfänger')
    expect(html).toContain('Es gibt ein Problem')
    expect(html).toContain(
      '<a href="#address">Geben Sie eine E-Mail-Adresse im richtigen Format ein'
    )
    expect(html).toContain('value="projektteam(at)bund"')
    expect(html).toContain('aria-invalid="true"')

    const blank = await add(admin, survey.surveyId, '  ')
    expect(blank.status).toBe(422)
    expect(await blank.text()).toContain('Geben Sie eine E-Mail-Adresse ein.')
    // Two addresses in one would become two recipients of one To: header.
    expect((await add(admin, survey.surveyId, 'a@bund.example, b@bund.example')).status).toBe(422)
    expect(await listRecipients(env.DB, survey.surveyId)).toEqual([])

    await add(admin, survey.surveyId, 'team@bund.example')
    const twice = await add(admin, survey.surveyId, 'Team@Bund.example')
    expect(twice.status).toBe(422)
    const again = await twice.text()
    expect(again).toContain('Diese Adresse ist schon eingetragen.')
    expect(again).toContain('value="Team@Bund.example"')
    expect(await listRecipients(env.DB, survey.surveyId)).toEqual(['team@bund.example'])

    const english = await post(`${page(survey.surveyId)}?lang=en`, [['address', 'x']], {
      cookie: `${COOKIE}=${admin}`,
    })
    expect(english.status).toBe(422)
    expect(await english.text()).toContain('Enter an email address in the correct format')
  })

  it('lets a researcher read the list but refuses every change', async () => {
    const survey = await installPulseCopy('recipients-refused', 'invitations')
    const admin = await sessionFor(await tokenFor('admin'))
    await add(admin, survey.surveyId, 'team@bund.example')
    const researcher = await sessionFor(await tokenFor('researcher'))
    const read = await visit(page(survey.surveyId), researcher)
    expect(read.status).toBe(200)
    const html = await read.text()
    expect(html).toContain('team@bund.example')
    expect(html).not.toContain('<form method="post" action="/dashboard/surveys')
    expect((await add(researcher, survey.surveyId, 'fremd@bund.example')).status).toBe(403)
    expect((await remove(researcher, survey.surveyId, 'team@bund.example')).status).toBe(403)
    expect(await listRecipients(env.DB, survey.surveyId)).toEqual(['team@bund.example'])
  })

  it('answers 404 for a survey that does not exist', async () => {
    const admin = await sessionFor(await tokenFor('admin'))
    expect((await visit(page('no-such-survey'), admin)).status).toBe(404)
    expect((await add(admin, 'no-such-survey', 'team@bund.example')).status).toBe(404)
  })

  it('is where the scheduled run sends the report, one email per address', async () => {
    const survey = await installPulseCopy('recipients-cron', 'invitations')
    const admin = await sessionFor(await tokenFor('admin'))
    await add(admin, survey.surveyId, 'referat@bund.example')
    await add(admin, survey.surveyId, 'leitung@bund.example')
    await storePulseAnswers(survey, 5)
    const ctx = createExecutionContext()
    await worker.scheduled(
      createScheduledController({ scheduledTime: MONDAY.getTime(), cron: '0 6 * * *' }),
      env,
      ctx
    )
    await waitOnExecutionContext(ctx)
    const { results } = await env.DB.prepare(
      `SELECT o.recipient, o.raw, o.sent_at FROM outbox o JOIN reports r ON r.id = o.report_id
       WHERE r.survey_id = ?1 ORDER BY o.recipient`
    )
      .bind(survey.surveyId)
      .all<{ recipient: string; raw: string; sent_at: string | null }>()
    expect(results.map((r) => r.recipient)).toEqual([
      'leitung@bund.example',
      'referat@bund.example',
    ])
    for (const mail of results) {
      expect(mail.sent_at).toBe(MONDAY.toISOString())
      const parsed = await PostalMime.parse(mail.raw)
      expect(parsed.to).toEqual([expect.objectContaining({ address: mail.recipient })])
    }
  })
})
