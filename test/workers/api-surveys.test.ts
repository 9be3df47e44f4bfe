import { env } from 'cloudflare:test'
import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import demoPuls from '../../forms/shipped/demo-puls.v1.json'
import * as responses from '../../worker/api/responses.ts'
import { api, tokenFor } from './api-helpers.ts'
import { closeAndFlush, K, openForm, post, request, validPulse } from './helpers.ts'

const definition = (slug: string) => ({ ...demoPuls, slug, version: undefined })

async function createSurvey(admin: string, slug: string, extra: object = {}) {
  const res = await api('/surveys', {
    token: admin,
    json: { definition: definition(slug), ...extra },
  })
  expect(res.status).toBe(201)
  return responses.surveyCreated.parse(await res.json()).survey
}

describe('survey administration', () => {
  it('creates a survey whose link serves the form once an open-link wave is open', async () => {
    const admin = await tokenFor('admin')
    const survey = await createSurvey(admin, 'admin-create')
    expect((await request('/s/admin-create')).status).toBe(410)
    const wave = await api(`/surveys/${survey.id}/waves`, {
      token: admin,
      json: { label: 'Welle 1', opensOn: '2026-11-01', mode: 'open' },
    })
    expect(wave.status).toBe(201)
    expect(responses.waveOne.parse(await wave.json()).wave).toMatchObject({
      label: 'Welle 1',
      status: 'open',
      mode: 'open',
      seq: 1,
    })
    expect((await request('/s/admin-create')).status).toBe(200)
  })

  it('refuses an invalid definition naming each bad field', async () => {
    const admin = await tokenFor('admin')
    const bad = { ...definition('admin-bad'), title: { de: 'nur deutsch' } }
    const res = await api('/surveys', { token: admin, json: { definition: bad } })
    expect(res.status).toBe(400)
    const body = await res.json<{ error: { fields: { path: string }[] } }>()
    expect(body.error.fields.map((f) => f.path)).toContain('definition.title.en')
  })

  it('refuses a taken slug with 409 and a body that is not JSON with 400', async () => {
    const admin = await tokenFor('admin')
    await createSurvey(admin, 'admin-taken')
    expect(
      (await api('/surveys', { token: admin, json: { definition: definition('admin-taken') } }))
        .status
    ).toBe(409)
    const res = await api('/surveys', {
      token: admin,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    })
    expect(res.status).toBe(400)
  })

  it('keeps one wave open at a time, and a closed wave refuses submits', async () => {
    const admin = await tokenFor('admin')
    const survey = await createSurvey(admin, 'admin-waves')
    const first = responses.waveOne.parse(
      await (
        await api(`/surveys/${survey.id}/waves`, { token: admin, json: { label: 'A' } })
      ).json()
    ).wave
    expect(
      (await api(`/surveys/${survey.id}/waves`, { token: admin, json: { label: 'B' } })).status
    ).toBe(409)
    const closed = await api(`/surveys/${survey.id}/waves/${first.id}`, {
      token: admin,
      method: 'PATCH',
      json: { status: 'closed' },
    })
    expect(closed.status).toBe(200)
    expect((await request('/s/admin-waves')).status).toBe(410)
    const second = await api(`/surveys/${survey.id}/waves`, { token: admin, json: { label: 'B' } })
    expect(responses.waveOne.parse(await second.json()).wave.seq).toBe(2)
  })

  it('stores an edited definition as a new version that applies from the next wave', async () => {
    const admin = await tokenFor('admin')
    const survey = await createSurvey(admin, 'admin-version')
    const open = async (label: string) => {
      const opened = await api(`/surveys/${survey.id}/waves`, {
        token: admin,
        json: { label, mode: 'open' },
      })
      return responses.waveOne.parse(await opened.json()).wave
    }
    const submitK = async () => {
      for (let i = 0; i < K; i++)
        await post('/s/admin-version', [
          ['_nonce', await openForm('/s/admin-version')],
          ...validPulse,
        ])
    }
    const first = await open('A')
    await submitK()
    const edited = { ...definition('admin-version'), title: { de: 'Neu', en: 'New' } }
    const res = await api(`/surveys/${survey.id}/definition`, {
      token: admin,
      method: 'PUT',
      json: { definition: edited },
    })
    expect((await res.json<{ survey: { version: number } }>()).survey.version).toBe(2)
    // The open wave keeps answering the version it opened with: its pool holds one form.
    expect(await (await request('/s/admin-version')).text()).not.toContain('<h1>Neu</h1>')
    await submitK()
    await closeAndFlush({ surveyId: survey.id, waveId: first.id })
    const second = await open('B')
    expect(await (await request('/s/admin-version')).text()).toContain('<h1>Neu</h1>')
    await submitK()
    await closeAndFlush({ surveyId: survey.id, waveId: second.id })
    const versions = await env.DB.prepare(
      `SELECT wave_id, form_version, COUNT(*) AS n FROM responses WHERE survey_id = ?1
       GROUP BY wave_id, form_version ORDER BY form_version`
    )
      .bind(survey.id)
      .all()
    expect(versions.results).toEqual([
      { wave_id: first.id, form_version: 1, n: 2 * K },
      { wave_id: second.id, form_version: 2, n: K },
    ])
  })
})

describe('invitations', () => {
  it('are created per ministry for the open wave and returned once', async () => {
    const admin = await tokenFor('admin')
    const survey = await createSurvey(admin, 'admin-invite')
    await api(`/surveys/${survey.id}/waves`, { token: admin, json: { label: 'A' } })
    const res = await api(`/surveys/${survey.id}/invitations`, {
      token: admin,
      json: {
        invitations: [
          { ministry: 'BMI', count: 2 },
          { ministry: 'Auswärtiges Amt', count: 1 },
          { ministry: 'bmg', count: 1 },
        ],
      },
    })
    expect(res.status).toBe(201)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const body = responses.invitationsCreated.parse(await res.json())
    expect(body.invitations.map((i) => [i.ministry, i.links.length])).toEqual([
      ['BMI', 2],
      ['AA', 1],
      ['BMG', 1],
    ])
    const path = new URL(body.invitations[0].links[0]).pathname
    expect((await request(path)).status).toBe(200)
    const stored = await env.DB.prepare('SELECT * FROM invitations WHERE survey_id = ?1')
      .bind(survey.id)
      .all()
    expect(JSON.stringify(stored.results)).not.toContain(path.slice(3))
  })

  it('link to PUBLIC_ORIGIN whatever Host the request names', async () => {
    const admin = await tokenFor('admin')
    const survey = await createSurvey(admin, 'admin-invite-host')
    await api(`/surveys/${survey.id}/waves`, { token: admin, json: { label: 'A' } })
    // As Cloudflare passes it on: the request URL carries the Host the client sent.
    const res = await exports.default.fetch(
      `http://evil.example/api/surveys/${survey.id}/invitations`,
      {
        method: 'POST',
        headers: {
          host: 'evil.example',
          authorization: `Bearer ${admin}`,
          'content-type': 'application/json',
          'cf-connecting-ip': '10.9.9.9',
        },
        body: JSON.stringify({ ministry: 'BMI', count: 2 }),
      }
    )
    expect(res.status).toBe(201)
    const links = responses.invitationsCreated.parse(await res.json()).invitations[0].links
    expect(links).toHaveLength(2)
    for (const link of links) expect(new URL(link).origin).toBe(env.PUBLIC_ORIGIN)
  })

  it('come as CSV to hand on by mail', async () => {
    const admin = await tokenFor('admin')
    const survey = await createSurvey(admin, 'admin-invite-csv')
    await api(`/surveys/${survey.id}/waves`, { token: admin, json: { label: 'A' } })
    const res = await api(`/surveys/${survey.id}/invitations`, {
      token: admin,
      json: { ministry: 'BMF', count: 3 },
      headers: { accept: 'text/csv' },
    })
    const bytes = new Uint8Array(await res.arrayBuffer())
    // The byte-order mark makes Excel read UTF-8; Response.text() would drop it unseen.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const csv = new TextDecoder().decode(bytes)
    expect(res.headers.get('content-type')).toContain('text/csv')
    expect(csv.startsWith('ministry;link\r\n')).toBe(true)
    expect(csv.trim().split('\r\n')).toHaveLength(4)
  })

  it('refuse a ministry that is not on the list', async () => {
    const admin = await tokenFor('admin')
    const survey = await createSurvey(admin, 'admin-invite-unknown')
    await api(`/surveys/${survey.id}/waves`, { token: admin, json: { label: 'A' } })
    const res = await api(`/surveys/${survey.id}/invitations`, {
      token: admin,
      json: { ministry: 'Ministerium für Magie', count: 1 },
    })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('Ministerium für Magie')
  })
})
