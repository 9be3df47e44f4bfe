import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import defaultCodebook from '../../worker/assets/codebooks/default.v1.json'
import { runReports } from '../../worker/reports/run.ts'
import { api, coffeeCodebook, tokenFor } from './api-helpers.ts'
import { installPulseCopy, storeAnswerSets } from './helpers.ts'

const own = coffeeCodebook('imag-2026-1')

describe('a researcher codebook', () => {
  it('codes the survey from the next report on, and the report names it', async () => {
    const survey = await installPulseCopy('codebook-own', 'invitations')
    const admin = await tokenFor('admin')
    const res = await api(`/surveys/${survey.surveyId}/codebook`, {
      token: admin,
      method: 'PUT',
      json: { codebook: own },
    })
    expect(res.status).toBe(200)
    await storeAnswerSets(survey, Array(5).fill({ trust: 3, helped: 'Kaffee und Vertrauen' }))
    const run = await runReports(env, new Date('2026-11-23T06:00:00Z'), {
      only: 'codebook-own',
      send: false,
    })
    const model = await env.DB.prepare('SELECT codebook_version, model FROM reports WHERE id = ?1')
      .bind(run.reportIds[0])
      .first<{ codebook_version: string; model: string }>()
    expect(model!.codebook_version).toBe('imag-2026-1')
    const report = JSON.parse(model!.model)
    expect(report.themes.enablers.map((t: { id: string }) => t.id)).toEqual(['coffee'])
    expect(report.themes.enablers[0].result).toMatchObject({
      shown: true,
      value: { mentions: 5, share: 1 },
    })
  })

  it('refuses an invalid codebook naming the field, and a changed or shipped version', async () => {
    const survey = await installPulseCopy('codebook-bad', 'invitations')
    const admin = await tokenFor('admin')
    const bad = await api(`/surveys/${survey.surveyId}/codebook`, {
      token: admin,
      method: 'PUT',
      json: { codebook: { ...own, themes: [{ ...own.themes[0], side: 'neutral' }] } },
    })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(await bad.json())).toContain('codebook.themes.0.side')
    await api(`/surveys/${survey.surveyId}/codebook`, {
      token: admin,
      method: 'PUT',
      json: { codebook: { ...own, version: 'v-fixed' } },
    })
    const changed = { ...own, version: 'v-fixed', themes: [{ ...own.themes[0], id: 'tea' }] }
    expect(
      (
        await api(`/surveys/${survey.surveyId}/codebook`, {
          token: admin,
          method: 'PUT',
          json: { codebook: changed },
        })
      ).status
    ).toBe(409)
    expect(
      (
        await api(`/surveys/${survey.surveyId}/codebook`, {
          token: admin,
          method: 'PUT',
          json: { codebook: defaultCodebook },
        })
      ).status
    ).toBe(409)
  })
})
