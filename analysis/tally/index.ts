import { questionsOf, type FormDefinition } from '../../forms/schema.ts'
import type { CompiledCodebook } from '../coding/index.ts'
import type { ResponseAnswers } from '../findings.ts'
import { addAnswers, emptyAnswerTally, type AnswerTally } from './answers.ts'
import { addTexts, emptyTextTally, type TextAnswer, type TextTally } from './texts.ts'

export { type AnswerTally, type ScoreTally, type QuestionTally } from './answers.ts'
export { QUOTE_POOL, type TextTally } from './texts.ts'

/**
 * Everything a report needs from a wave's responses, as sums and a bounded quote sample:
 * a report is brought up to date by folding in only the responses that came since.
 */
export interface WaveTally {
  answers: AnswerTally
  texts: TextTally
}

export const emptyWaveTally = (): WaveTally => ({
  answers: emptyAnswerTally(),
  texts: emptyTextTally(),
})

/** The answers to the form's free-text questions, with each question's side. */
function textAnswersOf(form: FormDefinition, responses: ResponseAnswers[]): TextAnswer[] {
  const questions = questionsOf(form).flatMap((q) =>
    q.kind === 'short_text' || q.kind === 'long_text' ? [{ id: q.id, side: q.side }] : []
  )
  const texts: TextAnswer[] = []
  for (const r of responses)
    for (const { id, side } of questions) {
      const value = r[id]
      if (value !== undefined) texts.push({ text: String(value), side })
    }
  return texts
}

/**
 * Folds `responses` into `tally` (which it changes and answers): folding A and then B gives
 * the tally of A and B together, the quote sample aside, which is random either way.
 */
export function foldResponses(
  tally: WaveTally,
  form: FormDefinition,
  compiled: CompiledCodebook,
  responses: ResponseAnswers[],
  random: () => number
): WaveTally {
  addAnswers(tally.answers, form, responses)
  addTexts(tally.texts, compiled, textAnswersOf(form, responses), random)
  return tally
}

/**
 * A tally as JSON, without its term counts: those grow with every distinct word, so they are
 * stored apart and added up (worker/db/terms.ts) rather than rewritten on every run.
 */
export function encodeTally(tally: WaveTally): string {
  return JSON.stringify({ ...tally, texts: { ...tally.texts, terms: undefined } })
}

/** A tally from `encodeTally`, with no term counts yet. */
export function decodeTally(json: string): WaveTally {
  const raw = JSON.parse(json) as WaveTally
  return { answers: raw.answers, texts: { ...raw.texts, terms: new Map() } }
}
