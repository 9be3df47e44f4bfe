import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import demoPuls from '../../forms/shipped/demo-puls.v1.json'
import * as responses from '../../worker/api/responses.ts'
import { createApiToken } from '../../worker/tokens.ts'
import { accessJwt, api, tokenFor } from './api-helpers.ts'
import { installPulseCopy } from './helpers.ts'

// Whoever can create invitations could pad a running wave with answers of their own; every
// creation is recorded and shown to every researcher.

const today = () => new Date().toISOString().slice(0, 10)

async function surveyWithWave(admin: string, slug: string, wave: object = {}) {
  const created = await api('/surveys', {
    token: admin,
    json: { definition: { ...demoPuls, slug, version: undefined } },
  })
  const { survey } = responses.surveyCreated.parse(await created.json())
  const opened = await api(`/surveys/${survey.id}/waves`, {
    token: admin,
    json: { label: 'Frühjahr', ...wave },
  })
  return { surveyId: survey.id, wave: responses.waveOne.parse(await opened.json()).wave }
}

const log = async (surveyId: string, token: string) => {
  const res = await api(`/surveys/${surveyId}/invitation-log`, { token })
  expect(res.status).toBe(200)
  return responses.invitationLog.parse(await res.json()).additions
}

describe('the invitation log', () => {
  it('records who created how many invitations of which ministry on which day, for researchers', async () => {
    const admin = await createApiToken(
      env.DB,
      { label: 'Einladungsskript', role: 'admin' },
      '2026-11-25'
    )
    const { surveyId, wave } = await surveyWithWave(admin.token, 'log-who', {
      opensOn: '2999-01-01',
    })
    const create = (json: object, init: { token?: string; headers?: Record<string, string> }) =>
      api(`/surveys/${surveyId}/invitations`, { ...init, json })
    const both = {
      invitations: [
        { ministry: 'BMI', count: 3 },
        { ministry: 'aa', count: 2 },
      ],
    }
    expect((await create(both, { token: admin.token })).status).toBe(201)
    expect((await create({ ministry: 'BMI', count: 4 }, { token: admin.token })).status).toBe(201)
    const viaAccess = { 'cf-access-jwt-assertion': await accessJwt() }
    expect((await create({ ministry: 'BMF', count: 1 }, { headers: viaAccess })).status).toBe(201)
    const byToken = `Einladungsskript (token:${admin.id})`
    const ref = { id: wave.id, label: 'Frühjahr' }
    const line = { wave: ref, createdOn: today(), beforeOpening: true }
    expect(await log(surveyId, await tokenFor('researcher'))).toEqual([
      { ...line, ministry: 'AA', count: 2, createdBy: byToken },
      { ...line, ministry: 'BMF', count: 1, createdBy: 'admin@lernraum.example' },
      { ...line, ministry: 'BMI', count: 7, createdBy: byToken },
    ])
  })

  it('marks invitations created once the wave had opened', async () => {
    const admin = await tokenFor('admin')
    const { surveyId } = await surveyWithWave(admin, 'log-late')
    await api(`/surveys/${surveyId}/invitations`, {
      token: admin,
      json: { ministry: 'BMI', count: 1 },
    })
    const [line] = await log(surveyId, admin)
    expect(line).toMatchObject({ ministry: 'BMI', count: 1, beforeOpening: false })
  })

  it('refuses invitations for an open-link wave with 409 and logs nothing', async () => {
    const admin = await tokenFor('admin')
    const { surveyId } = await surveyWithWave(admin, 'log-open', { mode: 'open' })
    const res = await api(`/surveys/${surveyId}/invitations`, {
      token: admin,
      json: { ministry: 'BMI', count: 1 },
    })
    expect(res.status).toBe(409)
    expect(await log(surveyId, admin)).toEqual([])
    const invitations = await env.DB.prepare(
      'SELECT COUNT(*) AS n FROM invitations WHERE survey_id = ?1'
    )
      .bind(surveyId)
      .first<number>('n')
    expect(invitations).toBe(0)
  })

  it('is not shown without a researcher role, and answers 404 for an unknown survey', async () => {
    const { surveyId } = await installPulseCopy('log-guarded')
    expect((await api(`/surveys/${surveyId}/invitation-log`)).status).toBe(401)
    const researcher = await tokenFor('researcher')
    expect((await api('/surveys/nope/invitation-log', { token: researcher })).status).toBe(404)
  })
})
