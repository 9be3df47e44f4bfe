import { answerValues, isRequired, type QuestionKind } from '../schema.ts'
import * as z from '../zod.ts'
import { choiceOf, longestText, longestValue, textOf } from './common.ts'
import type { KindFacts, KindParts } from './types.ts'

const none: KindParts = {
  numeric: false,
  options: false,
  ends: false,
  noAnswer: false,
  dimension: false,
  side: false,
  maxLength: false,
  range: false,
}

const likert: KindFacts<'likert'> = {
  repeats: false,
  parts: { ...none, numeric: true, ends: true, noAnswer: true, dimension: true },
  starts: { allowNoAnswer: true },
  largest: (q) => longestValue(answerValues(q)),
  answer: (q, m) =>
    z.pipe(
      choiceOf(answerValues(q), q.required, m),
      z.transform((v) => (v === undefined || v === 'none' ? v : Number(v)))
    ),
}

const scale: KindFacts<'scale'> = {
  repeats: false,
  parts: { ...none, numeric: true, ends: true },
  starts: {},
  largest: (q) => longestValue(answerValues(q)),
  answer: (q, m) =>
    z.pipe(
      choiceOf(answerValues(q), q.required, m),
      z.transform((v) => (v === undefined ? v : Number(v)))
    ),
}

const single: KindFacts<'single'> = {
  repeats: false,
  parts: { ...none, options: true },
  starts: {},
  largest: (q) => longestValue(answerValues(q)),
  answer: (q, m) => choiceOf(answerValues(q), q.required, m),
}

const multiple: KindFacts<'multiple'> = {
  repeats: true,
  parts: { ...none, options: true, range: true },
  starts: {},
  largest: (q) => q.options.map((o) => o.value),
  answer: (q, m) => {
    const allowed = new Set(q.options.map((o) => o.value))
    const required = isRequired(q)
    const min = q.min ?? (required ? 1 : 0)
    const chosen = z
      .pipe(
        z.optional(z.array(z.string())),
        z.transform((v) => [...new Set(v ?? [])])
      )
      .check(
        z.superRefine((v, ctx) => {
          if (v.some((x) => !allowed.has(x)))
            ctx.addIssue({ code: 'custom', message: m.errors.choice })
          else if (v.length === 0 && required)
            ctx.addIssue({ code: 'custom', message: m.errors.required })
          else if (v.length > 0 && v.length < min)
            ctx.addIssue({ code: 'custom', message: m.errors.tooFew(min) })
          else if (q.max !== undefined && v.length > q.max)
            ctx.addIssue({ code: 'custom', message: m.errors.tooMany(q.max) })
        })
      )
    return z.pipe(
      chosen,
      z.transform((v) => (v.length === 0 ? undefined : v))
    )
  },
}

/** Both text kinds: one validator, the limit from the question. */
export const textFacts: KindFacts<'short_text' | 'long_text'> = {
  repeats: false,
  parts: { ...none, side: true, maxLength: true },
  starts: { maxLength: 2000 },
  answer: (q, m) => textOf(q.maxLength, q.required, m),
  largest: (q) => longestText(q.maxLength),
}

/**
 * The closed registry of answer kinds' facts, one validator each: a kind added to the
 * schema without one here fails to compile. The drawn side is in ./index.ts.
 */
export const kindFacts: { [K in QuestionKind]: KindFacts<K> } = {
  likert,
  single,
  multiple,
  short_text: textFacts as KindFacts<'short_text'>,
  long_text: textFacts as KindFacts<'long_text'>,
  scale,
}

export function factsOf<K extends QuestionKind>(kind: K): KindFacts<K> {
  const facts = kindFacts[kind]
  if (!facts) throw new Error(`unknown question kind "${kind}"`)
  return facts
}
