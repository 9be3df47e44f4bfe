// zod/mini with English messages (see ./zod.ts): checks are functions, not methods.
import * as z from './zod.ts'

const nonEmpty = () => z.string().check(z.minLength(1))
const whole = (min: number, max?: number) =>
  z.number().check(z.int(), z.gte(min), ...(max === undefined ? [] : [z.lte(max)]))

/** Text in both languages the participant can choose. */
export const localized = z.strictObject({ de: nonEmpty(), en: nonEmpty() })
export type Localized = z.infer<typeof localized>

const questionId = z.string().check(z.regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case id: a-z, 0-9, _'))

const option = z.strictObject({
  value: z.string().check(z.regex(/^[a-z0-9_-]{1,40}$/)),
  label: localized,
})
export type Option = z.infer<typeof option>

/** A question shown only when an earlier answer has one of the given values. */
const condition = z.strictObject({
  question: questionId,
  in: z.array(z.string()).check(z.minLength(1)),
})
export type Condition = z.infer<typeof condition>

const common = {
  id: questionId,
  label: localized,
  hint: z.optional(localized),
  required: z._default(z.boolean(), false),
  showIf: z.optional(condition),
}

const options = () => z.array(option).check(z.minLength(2), z.maxLength(20))
const ends = () => z.strictObject({ low: localized, high: localized })

const likert = z.strictObject({
  ...common,
  kind: z.literal('likert'),
  ends: ends(),
  allowNoAnswer: z._default(z.boolean(), true),
  dimension: z.optional(z.string().check(z.regex(/^[a-z_]{1,40}$/))),
})

const singleChoice = z.strictObject({ ...common, kind: z.literal('single'), options: options() })

const multipleChoice = z.strictObject({
  ...common,
  kind: z.literal('multiple'),
  options: options(),
  min: z.optional(whole(0)),
  max: z.optional(whole(1)),
})

const text = z.strictObject({
  ...common,
  kind: z.enum(['short_text', 'long_text']),
  maxLength: whole(1, 5000),
  side: z.optional(z.enum(['enabler', 'barrier'])),
})

const scale = z.strictObject({ ...common, kind: z.literal('scale'), ends: ends() })

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

const section = z.strictObject({
  id: questionId,
  title: localized,
  intro: z.optional(localized),
  questions: z.array(question).check(z.minLength(1)),
})
export type Section = z.infer<typeof section>

// Only https: a participant follows these links from a page that promises not to track them.
const httpsUrl = () => z.url({ protocol: /^https$/ })

/**
 * Who asks, where it differs from the deployment's defaults (wrangler.toml [vars]). The
 * contact is meant to be a team mailbox: a participant page names no person.
 */
const about = z.strictObject({
  organiser: z.optional(localized),
  contact: z.optional(z.email()),
  privacyUrl: z.optional(httpsUrl()),
  imprintUrl: z.optional(httpsUrl()),
})
export type AboutDefinition = z.infer<typeof about>

export const formDefinition = z
  .strictObject({
    slug: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{1,60}$/, 'lower-case slug: a-z, 0-9, -')),
    kind: z.enum(['pulse', 'interview']),
    version: whole(1),
    title: localized,
    intro: localized,
    about: z.optional(about),
    sections: z.array(section).check(z.minLength(1)),
  })
  .check(z.superRefine(checkQuestionGraph))
export type FormDefinition = z.infer<typeof formDefinition>

/** Ids are unique and every condition points to an earlier choice question and its options. */
function checkQuestionGraph(form: { sections: Section[] }, ctx: z.core.$RefinementCtx) {
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

/**
 * Whether a question must be answered: marked required, or a multiple choice asking for at
 * least one answer. "Optional" beside "choose at least 2" would contradict itself, so a
 * minimum makes the question required, in its label and in validation alike.
 */
export const isRequired = (q: Question): boolean =>
  q.required || (q.kind === 'multiple' && (q.min ?? 0) > 0)

export const questionsOf = (form: FormDefinition): Question[] =>
  form.sections.flatMap((s) => s.questions)
