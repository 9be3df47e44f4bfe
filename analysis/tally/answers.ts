import type { AnswerValue } from '../../forms/kinds/types.ts'
import { questionsOf, type FormDefinition, type Question } from '../../forms/schema.ts'
import type { ResponseAnswers } from '../findings.ts'

/**
 * Sums over a set of respondents' scores, where a score is the mean of `c` whole answers:
 * per `c`, how many respondents, the sum and the sum of squares of their answer totals, and
 * how many agree (mean at 4 or above). Whole numbers only, so adding two tallies gives
 * exactly the tally of both sets whatever the order.
 */
export type ScoreTally = Record<string, [n: number, sum: number, sumSq: number, agree: number]>

/** One question's answers: how many, and per shown value how often (choice kinds only). */
/** How many respondents a score tally holds. */
export const sizeOfScores = (tally: ScoreTally) => Object.values(tally).reduce((a, [n]) => a + n, 0)

export interface QuestionTally {
  n: number
  counts: Record<string, number>
  numbers: ScoreTally
}

/** What the findings and readiness of a wave need, as sums only: no row per response. */
export interface AnswerTally {
  responses: number
  questions: Record<string, QuestionTally>
  dimensions: Record<string, ScoreTally>
  index: ScoreTally
}

const LIKERT_AGREE = 4

/** The Likert questions of each readiness dimension, in form order. */
export function dimensionsOf(form: FormDefinition): Map<string, string[]> {
  const byDimension = new Map<string, string[]>()
  for (const q of questionsOf(form))
    if (q.kind === 'likert' && q.dimension)
      byDimension.set(q.dimension, [...(byDimension.get(q.dimension) ?? []), q.id])
  return byDimension
}

export function emptyAnswerTally(): AnswerTally {
  return { responses: 0, questions: {}, dimensions: {}, index: {} }
}

function addScore(tally: ScoreTally, total: number, c: number) {
  const cell = (tally[c] ??= [0, 0, 0, 0])
  cell[0] += 1
  cell[1] += total
  cell[2] += total * total
  if (total >= LIKERT_AGREE * c) cell[3] += 1
}

const choiceKind = (q: Question) =>
  q.kind === 'single' || q.kind === 'multiple' || q.kind === 'likert' || q.kind === 'scale'

function addAnswer(tally: QuestionTally, q: Question, value: AnswerValue) {
  tally.n += 1
  // Only choices are counted by value: a text answer must never end up in a tally.
  if (!choiceKind(q)) return
  for (const v of Array.isArray(value) ? value : [String(value)])
    tally.counts[v] = (tally.counts[v] ?? 0) + 1
  if (typeof value === 'number') addScore(tally.numbers, value, 1)
}

/** Adds each respondent's answers and scores to `tally`; the order of `responses` is irrelevant. */
export function addAnswers(
  tally: AnswerTally,
  form: FormDefinition,
  responses: ResponseAnswers[]
): AnswerTally {
  const questions = questionsOf(form)
  const dimensions = [...dimensionsOf(form)]
  const allIds = dimensions.flatMap(([, ids]) => ids)
  const score = (r: ResponseAnswers, ids: string[], into: ScoreTally) => {
    let total = 0
    let c = 0
    for (const id of ids)
      if (typeof r[id] === 'number') {
        total += r[id]
        c++
      }
    if (c > 0) addScore(into, total, c)
  }
  for (const r of responses) {
    tally.responses += 1
    for (const q of questions) {
      const value = r[q.id]
      if (value === undefined) continue
      addAnswer((tally.questions[q.id] ??= { n: 0, counts: {}, numbers: {} }), q, value)
    }
    for (const [dimension, ids] of dimensions) score(r, ids, (tally.dimensions[dimension] ??= {}))
    score(r, allIds, tally.index)
  }
  return tally
}
