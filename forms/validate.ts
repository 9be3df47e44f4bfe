import * as z from './zod.ts'
import { factsOf } from './kinds/facts.ts'
import type { AnswerValue } from './kinds/types.ts'
import type { Messages } from './messages/index.ts'
import { questionsOf, type FormDefinition, type Question } from './schema.ts'

/** A form post as name → every value sent under that name, in order. */
export type RawAnswers = Record<string, string[]>
export type FieldError = { questionId: string; message: string }
export type Validation =
  { ok: true; answers: Record<string, AnswerValue> } | { ok: false; errors: FieldError[] }

/**
 * A post no form of ours can produce: fields that do not exist or a single-valued field
 * sent twice. It is refused outright rather than shown as the person's mistake.
 */
export function findForeignField(
  form: FormDefinition,
  raw: RawAnswers,
  ownFields: string[]
): string | undefined {
  const questions = new Map(questionsOf(form).map((q) => [q.id, q]))
  return Object.keys(raw).find((name) => {
    if (ownFields.includes(name)) return raw[name].length !== 1
    const q = questions.get(name)
    return !q || (!factsOf(q.kind).repeats && raw[name].length > 1)
  })
}

/** Whether a conditional question applies, judged from the answer it depends on. */
export function applies(q: Question, raw: RawAnswers): boolean {
  if (!q.showIf) return true
  const given = (raw[q.showIf.question] ?? []).map((v) => v.trim())
  return given.some((v) => q.showIf!.in.includes(v))
}

/** The zod schema of a form's answers: one entry per question that applies to this post. */
export function answersSchema(form: FormDefinition, raw: RawAnswers, m: Messages) {
  const shape: Record<string, z.ZodMiniType<AnswerValue | undefined, string[] | undefined>> = {}
  for (const q of questionsOf(form)) {
    if (applies(q, raw)) shape[q.id] = factsOf(q.kind).answer(q as never, m)
  }
  return z.object(shape)
}

export function validateAnswers(form: FormDefinition, raw: RawAnswers, m: Messages): Validation {
  const result = answersSchema(form, raw, m).safeParse(raw)
  if (result.success) {
    const answers = Object.fromEntries(
      Object.entries(result.data).filter(([, v]) => v !== undefined)
    ) as Record<string, AnswerValue>
    return { ok: true, answers }
  }
  const order = questionsOf(form).map((q) => q.id)
  const errors = new Map<string, string>()
  for (const issue of result.error.issues) {
    const id = String(issue.path[0])
    if (!errors.has(id)) errors.set(id, issue.message)
  }
  return {
    ok: false,
    errors: order
      .filter((id) => errors.has(id))
      .map((id) => ({ questionId: id, message: errors.get(id)! })),
  }
}
