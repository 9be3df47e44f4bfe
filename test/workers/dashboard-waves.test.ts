import {
  createExecutionContext,
  createScheduledController,
  env,
  waitOnExecutionContext,
} from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { findWaveRhythm } from '../../worker/db/rhythm.ts'
import { newId } from '../../worker/crypto.ts'
import { listWaves, openWave } from '../../worker/db/waves.ts'
import worker from '../../worker/index.tsx'
import { newPulseSurvey, tokenFor } from './api-helpers.ts'
import { COOKIE, sessionFor, visit } from './dashboard-helpers.ts'
import {
  installPulseCopy,
  invite,
  K,
  post,
  validPulse,
  writtenFor,
  type Fields,
} from './helpers.ts'

const cookie = (session: string) => ({ cookie: `${COOKIE}=${session}` })
const today = () => new Date().toISOString().slice(0, 10)
const page = (surveyId: string, rest = 'waves') => `/dashboard/surveys/${surveyId}/${rest}`

const waveFields = (label: string, mode = 'invitations', opensOn = '', closesOn = ''): Fields => [
  ['label', label],
  ['mode', mode],
  ['opensOn', opensOn],
  ['closesOn', closesOn],
]

/** The daily cron run, as Cloudflare starts it, at `time`. */
async function cronRun(time: string) {
  const ctx = createExecutionContext()
  await worker.scheduled(
    createScheduledController({ scheduledTime: Date.parse(time), cron: '0 5 * * *' }),
    env,
    ctx
  )
  await waitOnExecutionContext(ctx)
}

// Closing flushes a pool: slow when the two cores are shared.
describe('the waves pages', { timeout: 30_000 }, () => {
  it('lets an admin open an invitation wave with its dates, answering the current form version', async () => {
    const surveyId = await newPulseSurvey('waves-open')
    const admin = await sessionFor(await tokenFor('admin'))
    const form = await visit(page(surveyId, 'waves/new'), admin)
    expect(form.status).toBe(200)
    const html = await form.text()
    expect(html).toContain('Runde öffnen')
    expect(html).toMatch(/value="invitations" checked/)
    expect(html).toContain('Das schützt weniger')

    const res = await post(
      page(surveyId),
      waveFields('Frühjahr 2027', 'invitations', '2999-03-01', '2999-03-31'),
      cookie(admin)
    )
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(page(surveyId))
    expect(await listWaves(env.DB, surveyId)).toEqual([
      expect.objectContaining({
        label: 'Frühjahr 2027',
        status: 'open',
        mode: 'invitations',
        opensOn: '2999-03-01',
        closesOn: '2999-03-31',
        openedOn: today(),
        formVersion: 1,
      }),
    ])
    const list = await (await visit(page(surveyId), admin)).text()
    expect(list).toContain('Frühjahr 2027')
    expect(list).toContain('Es läuft schon eine Runde')
    expect(list).toContain(`href="${page(surveyId, 'invitations')}"`)
  })

  it('refuses a second open wave clearly and keeps what was typed', async () => {
    const surveyId = await newPulseSurvey('waves-second')
    const admin = await sessionFor(await tokenFor('admin'))
    expect((await post(page(surveyId), waveFields('Eins'), cookie(admin))).status).toBe(303)
    const res = await post(page(surveyId), waveFields('Zwei', 'open'), cookie(admin))
    expect(res.status).toBe(409)
    const html = await res.text()
    expect(html).toContain('Es gibt ein Problem')
    expect(html).toContain('Es läuft schon eine Runde dieser Befragung.')
    expect(html).toContain('value="Zwei"')
    expect(html).toMatch(/value="open" checked/)
    expect((await listWaves(env.DB, surveyId)).map((w) => w.label)).toEqual(['Eins'])
  })

  it('shows a wrong form again with 422, each mistake by its field, everything typed kept', async () => {
    const surveyId = await newPulseSurvey('waves-invalid')
    const admin = await sessionFor(await tokenFor('admin'))
    const res = await post(
      page(surveyId),
      waveFields('  ', 'sometimes', '2999-02-31', '2999-01-01'),
      cookie(admin)
    )
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('<a href="#label">Geben Sie eine Bezeichnung ein.')
    expect(html).toContain('<a href="#mode">Wählen Sie, wie die Runde beantwortet wird.')
    expect(html).toContain('<a href="#opensOn">Geben Sie den Beginn als gültiges Datum ein')
    expect(html).toContain('value="2999-02-31"')
    expect(html).toContain('value="2999-01-01"')
    expect(html).toContain('aria-invalid="true"')

    const backwards = await post(
      page(surveyId),
      waveFields('Rückwärts', 'open', '2999-05-01', '2999-04-01'),
      cookie(admin)
    )
    expect(backwards.status).toBe(422)
    expect(await backwards.text()).toContain('Das Ende muss am oder nach dem Beginn liegen.')
    const past = await post(
      page(surveyId),
      waveFields('Alt', 'open', '', '2000-01-01'),
      cookie(admin)
    )
    expect(await past.text()).toContain('Das Ende darf nicht in der Vergangenheit liegen.')
    expect(await listWaves(env.DB, surveyId)).toEqual([])
  })

  it('closes a wave only after the confirm page, and closing moves its sealed pool', async () => {
    const survey = await installPulseCopy('waves-close', 'invitations')
    for (const token of await invite(survey, 'BMI', K))
      expect((await post(`/i/${token}`, validPulse)).status).toBe(303)
    expect(await writtenFor(survey.waveId)).toMatchObject({ pooled: K, responses: 0 })
    const admin = await sessionFor(await tokenFor('admin'))
    const closePath = page(survey.surveyId, `waves/${survey.waveId}/close`)
    expect(await (await visit(page(survey.surveyId), admin)).text()).toContain(
      `href="${closePath}"`
    )
    const confirm = await visit(closePath, admin)
    expect(confirm.status).toBe(200)
    expect(await confirm.text()).toContain('Ja, Runde schließen')
    expect((await listWaves(env.DB, survey.surveyId))[0].status).toBe('open')

    expect((await post(closePath, '', cookie(admin))).status).toBe(422)
    expect((await listWaves(env.DB, survey.surveyId))[0].status).toBe('open')
    const res = await post(closePath, [['confirm', 'yes']], cookie(admin))
    expect(res.status).toBe(303)
    expect((await listWaves(env.DB, survey.surveyId))[0].status).toBe('closed')
    expect(await writtenFor(survey.waveId)).toMatchObject({ pooled: 0, responses: K, used: K })
    expect((await visit(closePath, admin)).status).toBe(404)
  })

  it('fills the next wave with the last one’s kind and length', async () => {
    const surveyId = await newPulseSurvey('waves-next')
    const admin = await sessionFor(await tokenFor('admin'))
    await post(
      page(surveyId),
      waveFields('Runde 1', 'open', '2999-01-01', '2999-01-15'),
      cookie(admin)
    )
    const [first] = await listWaves(env.DB, surveyId)
    await post(page(surveyId, `waves/${first.id}/close`), [['confirm', 'yes']], cookie(admin))

    const form = await visit(page(surveyId, 'waves/next'), admin)
    expect(form.status).toBe(200)
    const html = await form.text()
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)
    const twoWeeksOn = new Date(Date.now() + 15 * 86_400_000).toISOString().slice(0, 10)
    expect(html).toContain('Nächste Runde öffnen')
    expect(html).toContain('value="Runde 2"')
    expect(html).toMatch(/value="open" checked/)
    expect(html).toContain(`value="${tomorrow}"`)
    expect(html).toContain(`value="${twoWeeksOn}"`)

    const res = await post(
      page(surveyId),
      waveFields('Runde 2', 'open', tomorrow, twoWeeksOn),
      cookie(admin)
    )
    expect(res.status).toBe(303)
    const second = (await listWaves(env.DB, surveyId))[1]
    expect(second).toMatchObject({ label: 'Runde 2', mode: 'open', seq: 2, status: 'open' })
  })

  it('refuses a researcher every change with 403 and changes nothing, but shows the waves', async () => {
    const survey = await installPulseCopy('waves-researcher', 'invitations')
    const researcher = await sessionFor(await tokenFor('researcher'))
    const list = await visit(page(survey.surveyId), researcher)
    expect(list.status).toBe(200)
    const html = await list.text()
    expect(html).toContain('Befragungsrunden')
    expect(html).not.toContain('/close"')
    expect(html).not.toContain('<form method="post" action="/dashboard/surveys')
    const closePath = page(survey.surveyId, `waves/${survey.waveId}/close`)
    for (const path of ['waves/new', 'waves/next', `waves/${survey.waveId}/close`])
      expect((await visit(page(survey.surveyId, path), researcher)).status).toBe(403)
    expect((await post(page(survey.surveyId), waveFields('X'), cookie(researcher))).status).toBe(
      403
    )
    expect((await post(closePath, [['confirm', 'yes']], cookie(researcher))).status).toBe(403)
    const rhythm = await post(
      page(survey.surveyId, 'rhythm'),
      [['rhythm', 'monthly']],
      cookie(researcher)
    )
    expect(rhythm.status).toBe(403)
    expect(await listWaves(env.DB, survey.surveyId)).toEqual([
      expect.objectContaining({ id: survey.waveId, status: 'open' }),
    ])
    expect(await findWaveRhythm(env.DB, survey.surveyId)).toBe('none')
  })

  it('speaks English with ?lang=en and keeps the language after a change', async () => {
    const surveyId = await newPulseSurvey('waves-english')
    const admin = await sessionFor(await tokenFor('admin'))
    const html = await (await visit(`${page(surveyId)}?lang=en`, admin)).text()
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('Open a wave')
    expect(html).toContain('Monthly')
    const res = await post(`${page(surveyId)}?lang=en`, waveFields('Spring'), cookie(admin))
    expect(res.headers.get('location')).toBe(`${page(surveyId)}?lang=en`)
  })
})

// A cron run builds every due report: slow when the two cores are shared.
describe('the rhythm of a survey', { timeout: 30_000 }, () => {
  it('is set by an admin, and an invalid choice comes back with 422', async () => {
    const surveyId = await newPulseSurvey('rhythm-set')
    const admin = await sessionFor(await tokenFor('admin'))
    const res = await post(page(surveyId, 'rhythm'), [['rhythm', 'quarterly']], cookie(admin))
    expect(res.status).toBe(303)
    expect(await findWaveRhythm(env.DB, surveyId)).toBe('quarterly')
    expect(await (await visit(page(surveyId), admin)).text()).toMatch(/value="quarterly" checked/)
    const bad = await post(page(surveyId, 'rhythm'), [['rhythm', 'weekly']], cookie(admin))
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('<a href="#rhythm">Wählen Sie, wie oft')
    expect(await findWaveRhythm(env.DB, surveyId)).toBe('quarterly')
  })

  it('opens the next wave in the daily run once the last has closed and its day is near', async () => {
    const surveyId = await newPulseSurvey('rhythm-due')
    const admin = await sessionFor(await tokenFor('admin'))
    // Dates in the past, which the form refuses, so straight into D1.
    await openWave(env.DB, {
      id: newId(),
      surveyId,
      label: 'Runde 7',
      opensOn: '2026-10-01',
      closesOn: '2026-10-14',
    })
    await post(page(surveyId, 'rhythm'), [['rhythm', 'monthly']], cookie(admin))
    const [first] = await listWaves(env.DB, surveyId)

    // Still open: nothing opens, however late it is.
    await cronRun('2026-10-12T05:00:00Z')
    expect(await listWaves(env.DB, surveyId)).toHaveLength(1)

    await post(page(surveyId, `waves/${first.id}/close`), [['confirm', 'yes']], cookie(admin))
    // Closed, but the next opening day (1 November) is more than a week away.
    await cronRun('2026-10-20T05:00:00Z')
    expect(await listWaves(env.DB, surveyId)).toHaveLength(1)

    await cronRun('2026-10-26T05:00:00Z')
    const waves = await listWaves(env.DB, surveyId)
    expect(waves).toHaveLength(2)
    expect(waves[1]).toMatchObject({
      label: 'Runde 8',
      mode: 'invitations',
      status: 'open',
      opensOn: '2026-11-01',
      closesOn: '2026-11-14',
      openedOn: '2026-10-26',
    })
    // The next run finds the new wave open and opens nothing more.
    await cronRun('2026-10-27T05:00:00Z')
    expect(await listWaves(env.DB, surveyId)).toHaveLength(2)
  })

  it('opens nothing for a survey that does not repeat', async () => {
    const surveyId = await newPulseSurvey('rhythm-none')
    const admin = await sessionFor(await tokenFor('admin'))
    await post(page(surveyId), waveFields('Einmal', 'open', '2026-09-01'), cookie(admin))
    const [only] = await listWaves(env.DB, surveyId)
    await post(page(surveyId, `waves/${only.id}/close`), [['confirm', 'yes']], cookie(admin))
    await cronRun('2026-12-01T05:00:00Z')
    expect(await listWaves(env.DB, surveyId)).toHaveLength(1)
  })
})
