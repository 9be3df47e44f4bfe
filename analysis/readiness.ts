import { questionsOf, type FormDefinition } from '../forms/schema.ts'
import type { DisclosureConfig } from './disclosure.ts'
import type { ResponseAnswers, WaveInput } from './findings.ts'
import { round, summarize } from './stats.ts'
import { suppressSmallCell, type Shown } from './suppression.ts'

export interface DimensionStats {
  /** Respondents with at least one numeric answer in the dimension. */
  n: number
  mean: number
  sd: number
  ci95: [number, number]
  shareAgreeing: number
  change?: Shown<{ mean: number; shareAgreeing: number }>
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
    change?: Shown<{ value: number }>
  }>
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
const toIndex = (likert: number) => ((likert - 1) / 4) * 100

/** Each respondent's mean over the given Likert questions, leaving out those with none. */
function respondentScores(responses: ResponseAnswers[], questionIds: string[]): number[] {
  return responses
    .map((r) => questionIds.map((id) => r[id]).filter((v): v is number => typeof v === 'number'))
    .filter((xs) => xs.length > 0)
    .map(mean)
}

function dimensionStats(scores: number[]): DimensionStats {
  const s = summarize(scores)
  return {
    n: s.n,
    mean: round(s.mean),
    sd: round(s.sd),
    ci95: [round(s.ci95[0]), round(s.ci95[1])],
    shareAgreeing: round(scores.filter((x) => x >= 4).length / scores.length, 3),
  }
}

/** Readiness per dimension and overall, with change against the previous wave, k-suppressed. */
export function computeReadiness(
  form: FormDefinition,
  wave: WaveInput,
  previous: WaveInput | null,
  config: DisclosureConfig
): Readiness {
  const k = config.minGroupSize
  const byDimension = new Map<string, string[]>()
  for (const q of questionsOf(form))
    if (q.kind === 'likert' && q.dimension)
      byDimension.set(q.dimension, [...(byDimension.get(q.dimension) ?? []), q.id])

  const dimensions = [...byDimension].map(([dimension, ids]): DimensionFinding => {
    const scores = respondentScores(wave.responses, ids)
    const result = suppressSmallCell(scores.length, k, () => dimensionStats(scores))
    if (result.shown && previous) {
      const before = respondentScores(previous.responses, ids)
      result.value.change = suppressSmallCell(before.length, k, () => {
        const b = dimensionStats(before)
        return {
          mean: round(result.value.mean - b.mean, 3),
          shareAgreeing: round(result.value.shareAgreeing - b.shareAgreeing, 3),
        }
      })
    }
    return { dimension, questions: ids, result }
  })

  const allIds = [...byDimension.values()].flat()
  const indexScores = respondentScores(wave.responses, allIds).map(toIndex)
  const index = suppressSmallCell(indexScores.length, k, () => {
    const s = summarize(indexScores)
    const before = previous ? respondentScores(previous.responses, allIds).map(toIndex) : []
    return {
      n: s.n,
      value: round(s.mean, 1),
      ci95: [round(s.ci95[0], 1), round(s.ci95[1], 1)] as [number, number],
      ...(previous
        ? {
            change: suppressSmallCell(before.length, k, () => ({
              value: round(s.mean - mean(before), 1),
            })),
          }
        : {}),
    }
  })
  return { dimensions, index }
}
