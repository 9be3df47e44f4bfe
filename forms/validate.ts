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

type AnswersSchema = z.ZodMiniObject<
  Record<string, z.ZodMiniType<AnswerValue | undefined, string[] | undefined>>
>

// Building a zod schema costs more than running it (a tenth of a submit's CPU): one is kept
// per form, language and set of questions that apply, as long as the form object lives.
const schemas = new WeakMap<FormDefinition, Map<Messages, Map<string, AnswersSchema>>>()

/** The zod schema of a form's answers: one entry per question that applies to this post. */
export function answersSchema(form: FormDefinition, raw: RawAnswers, m: Messages) {
  const questions = questionsOf(form)
  const applying = questions.map((q) => (applies(q, raw) ? 1 : 0)).join('')
  let byLang = schemas.get(form)
  if (!byLang) schemas.set(form, (byLang = new Map()))
  let byApplying = byLang.get(m)
  if (!byApplying) byLang.set(m, (byApplying = new Map()))
  let schema = byApplying.get(applying)
  if (!schema) {
    const shape: Record<string, z.ZodMiniType<AnswerValue | undefined, string[] | undefined>> = {}
    questions.forEach((q, i) => {
      if (applying[i] === '1') shape[q.id] = factsOf(q.kind).answer(q as never, m)
    })
    byApplying.set(applying, (schema = z.object(shape)))
  }
  return schema
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
