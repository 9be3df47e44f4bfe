import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import * as responses from '../../worker/api/responses.ts'
import { api, tokenFor } from './api-helpers.ts'
import {
  closeAndFlush,
  installPulseCopy,
  invite,
  K,
  post,
  storeAnswerSets,
  validPulse,
} from './helpers.ts'

type Survey = Awaited<ReturnType<typeof installPulseCopy>>

const answer = storeAnswerSets

const trustOnly = (values: number[]) =>
  values.map((trust) => ({
    trust,
    transparency: 3,
    continuity: 3,
    resources: 3,
    helped: `Text ${trust}`,
  }))

async function findings(survey: Survey, query = '') {
  const res = await api(`/surveys/${survey.surveyId}/findings${query}`, {
    token: await tokenFor('researcher'),
  })
  expect(res.status).toBe(200)
  return responses.findings.parse(await res.json())
}

describe('findings', () => {
  it('show only "fewer than 5" for a wave with 4 responses, in JSON and CSV', async () => {
    const survey = await installPulseCopy('find-four', 'invitations')
    await answer(survey, trustOnly([1, 5, 5, 5]))
    const view = await findings(survey)
    if (view.hidden) throw new Error('not hidden')
    const body = view.findings
    expect(body.responses).toEqual({ shown: false, note: { reason: 'fewer-than-k', k: 5 } })
    for (const q of body.questions)
      expect(q.result).toEqual({ shown: false, note: { reason: 'fewer-than-k', k: 5 } })
    for (const d of body.readiness.dimensions)
      expect(d.result).toEqual({ shown: false, note: { reason: 'fewer-than-k', k: 5 } })
    expect(body.readiness.index).toEqual({ shown: false, note: { reason: 'fewer-than-k', k: 5 } })
    const csv = await (
      await api(`/surveys/${survey.surveyId}/findings?format=csv`, {
        token: await tokenFor('researcher'),
      })
    ).text()
    const rows = csv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((r) => r.split(';'))
    expect(rows.length).toBeGreaterThan(6)
    for (const row of rows) {
      expect(row.at(-1)).toBe('weniger als 5')
      // n up to the change in share: every number of the row is empty.
      expect(row.slice(3, 11)).toEqual(Array(8).fill(''))
    }
  })

  it('compute n, mean, sd, confidence interval, distribution and share agreeing', async () => {
    const survey = await installPulseCopy('find-stats', 'invitations')
    await answer(survey, trustOnly([1, 2, 4, 4, 5, 5]))
    const view = await findings(survey)
    if (view.hidden) throw new Error('hidden')
    const trust = view.findings.questions.find((q) => q.id === 'trust')!.result
    if (!trust.shown) throw new Error('suppressed')
    // mean 21/6 = 3.5; squared deviations 13.5, variance 13.5/5 = 2.7, sd 1.643;
    // t(5) = 2.571, half-width 2.571 × 1.643 / √6 = 1.725
    expect(trust.value).toMatchObject({
      n: 6,
      mean: 3.5,
      sd: 1.64,
      ci95: [1.78, 5.22],
      shareAgreeing: 0.667,
    })
    expect(trust.value.distribution!.map((o) => o.count)).toEqual([1, 1, 0, 2, 2, 0])
    const helped = view.findings.questions.find((q) => q.id === 'helped')!.result
    expect(helped).toEqual({ shown: true, value: { n: 6 } })
    const dimension = view.findings.readiness.dimensions.find(
      (d) => d.dimension === 'trust'
    )!.result
    expect(dimension.shown && dimension.value.mean).toBe(3.5)
    // Index: each respondent's mean of (trust, 3, 3, 3) on 0–100: 37.5, 43.75, 56.25, 56.25,
    // 62.5, 62.5; averaged 53.125
    expect(view.findings.readiness.index).toMatchObject({
      shown: true,
      value: { n: 6, value: 53.1 },
    })
  })

  it('renew a view only once 5 more responses came in, so two views never isolate a few', async () => {
    const survey = await installPulseCopy('find-differencing', 'invitations')
    await answer(survey, trustOnly([3, 3, 3, 3, 3]))
    const first = await findings(survey)
    await answer(survey, trustOnly([1, 1, 1, 1]))
    const second = await findings(survey)
    expect(second).toEqual(first)
    expect(!second.hidden && second.renewsAfter).toBe(10)
    await answer(survey, trustOnly([1]))
    const third = await findings(survey)
    if (third.hidden || !third.findings.responses.shown) throw new Error('not shown')
    expect(third.findings.responses.value).toBe(10)
  })

  it('hide an open wave until it closes when the survey asks for it', async () => {
    const survey = await installPulseCopy('find-hidden', 'invitations')
    await env.DB.prepare('UPDATE surveys SET hide_open_counts = 1 WHERE id = ?1')
      .bind(survey.surveyId)
      .run()
    await answer(survey, trustOnly([4, 4, 4, 4, 4, 4]))
    for (const token of await invite(survey, 'BMI', K)) await post(`/i/${token}`, validPulse)
    expect(await findings(survey)).toMatchObject({ hidden: true })
    const part = await (
      await api(`/surveys/${survey.surveyId}/participation`, {
        token: await tokenFor('researcher'),
      })
    ).json()
    expect(responses.participation.parse(part).ministries).toEqual([
      { ministry: 'BMI', invited: K, completed: null },
    ])
    await closeAndFlush(survey)
    expect(await findings(survey)).toMatchObject({
      hidden: false,
      findings: { responses: { shown: true, value: 6 + K } },
    })
  })

  it('state the change against the previous wave', async () => {
    const survey = await installPulseCopy('find-change', 'invitations')
    await answer(survey, trustOnly([2, 2, 2, 2, 2]))
    await env.DB.prepare("UPDATE waves SET status = 'closed' WHERE id = ?1")
      .bind(survey.waveId)
      .run()
    const next = { ...survey, waveId: `${survey.waveId}-2` }
    await env.DB.prepare(
      "INSERT INTO waves (id, survey_id, label, status, seq) VALUES (?1, ?2, 'B', 'open', 2)"
    )
      .bind(next.waveId, survey.surveyId)
      .run()
    await answer(next, trustOnly([4, 4, 4, 4, 5]))
    const view = await findings(next)
    if (view.hidden) throw new Error('hidden')
    expect(view.findings.previousWave).toEqual({ id: survey.waveId, label: 'Demo' })
    const trust = view.findings.questions.find((q) => q.id === 'trust')!.result
    expect(trust.shown && trust.value.change).toEqual({
      shown: true,
      // Welch: sd 0 against 0.447 (n 5), t = 2.2 / 0.2 = 11 with df 4, p = 0.0004.
      value: { mean: 2.2, shareAgreeing: 1, significant: true },
    })
  })

  it('count participation per ministry, never content by ministry', async () => {
    const survey = await installPulseCopy('find-participation', 'invitations')
    const bmi = await invite(survey, 'BMI', K + 1)
    await invite(survey, 'AA', 2)
    const participation = async () =>
      responses.participation.parse(
        await (
          await api(`/surveys/${survey.surveyId}/participation`, {
            token: await tokenFor('researcher'),
          })
        ).json()
      )
    for (const token of bmi.slice(0, K)) await post(`/i/${token}`, validPulse)
    // Pooled submits count nowhere until a flush moves at least k of them together.
    expect((await participation()).totals).toEqual({
      invited: K + 3,
      ministriesAnswered: 0,
      responses: 0,
    })
    await closeAndFlush(survey)
    const body = await participation()
    expect(body.ministries).toEqual([
      { ministry: 'AA', invited: 2, completed: 0 },
      { ministry: 'BMI', invited: K + 1, completed: K },
    ])
    expect(body.totals).toEqual({ invited: K + 3, ministriesAnswered: 1, responses: K })
    expect(JSON.stringify(body)).not.toMatch(/trust|Vertrauen|helped/)
  })
})
