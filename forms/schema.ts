// A namespace import lets the bundler drop zod's forty locales (about 70 KB gzip of the bundle).
import * as z from 'zod'

/** Text in both languages the participant can choose. */
export const localized = z.object({ de: z.string().min(1), en: z.string().min(1) }).strict()
export type Localized = z.infer<typeof localized>

const questionId = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case id: a-z, 0-9, _')

const option = z
  .object({ value: z.string().regex(/^[a-z0-9_-]{1,40}$/), label: localized })
  .strict()
export type Option = z.infer<typeof option>

/** A question shown only when an earlier answer has one of the given values. */
const condition = z.object({ question: questionId, in: z.array(z.string()).min(1) }).strict()
export type Condition = z.infer<typeof condition>

const common = {
  id: questionId,
  label: localized,
  hint: localized.optional(),
  required: z.boolean().default(false),
  showIf: condition.optional(),
}

const likert = z
  .object({
    ...common,
    kind: z.literal('likert'),
    ends: z.object({ low: localized, high: localized }).strict(),
    allowNoAnswer: z.boolean().default(true),
    dimension: z
      .string()
      .regex(/^[a-z_]{1,40}$/)
      .optional(),
  })
  .strict()

const singleChoice = z
  .object({ ...common, kind: z.literal('single'), options: z.array(option).min(2).max(20) })
  .strict()

const multipleChoice = z
  .object({
    ...common,
    kind: z.literal('multiple'),
    options: z.array(option).min(2).max(20),
    min: z.number().int().min(0).optional(),
    max: z.number().int().min(1).optional(),
  })
  .strict()

const text = z
  .object({
    ...common,
    kind: z.enum(['short_text', 'long_text']),
    maxLength: z.number().int().min(1).max(5000),
    side: z.enum(['enabler', 'barrier']).optional(),
  })
  .strict()

const scale = z
  .object({
    ...common,
    kind: z.literal('scale'),
    ends: z.object({ low: localized, high: localized }).strict(),
  })
  .strict()

export const question = z.discriminatedUnion('kind', [
  likert,
  singleChoice,
  multipleChoice,
  text,
  scale,
])
export type Question = z.infer<typeof question>
export type QuestionKind = Question['kind']
export type QuestionOf<K extends QuestionKind> = Extract<Question, { kind: K }>

const section = z
  .object({
    id: questionId,
    title: localized,
    intro: localized.optional(),
    questions: z.array(question).min(1),
  })
  .strict()
export type Section = z.infer<typeof section>

export const formDefinition = z
  .object({
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,60}$/, 'lower-case slug: a-z, 0-9, -'),
    kind: z.enum(['pulse', 'interview']),
    version: z.number().int().min(1),
    title: localized,
    intro: localized,
    sections: z.array(section).min(1),
  })
  .strict()
  .superRefine(checkQuestionGraph)
export type FormDefinition = z.infer<typeof formDefinition>

/** Ids are unique and every condition points to an earlier choice question and its options. */
function checkQuestionGraph(form: { sections: Section[] }, ctx: z.RefinementCtx) {
  const seen = new Map<string, Question>()
  form.sections.forEach((s, si) =>
    s.questions.forEach((q, qi) => {
      const path = ['sections', si, 'questions', qi]
      if (seen.has(q.id))
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'id'],
          message: `duplicate question id "${q.id}"`,
        })
      if (q.kind === 'multiple' && q.min !== undefined && q.max !== undefined && q.min > q.max)
        ctx.addIssue({ code: 'custom', path: [...path, 'min'], message: 'min is greater than max' })
      if (q.showIf) {
        const target = seen.get(q.showIf.question)
        if (!target) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'showIf', 'question'],
            message: `"${q.showIf.question}" is not an earlier question`,
          })
        } else if (!q.showIf.in.every((v) => answerValues(target).includes(v))) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'showIf', 'in'],
            message: `a value is not an answer of "${target.id}"`,
          })
        }
      }
      seen.set(q.id, q)
    })
  )
}

/** The values a question can take, as they travel in a form post. */
export function answerValues(q: Question): string[] {
  switch (q.kind) {
    case 'likert':
      return ['1', '2', '3', '4', '5', ...(q.allowNoAnswer ? ['none'] : [])]
    case 'scale':
      return Array.from({ length: 11 }, (_, i) => String(i))
    case 'single':
    case 'multiple':
      return q.options.map((o) => o.value)
    default:
      return []
  }
}

export const questionsOf = (form: FormDefinition): Question[] =>
  form.sections.flatMap((s) => s.questions)
