import { describe, expect, it } from 'vitest'
import { holm, proportionsP, welchP } from '../../analysis/significance.ts'
import { summarize } from '../../analysis/stats.ts'
import * as responses from '../../worker/api/responses.ts'
import { api, tokenFor } from './api-helpers.ts'
import { sessionFor, visit, wavePage } from './dashboard-helpers.ts'
import { installPulseCopy, storeAnswerSets, nextWave } from './helpers.ts'

describe("Welch's t-test", () => {
  it('matches hand computations', () => {
    // [1..5] against [2..6]: means 3 and 4, both sd √2.5, so t = −1/√(0.5 + 0.5) = −1 with
    // df = 8; P(|T₈| ≥ 1) = 0.34659 (R: 2 * pt(-1, 8)).
    expect(welchP(summarize([1, 2, 3, 4, 5]), summarize([2, 3, 4, 5, 6]))).toBeCloseTo(0.346593, 5)
    // Unequal groups: n 10, mean 3.8, sd 0.6 against n 25, mean 3.2, sd 1.1: variances of the
    // means 0.036 and 0.0484, t = 0.6 / √0.0844 = 2.0653, Welch df = 0.0844² / (0.036²/9 +
    // 0.0484²/24) = 29.48; the t density integrated from t outwards gives p = 0.047786.
    expect(welchP({ n: 10, mean: 3.8, sd: 0.6 }, { n: 25, mean: 3.2, sd: 1.1 })).toBeCloseTo(
      0.047786,
      5
    )
    // Large df tends to the normal: t = 1.96 with df ≈ 2000 gives p ≈ 0.0501.
    expect(
      welchP(
        { n: 1001, mean: 1.96, sd: Math.sqrt(500.5) },
        { n: 1001, mean: 0, sd: Math.sqrt(500.5) }
      )
    ).toBeCloseTo(0.0501, 3)
  })

  it('needs two answers per group, and says what identical groups mean', () => {
    expect(welchP({ n: 1, mean: 3, sd: 0 }, { n: 9, mean: 4, sd: 1 })).toBeUndefined()
    expect(welchP({ n: 5, mean: 3, sd: 0 }, { n: 5, mean: 3, sd: 0 })).toBe(1)
    expect(welchP({ n: 5, mean: 4, sd: 0 }, { n: 5, mean: 3, sd: 0 })).toBe(0)
  })
})

describe('the two-proportion z-test', () => {
  it('matches hand computations', () => {
    // 50 % of 100 against 60 % of 100: pooled 0.55, se = √(0.55·0.45·0.02) = 0.070356,
    // z = 1.42134, two-sided p = erfc(z/√2) = 0.155218.
    expect(proportionsP(0.5, 100, 0.6, 100)).toBeCloseTo(0.155218, 5)
    // 10 of 50 against 27 of 60: pooled 37/110, se = 0.090470, z = 2.76334, p = 0.0057213.
    expect(proportionsP(0.2, 50, 0.45, 60)).toBeCloseTo(0.0057213, 6)
  })
})

describe("Holm's correction", () => {
  it('steps down until the first p above its bound', () => {
    // Sorted: 0.01 ≤ 0.05/3 rejects; 0.03 > 0.05/2 stops, so 0.04 is not rejected either.
    expect(holm([0.01, 0.04, 0.03])).toEqual([true, false, false])
    // 0.001 ≤ 0.0125, 0.01 ≤ 0.0167, 0.02 ≤ 0.025, 0.04 ≤ 0.05: all four hold.
    expect(holm([0.04, 0.001, 0.02, 0.01])).toEqual([true, true, true, true])
    // Without correction 0.03 would count; among four tests it does not.
    expect(holm([0.03, 0.5, 0.6, 0.7])).toEqual([false, false, false, false])
    expect(holm([undefined, 0.001])).toEqual([undefined, true])
  })
})

describe('changes against the previous wave', () => {
  it('are marked significant by their test, Holm-corrected, in the API and the dashboard', async () => {
    const survey = await installPulseCopy('significance-waves', 'invitations')
    // Trust moves from 2.33 (sd 0.52) to 4.5 (sd 0.55): t = 7.05 with df 9.97, p ≈ 4e-5, far
    // below any Holm bound of this release. Transparency keeps the same six answers: p = 1.
    const sets = (trust: number[]) =>
      trust.map((t, i) => ({ trust: t, transparency: 3 + (i % 2), continuity: 4, resources: 2 }))
    await storeAnswerSets(survey, sets([2, 2, 3, 2, 3, 2]))
    const second = await nextWave(survey, 'wave-significance-2')
    await storeAnswerSets(second, sets([4, 5, 4, 5, 4, 5]))
    const token = await tokenFor('researcher')
    const res = await api(`/surveys/${survey.surveyId}/findings?wave=${second.waveId}`, { token })
    const view = responses.findings.parse(await res.json())
    if (view.hidden) throw new Error('hidden')
    const changeOf = (id: string) => {
      const r = view.findings.questions.find((q) => q.id === id)!.result
      if (!r.shown || !r.value.change?.shown) throw new Error(`${id}: no change`)
      return r.value.change.value
    }
    expect(changeOf('trust')).toMatchObject({ mean: 2.17, significant: true })
    expect(changeOf('transparency')).toMatchObject({ mean: 0, significant: false })

    const html = await (await visit(wavePage(second), await sessionFor(token))).text()
    expect(html).toContain('+2,17 (signifikant)')
    expect(html).toContain('Welch-t-Test')
  })
})
