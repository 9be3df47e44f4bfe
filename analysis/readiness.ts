import type { FormDefinition } from '../forms/schema.ts'
import type { DisclosureConfig } from './disclosure.ts'
import type { TalliedWave } from './findings.ts'
import { round, summarizeScores } from './stats.ts'
import { suppressSmallCell, type Shown } from './suppression.ts'
import { dimensionsOf, sizeOfScores, type ScoreTally } from './tally/answers.ts'

export interface DimensionStats {
  /** Respondents with at least one numeric answer in the dimension. */
  n: number
  mean: number
  sd: number
  ci95: [number, number]
  shareAgreeing: number
  change?: Shown<{ mean: number; shareAgreeing: number; significant?: boolean }>
}

export interface DimensionFinding {
  dimension: string
  questions: string[]
  result: Shown<DimensionStats>
}

export interface Readiness {
  dimensions: DimensionFinding[]
  /** 0–100: each respondent's mean Likert answer over all dimensions, rescaled, then averaged. */
  index: Shown<{
    n: number
    value: number
    ci95: [number, number]
    change?: Shown<{ value: number; significant?: boolean }>
  }>
}

function dimensionStats(tally: ScoreTally): DimensionStats {
  const { summary: s, agreeing } = summarizeScores(tally)
  return {
    n: s.n,
    mean: round(s.mean),
    sd: round(s.sd),
    ci95: [round(s.ci95[0]), round(s.ci95[1])],
    shareAgreeing: round(agreeing, 3),
  }
}

// The index rescales each respondent's mean Likert answer from 1–5 to 0–100.
const toIndex = (likert: number) => ((likert - 1) / 4) * 100

/** Readiness per dimension and overall, with change against the previous wave, k-suppressed. */
export function computeReadiness(
  form: FormDefinition,
  wave: TalliedWave,
  previous: TalliedWave | null,
  config: DisclosureConfig
): Readiness {
  const k = config.minGroupSize
  const dimensions = [...dimensionsOf(form)].map(([dimension, ids]): DimensionFinding => {
    const scores = wave.answers.dimensions[dimension] ?? {}
    const result = suppressSmallCell(sizeOfScores(scores), k, () => dimensionStats(scores))
    if (result.shown && previous) {
      const before = previous.answers.dimensions[dimension] ?? {}
      result.value.change = suppressSmallCell(sizeOfScores(before), k, () => {
        const b = dimensionStats(before)
        return {
          mean: round(result.value.mean - b.mean, 3),
          shareAgreeing: round(result.value.shareAgreeing - b.shareAgreeing, 3),
        }
      })
    }
    return { dimension, questions: ids, result }
  })

  const index = suppressSmallCell(sizeOfScores(wave.answers.index), k, () => {
    const s = summarizeScores(wave.answers.index).summary
    const before = previous?.answers.index ?? {}
    const beforeMean = toIndex(summarizeScores(before).summary.mean)
    return {
      n: s.n,
      value: round(toIndex(s.mean), 1),
      ci95: [round(toIndex(s.ci95[0]), 1), round(toIndex(s.ci95[1]), 1)] as [number, number],
      ...(previous
        ? {
            change: suppressSmallCell(sizeOfScores(before), k, () => ({
              value: round(toIndex(s.mean) - beforeMean, 1),
            })),
          }
        : {}),
    }
  })
  return { dimensions, index }
}
