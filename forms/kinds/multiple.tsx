import { isRequired } from '../schema.ts'
import * as z from '../zod.ts'
import { Choice, ChoiceGroup } from './parts.tsx'
import type { KindSpec } from './types.ts'

export const multipleChoice: KindSpec<'multiple'> = {
  repeats: true,
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
  Field: ({ question: q, m, typed, error, conditionHint }) => (
    <ChoiceGroup
      question={q}
      m={m}
      error={error}
      hintExtra={[m.choose(q.min, q.max), conditionHint].filter(Boolean).join(' ')}
    >
      {q.options.map((o, i) => (
        <Choice
          type='checkbox'
          question={q}
          value={o.value}
          label={o.label[m.lang as 'de' | 'en']}
          first={i === 0}
          checked={typed.includes(o.value)}
        />
      ))}
    </ChoiceGroup>
  ),
}
