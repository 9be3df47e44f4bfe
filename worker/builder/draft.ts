import {
  formDefinition,
  questionsOf,
  type FormDefinition,
  type Question,
} from '../../forms/schema.ts'
import type * as z from '../../forms/zod.ts'

/** Where a question stands in a definition: its section and its place there. */
export interface Place {
  section: number
  index: number
}

export function placeOf(form: FormDefinition, id: string): Place | null {
  for (const [section, s] of form.sections.entries()) {
    const index = s.questions.findIndex((q) => q.id === id)
    if (index >= 0) return { section, index }
  }
  return null
}

/** The definition with `change` applied to a copy of the questions of one section. */
function withSection(
  form: FormDefinition,
  section: number,
  change: (questions: unknown[]) => void
): FormDefinition {
  const sections = form.sections.map((s, i) => {
    if (i !== section) return s
    const questions: unknown[] = [...s.questions]
    change(questions)
    return { ...s, questions: questions as Question[] }
  })
  return { ...form, sections }
}

export const withQuestion = (form: FormDefinition, at: Place, question: unknown) =>
  withSection(form, at.section, (qs) => qs.splice(at.index, 1, question))

export const withNewQuestion = (form: FormDefinition, section: number, question: unknown) =>
  withSection(form, section, (qs) => qs.push(question))

export const withoutQuestion = (form: FormDefinition, at: Place) =>
  withSection(form, at.section, (qs) => qs.splice(at.index, 1))

/**
 * The definition with a question one place up or down; at the edge of its section it moves
 * into the neighbouring one, so the order across sections can change too.
 */
export function withQuestionMoved(
  form: FormDefinition,
  at: Place,
  direction: 'up' | 'down'
): FormDefinition {
  const question = form.sections[at.section].questions[at.index]
  const step = direction === 'up' ? -1 : 1
  const size = form.sections[at.section].questions.length
  const target = at.index + step
  if (target >= 0 && target < size)
    return withSection(form, at.section, (qs) => qs.splice(target, 0, ...qs.splice(at.index, 1)))
  const next = at.section + step
  if (next < 0 || next >= form.sections.length) return form
  const out = withoutQuestion(form, at)
  return withSection(out, next, (qs) =>
    direction === 'up' ? qs.push(question) : qs.unshift(question)
  )
}

export type Checked =
  { ok: true; form: FormDefinition } | { ok: false; issues: readonly z.core.$ZodIssue[] }

/** Every draft passes the API's own schema before it is stored, so publishing cannot fail on it. */
export function checkDraft(candidate: unknown): Checked {
  const result = formDefinition.safeParse(candidate)
  return result.success
    ? { ok: true, form: result.data }
    : { ok: false, issues: result.error.issues }
}

/** A question id not yet used in the form, for a new question to start with. */
export function freeQuestionId(form: FormDefinition): string {
  const taken = new Set(questionsOf(form).map((q) => q.id))
  let n = taken.size + 1
  while (taken.has(`frage_${n}`)) n++
  return `frage_${n}`
}

/** Whether two definitions hold the same form (the version number aside). */
export const sameForm = (a: FormDefinition, b: FormDefinition) =>
  JSON.stringify({ ...a, version: 0 }) === JSON.stringify({ ...b, version: 0 })
