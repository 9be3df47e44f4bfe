import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { listInvitationAdditions } from '../../worker/db/invitations.ts'
import { participationByMinistry } from '../../worker/db/participation.ts'
import { createApiToken } from '../../worker/tokens.ts'
import { newPulseSurvey, tokenFor } from './api-helpers.ts'
import { csvRows, records } from './csv-read.ts'
import { COOKIE, sessionFor, visit } from './dashboard-helpers.ts'
import { installPulseCopy, post, request, type Fields } from './helpers.ts'

const cookie = (session: string) => ({ cookie: `${COOKIE}=${session}` })
const page = (surveyId: string) => `/dashboard/surveys/${surveyId}/invitations`

/** Every invitation link in a page or file. */
const linksIn = (text: string) =>
  [...text.matchAll(/https?:\/\/[^\s<";]+\/i\/[\w-]+/g)].map((m) => m[0])

/** The path of an invitation link, to call the Worker with. */
const pathOf = (link: string) => new URL(link).pathname

/** An admin signed in with a token of this label, so the log names who created links. */
async function adminNamed(label: string) {
  const { token } = await createApiToken(env.DB, { label, role: 'admin' }, '2026-11-25')
  return sessionFor(token)
}

const create = (surveyId: string, session: string, fields: Fields, query = '') =>
  post(`${page(surveyId)}${query}`, fields, cookie(session))

// Each test opens every link it created: slow when the two cores are shared.
describe('the invitation links page', { timeout: 30_000 }, () => {
  it('creates links per ministry, shows them once with no-store, and every link opens the form', async () => {
    const survey = await installPulseCopy('inv-show', 'invitations')
    const admin = await adminNamed('Referentin Einladungen')
    const form = await (await visit(page(survey.surveyId), admin)).text()
    expect(form).toContain('BMI – Bundesministerium des Innern')
    expect(form).toMatch(/value="show" checked/)

    const res = await create(survey.surveyId, admin, [
      ['count-BMI', '3'],
      ['count-AA', ' 2 '],
      ['count-BMF', ''],
      ['count-BMG', '0'],
      ['format', 'show'],
    ])
    expect(res.status).toBe(201)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const html = await res.text()
    expect(html).toContain('Sie werden nie wieder angezeigt')
    expect(html).toContain('BMI: 3 Links')
    expect(html).toContain('AA: 2 Links')
    const links = linksIn(html)
    expect(links).toHaveLength(5)
    expect(await participationByMinistry(env.DB, survey.waveId)).toEqual([
      { ministry: 'AA', invited: 2, completed: 0 },
      { ministry: 'BMI', invited: 3, completed: 0 },
    ])
    for (const link of links) {
      const answer = await request(pathOf(link))
      expect(answer.status).toBe(200)
      expect(await answer.text()).toContain(`action="${pathOf(link)}?lang=de"`)
    }

    // Never again: the page and its record show counts, not links.
    const after = await (await visit(page(survey.surveyId), admin)).text()
    expect(linksIn(after)).toEqual([])
    expect(after).toContain('Referentin Einladungen (token:')
  })

  it('hands the links out as a CSV file for a mail merge', async () => {
    const survey = await installPulseCopy('inv-csv', 'invitations')
    const admin = await adminNamed('Serienbrief')
    const res = await create(survey.surveyId, admin, [
      ['count-BMJV', '2'],
      ['count-BMZ', '1'],
      ['format', 'csv'],
    ])
    expect(res.status).toBe(201)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="inv-csv-.+-einladungslinks\.csv"$/
    )
    const rows = records(await res.text())
    expect(rows.map((r) => r.Ressort)).toEqual(['BMJV', 'BMJV', 'BMZ'])
    expect(new Set(rows.map((r) => r.Einladungslink)).size).toBe(3)
    const answer = await request(pathOf(rows[2].Einladungslink))
    expect(answer.status).toBe(200)

    const english = await create(
      survey.surveyId,
      admin,
      [
        ['count-AA', '1'],
        ['format', 'csv'],
      ],
      '?lang=en'
    )
    expect(csvRows(await english.text())[0]).toEqual(['Ministry', 'Invitation link'])
  })

  it('hands the links out as a page to print, one card per link', async () => {
    const survey = await installPulseCopy('inv-print', 'invitations')
    const admin = await adminNamed('Druck')
    const res = await create(survey.surveyId, admin, [
      ['count-BMV', '4'],
      ['format', 'print'],
    ])
    expect(res.status).toBe(201)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const html = await res.text()
    expect(html.match(/class="invitation-card"/g)).toHaveLength(4)
    expect(linksIn(html)).toHaveLength(4)
    expect(html).toContain('Einladung zur Befragung')
  })

  it('shows wrong counts again with 422, each by its field, everything typed kept, nothing created', async () => {
    const survey = await installPulseCopy('inv-invalid', 'invitations')
    const admin = await adminNamed('Vertippt')
    const res = await create(survey.surveyId, admin, [
      ['count-BMI', '2,5'],
      ['count-AA', '-1'],
      ['count-BMF', '501'],
      ['count-BMG', '7'],
      ['format', 'show'],
    ])
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Es gibt ein Problem')
    expect(html).toContain(
      '<a href="#count-BMI">Geben Sie für BMI eine ganze Zahl von 0 bis 500 ein.'
    )
    expect(html).toContain('<a href="#count-AA">')
    expect(html).toContain('<a href="#count-BMF">')
    expect(html).toContain('value="2,5"')
    expect(html).toContain('value="-1"')
    expect(html).toContain('value="501"')
    expect(html).toContain('value="7"')
    expect(linksIn(html)).toEqual([])

    const none = await create(survey.surveyId, admin, [
      ['count-BMI', ''],
      ['format', 'mail'],
    ])
    expect(none.status).toBe(422)
    const again = await none.text()
    expect(again).toContain('Geben Sie für mindestens ein Ressort an')
    expect(again).toContain('<a href="#format">Wählen Sie, wie Sie die Links bekommen wollen.')
    expect(await participationByMinistry(env.DB, survey.waveId)).toEqual([])
    expect(await listInvitationAdditions(env.DB, survey.surveyId)).toEqual([])
  })

  it('records links made before the wave opens apart from late ones, for researchers to read', async () => {
    const surveyId = await newPulseSurvey('inv-timing')
    const admin = await adminNamed('Vorab')
    await post(
      `/dashboard/surveys/${surveyId}/waves`,
      [
        ['label', 'Später'],
        ['mode', 'invitations'],
        ['opensOn', '2999-01-01'],
        ['closesOn', ''],
      ],
      cookie(admin)
    )
    const shown = await (await visit(page(surveyId), admin)).text()
    expect(shown).toContain('Die Runde beginnt am 1. Januar 2999.')
    await create(surveyId, admin, [
      ['count-BMAS', '2'],
      ['format', 'show'],
    ])
    const researcher = await sessionFor(await tokenFor('researcher'))
    const read = await visit(page(surveyId), researcher)
    expect(read.status).toBe(200)
    const html = await read.text()
    expect(html).toContain('Vorab (token:')
    expect(html).toContain('vor dem Beginn')
    expect(html).not.toContain('name="count-BMAS"')
  })

  it('refuses a researcher creating links with 403 and creates nothing', async () => {
    const survey = await installPulseCopy('inv-researcher', 'invitations')
    const researcher = await sessionFor(await tokenFor('researcher'))
    const res = await create(survey.surveyId, researcher, [
      ['count-BMI', '5'],
      ['format', 'show'],
    ])
    expect(res.status).toBe(403)
    expect(linksIn(await res.text())).toEqual([])
    expect(await participationByMinistry(env.DB, survey.waveId)).toEqual([])
  })

  it('refuses links for an open-link wave with 409 and says why', async () => {
    const survey = await installPulseCopy('inv-open-link', 'open')
    const admin = await adminNamed('Offen')
    const res = await create(survey.surveyId, admin, [
      ['count-BMI', '5'],
      ['format', 'show'],
    ])
    expect(res.status).toBe(409)
    expect(await res.text()).toContain('über den offenen Link beantwortet')
    expect(await participationByMinistry(env.DB, survey.waveId)).toEqual([])
  })
})
