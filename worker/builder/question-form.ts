import { factsOf } from '../../forms/kinds/facts.ts'
import type { Question, QuestionKind } from '../../forms/schema.ts'

type Pair = { de: string; en: string }
export interface OptionInput {
  value: string
  de: string
  en: string
}

/** A question as the builder's form holds it: every field as typed, strings only. */
export interface QuestionInput {
  kind: QuestionKind
  id: string
  label: Pair
  hint: Pair
  required: boolean
  /** Chosen answers of earlier questions, each `questionId:value`. */
  showIf: string[]
  options: OptionInput[]
  low: Pair
  high: Pair
  noAnswer: boolean
  dimension: string
  side: string
  maxLength: string
  min: string
  max: string
}

export type Posted = Record<string, string | string[]>

const one = (body: Posted, name: string) => {
  const v = body[name]
  return (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim()
}
const all = (body: Posted, name: string) => {
  const v = body[name]
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((x) => x.trim())
}
const pair = (body: Posted, name: string): Pair => ({
  de: one(body, `${name}_de`),
  en: one(body, `${name}_en`),
})

/** The builder's form as posted; an option row left empty is dropped. */
export function readQuestion(kind: QuestionKind, body: Posted): QuestionInput {
  const values = all(body, 'option_value')
  const de = all(body, 'option_de')
  const en = all(body, 'option_en')
  const options = values
    .map((value, i) => ({ value, de: de[i] ?? '', en: en[i] ?? '' }))
    .filter((o) => o.value || o.de || o.en)
  return {
    kind,
    id: one(body, 'id'),
    label: pair(body, 'label'),
    hint: pair(body, 'hint'),
    required: one(body, 'required') === 'on',
    showIf: all(body, 'showIf'),
    options,
    low: pair(body, 'low'),
    high: pair(body, 'high'),
    noAnswer: one(body, 'noAnswer') === 'on',
    dimension: one(body, 'dimension'),
    side: one(body, 'side'),
    maxLength: one(body, 'maxLength'),
    min: one(body, 'min'),
    max: one(body, 'max'),
  }
}

const empty: Pair = { de: '', en: '' }

/** A stored question in the builder's form, ready to edit. */
export function inputOf(q: Question): QuestionInput {
  const x = q as Partial<Record<string, unknown>> & Question
  const ends = 'ends' in q ? q.ends : { low: empty, high: empty }
  const text = (v: unknown) => (v === undefined ? '' : String(v))
  return {
    kind: q.kind,
    id: q.id,
    label: q.label,
    hint: q.hint ?? empty,
    required: q.required,
    showIf: q.showIf ? q.showIf.in.map((v) => `${q.showIf!.question}:${v}`) : [],
    options: 'options' in q ? q.options.map((o) => ({ value: o.value, ...o.label })) : [],
    low: ends.low,
    high: ends.high,
    noAnswer: q.kind === 'likert' ? q.allowNoAnswer : false,
    dimension: text(x.dimension),
    side: text(x.side),
    maxLength: text(x.maxLength),
    min: text(x.min),
    max: text(x.max),
  }
}

/** A new question of `kind`, with the settings the kind starts with. */
export function blankQuestion(kind: QuestionKind, id: string): QuestionInput {
  const starts = factsOf(kind).starts as Partial<Question>
  return inputOf({
    kind,
    id,
    label: empty,
    required: false,
    ...(factsOf(kind).parts.options ? { options: [] } : {}),
    ...starts,
  } as Question)
}

const optionalPair = (p: Pair) => (p.de || p.en ? p : undefined)
const count = (v: string) => (v === '' ? undefined : Number(v))

/** Whether the chosen answers of `showIf` belong to more than one question. */
export const conditionSpansQuestions = (input: QuestionInput) =>
  new Set(input.showIf.map((c) => c.split(':')[0])).size > 1

/**
 * The question the form describes, holding only the parts its kind has (from the kind
 * registry), for the definition's schema to judge.
 */
export function questionOf(input: QuestionInput): unknown {
  const parts = factsOf(input.kind).parts
  const target = input.showIf[0]?.split(':')[0]
  return {
    id: input.id,
    kind: input.kind,
    label: input.label,
    hint: optionalPair(input.hint),
    required: input.required,
    showIf: target
      ? { question: target, in: input.showIf.map((c) => c.slice(target.length + 1)) }
      : undefined,
    ...(parts.options
      ? { options: input.options.map((o) => ({ value: o.value, label: { de: o.de, en: o.en } })) }
      : {}),
    ...(parts.ends ? { ends: { low: input.low, high: input.high } } : {}),
    ...(parts.noAnswer ? { allowNoAnswer: input.noAnswer } : {}),
    ...(parts.dimension && input.dimension ? { dimension: input.dimension } : {}),
    ...(parts.side && input.side ? { side: input.side } : {}),
    ...(parts.maxLength ? { maxLength: count(input.maxLength) } : {}),
    ...(parts.range ? { min: count(input.min), max: count(input.max) } : {}),
  }
}
