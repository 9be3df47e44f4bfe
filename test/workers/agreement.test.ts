import { describe, expect, it } from 'vitest'
import {
  cohensKappa,
  f1,
  meanOf,
  pooled,
  precision,
  recall,
} from '../../analysis/coding/agreement.ts'
import { compareCodings, type CodedTwice } from '../../analysis/coding/dev-set.ts'
import type { CodedTheme } from '../../analysis/coding/index.ts'

describe('precision, recall and F1', () => {
  // One theme over 10 answers:  coder yes | coder no
  //   human yes                      4    |    2
  //   human no                       1    |    3
  // P = 4/5 = 0.8, R = 4/6, F1 = 2·4 / (2·4 + 1 + 2) = 8/11
  const table = { tp: 4, fp: 1, fn: 2 }

  it('match a hand-computed confusion table', () => {
    expect(precision(table)).toBeCloseTo(0.8, 10)
    expect(recall(table)).toBeCloseTo(4 / 6, 10)
    expect(f1(table)).toBeCloseTo(8 / 11, 10)
  })

  it('are undefined for a label neither coding used, and F1 stays defined beside a null precision', () => {
    expect([precision, recall, f1].map((m) => m({ tp: 0, fp: 0, fn: 0 }))).toEqual([
      null,
      null,
      null,
    ])
    const missedAll = { tp: 0, fp: 0, fn: 3 }
    expect(precision(missedAll)).toBe(null)
    expect(recall(missedAll)).toBe(0)
    expect(f1(missedAll)).toBe(0)
  })

  it('pool counts for micro figures', () => {
    expect(pooled([table, { tp: 1, fp: 1, fn: 0 }])).toEqual({ tp: 5, fp: 2, fn: 2 })
  })
})

describe("Cohen's κ", () => {
  it('matches the hand computation for two categories', () => {
    // The table above, with the 3 answers both left out:
    // pₒ = (4 + 3)/10 = 0.7; human yes 6/10, coder yes 5/10
    // pₑ = 0.6·0.5 + 0.4·0.5 = 0.5; κ = (0.7 − 0.5)/(1 − 0.5) = 0.4
    const pairs = [
      ...Array(4).fill(['yes', 'yes']),
      ...Array(2).fill(['yes', 'no']),
      ...Array(1).fill(['no', 'yes']),
      ...Array(3).fill(['no', 'no']),
    ] as [string, string][]
    expect(cohensKappa(pairs)).toBeCloseTo(0.4, 10)
  })

  it('is 1 for full agreement, −1 for full disagreement on a balanced split, null without variation', () => {
    expect(
      cohensKappa([
        ['a', 'a'],
        ['b', 'b'],
      ])
    ).toBe(1)
    expect(
      cohensKappa([
        ['a', 'b'],
        ['b', 'a'],
      ])
    ).toBe(-1)
    expect(
      cohensKappa([
        ['a', 'a'],
        ['a', 'a'],
      ])
    ).toBe(null)
    expect(cohensKappa([])).toBe(null)
  })

  it('averages only the defined figures', () => {
    expect(meanOf([0.5, null, 1])).toBe(0.75)
    expect(meanOf([null])).toBe(null)
  })
})

describe('comparing two codings of the same answers', () => {
  const pos = (theme: string): CodedTheme => ({ theme, polarity: 'positive' })
  const neg = (theme: string): CodedTheme => ({ theme, polarity: 'negative' })
  // Eight German answers, human first, coder second; C is never coded.
  //   1: A+ B+ | A+ B+      5: –   | –
  //   2: A+    | A+ B+      6: –   | –
  //   3: A+    | A+         7: A+  | A−
  //   4: A−    | A−         8: A−  | –
  const items: CodedTwice[] = [
    [
      [pos('A'), pos('B')],
      [pos('A'), pos('B')],
    ],
    [[pos('A')], [pos('A'), pos('B')]],
    [[pos('A')], [pos('A')]],
    [[neg('A')], [neg('A')]],
    [[], []],
    [[], []],
    [[pos('A')], [neg('A')]],
    [[neg('A')], []],
  ].map(([first, second]) => ({ lang: 'de', first, second }))

  it('counts a theme with the other polarity as a miss and a false find, with κ over three categories', () => {
    const [de] = compareCodings(['A', 'B', 'C'], items)
    const [a, b, c] = de.themes
    // A: tp = answers 1–4 = 4; answer 7 (A+ vs A−) is one fp and one fn; answer 8 one fn.
    expect(a).toMatchObject({ first: 6, second: 5, confusion: { tp: 4, fp: 1, fn: 2 } })
    expect(a.f1).toBeCloseTo(8 / 11, 10)
    // A's categories, human: + 4, − 2, none 2; coder: + 3, − 2, none 3; agreed 6 of 8.
    // pₑ = (4·3 + 2·2 + 2·3)/64 = 22/64; κ = (48/64 − 22/64)/(42/64) = 26/42 = 13/21
    expect(a.kappa).toBeCloseTo(13 / 21, 10)
    // B: tp 1 (answer 1), fp 1 (answer 2). pₒ = 7/8; human yes 1/8, coder yes 2/8;
    // pₑ = (1·2 + 7·6)/64 = 44/64; κ = (56/64 − 44/64)/(20/64) = 12/20 = 0.6
    expect(b).toMatchObject({ confusion: { tp: 1, fp: 1, fn: 0 }, precision: 0.5, recall: 1 })
    expect(b.kappa).toBeCloseTo(0.6, 10)
    expect(c).toMatchObject({ first: 0, second: 0, precision: null, recall: null, kappa: null })
    // Micro: tp 5, fp 2, fn 2 → P = R = F1 = 5/7; mean κ over A and B only.
    expect(de.micro.precision).toBeCloseTo(5 / 7, 10)
    expect(de.micro.recall).toBeCloseTo(5 / 7, 10)
    expect(de.micro.f1).toBeCloseTo(5 / 7, 10)
    expect(de.meanKappa).toBeCloseTo((13 / 21 + 0.6) / 2, 10)
    expect(de.polarityFlips).toBe(1)
    expect(de.answers).toBe(8)
  })

  it('ignoring polarity, answer 7 agrees: κ over present and absent', () => {
    const [de] = compareCodings(['A'], items, { polarity: false })
    // A present, human 6, coder 5, both 5; none both 2. pₒ = 7/8;
    // pₑ = (6·5 + 2·3)/64 = 36/64; κ = (56/64 − 36/64)/(28/64) = 20/28 = 5/7
    expect(de.themes[0].confusion).toEqual({ tp: 5, fp: 0, fn: 1 })
    expect(de.themes[0].kappa).toBeCloseTo(5 / 7, 10)
  })

  it('reports each language present on its own', () => {
    const mixed = [...items, { lang: 'en' as const, first: [pos('A')], second: [] }]
    const result = compareCodings(['A'], mixed)
    expect(result.map((l) => [l.lang, l.answers])).toEqual([
      ['de', 8],
      ['en', 1],
    ])
    // One English answer, human yes, coder no: pₒ = 0 and pₑ = 1·0 + 0·1 = 0, so κ = 0.
    expect(result[1].themes[0]).toMatchObject({ confusion: { tp: 0, fp: 0, fn: 1 }, kappa: 0 })
  })
})
