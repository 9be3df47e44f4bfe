import type { AnswerValue } from '../forms/kinds/types.ts'
import { questionsOf, type FormDefinition, type Localized, type Question } from '../forms/schema.ts'
import type { DisclosureConfig } from './disclosure.ts'
import { round, summarizeScores } from './stats.ts'
import { previousWaveNote, suppressSmallCell, type Shown } from './suppression.ts'
import type { AnswerTally, QuestionTally } from './tally/answers.ts'

/** One response's answers, keyed by question id; nothing else about it is known. */
export type ResponseAnswers = Record<string, AnswerValue>

export interface WaveInput {
  id: string
  label: string
  responses: ResponseAnswers[]
}

export interface OptionCount {
  value: string
  label: Localized
  count: number
}

export interface QuestionStats {
  n: number
  distribution?: OptionCount[]
  mean?: number
  sd?: number
  ci95?: [number, number]
  /** Share of numeric answers at 4 or 5 on a 1–5 scale. */
  shareAgreeing?: number
  /** `significant`: by Welch's t-test of the means, Holm-corrected (release-change.ts). */
  change?: Shown<{ mean?: number; shareAgreeing?: number; significant?: boolean }>
}

export interface QuestionFinding {
  id: string
  kind: Question['kind']
  label: Localized
  dimension?: string
  side?: 'enabler' | 'barrier'
  result: Shown<QuestionStats>
}

export interface Findings {
  wave: { id: string; label: string }
  previousWave: { id: string; label: string } | null
  thresholds: DisclosureConfig
  responses: Shown<number>
  questions: QuestionFinding[]
}

/** The options of a choice question in the order the form shows them. */
function optionsOf(q: Question): { value: string; label: Localized }[] {
  if (q.kind === 'single' || q.kind === 'multiple') return q.options
  if (q.kind === 'scale')
    return Array.from({ length: 11 }, (_, i) => ({
      value: String(i),
      label: { de: String(i), en: String(i) },
    }))
  if (q.kind === 'likert')
    return [
      ...['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: { de: v, en: v } })),
      ...(q.allowNoAnswer
        ? [{ value: 'none', label: { de: 'keine Angabe', en: 'prefer not to say' } }]
        : []),
    ]
  return []
}

function statsOf(q: Question, tally: QuestionTally): QuestionStats {
  const stats: QuestionStats = { n: tally.n }
  const options = optionsOf(q)
  if (options.length)
    stats.distribution = options.map((o) => ({ ...o, count: tally.counts[o.value] ?? 0 }))
  const { summary: s, agreeing } = summarizeScores(tally.numbers)
  if ((q.kind === 'likert' || q.kind === 'scale') && s.n > 0) {
    Object.assign(stats, {
      mean: round(s.mean),
      sd: round(s.sd),
      ci95: [round(s.ci95[0]), round(s.ci95[1])],
    })
    if (q.kind === 'likert') stats.shareAgreeing = round(agreeing, 3)
  }
  return stats
}

/** A wave as its tally: what findings are computed from, whether new or brought up to date. */
export interface TalliedWave {
  id: string
  label: string
  answers: AnswerTally
}

/** The difference to the previous wave, only where both waves may be shown. */
function changeOf(
  now: QuestionStats,
  before: Shown<QuestionStats>,
  k: number
): Shown<{ mean?: number; shareAgreeing?: number }> {
  if (!before.shown) return { shown: false, note: previousWaveNote(before.note) }
  const delta = (a?: number, b?: number) =>
    a === undefined || b === undefined ? undefined : round(a - b, 3)
  return suppressSmallCell(Math.min(now.n, before.value.n), k, () => ({
    mean: delta(now.mean, before.value.mean),
    shareAgreeing: delta(now.shareAgreeing, before.value.shareAgreeing),
  }))
}

/**
 * Aggregates one wave of a survey, every figure passing the disclosure control: a question's
 * figures are shown only for at least `k` answers, its change only where both waves qualify.
 */
export function computeFindings(
  form: FormDefinition,
  wave: TalliedWave,
  previous: TalliedWave | null,
  config: DisclosureConfig
): Findings {
  const k = config.minGroupSize
  const resultOf = (q: Question, w: TalliedWave) => {
    const tally = w.answers.questions[q.id] ?? { n: 0, counts: {}, numbers: {} }
    return suppressSmallCell(tally.n, k, () => statsOf(q, tally))
  }
  const questions = questionsOf(form).map((q): QuestionFinding => {
    const result = resultOf(q, wave)
    if (result.shown && previous && (q.kind === 'likert' || q.kind === 'scale'))
      result.value.change = changeOf(result.value, resultOf(q, previous), k)
    return {
      id: q.id,
      kind: q.kind,
      label: q.label,
      ...(q.kind === 'likert' && q.dimension ? { dimension: q.dimension } : {}),
      ...((q.kind === 'short_text' || q.kind === 'long_text') && q.side ? { side: q.side } : {}),
      result,
    }
  })
  const n = wave.answers.responses
  return {
    wave: { id: wave.id, label: wave.label },
    previousWave: previous ? { id: previous.id, label: previous.label } : null,
    thresholds: config,
    responses: suppressSmallCell(n, k, () => n),
    questions,
  }
}
