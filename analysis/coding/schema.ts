// zod/mini with English messages (see forms/zod.ts): checks are functions, not methods.
import * as z from '../../forms/zod.ts'
import { signalWords } from './text.ts'

const nonEmpty = () => z.string().check(z.minLength(1))
const bilingual = z.strictObject({ de: nonEmpty(), en: nonEmpty() })

const signal = nonEmpty().check(
  z.refine((s) => signalWords(s).length > 0, 'a signal needs at least one letter or digit')
)

const theme = z
  .strictObject({
    id: z.string().check(z.regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case id: a-z, 0-9, _')),
    side: z.enum(['enabler', 'barrier']),
    label: bilingual,
    description: bilingual,
    signals: z.strictObject({ de: z.array(signal), en: z.array(signal) }),
    negation: z._default(z.enum(['separate', 'ignore']), 'separate'),
    // 'stated': a mention names the barrier whatever the question asked ("weniger Gremien"
    // under "what helped" still names the overload); only the answer can say it is gone.
    polarity: z._default(z.enum(['side', 'stated']), 'side'),
  })
  .check(
    z.refine((t) => t.signals.de.length + t.signals.en.length > 0, {
      path: ['signals'],
      message: 'a theme needs at least one signal',
    })
  )

export const codebookSchema = z
  .strictObject({
    version: z
      .string()
      .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, . _ -')),
    themes: z.array(theme).check(z.minLength(1)),
  })
  .check(
    z.superRefine((book, ctx) => {
      const seen = new Set<string>()
      book.themes.forEach((t, i) => {
        if (seen.has(t.id))
          ctx.addIssue({
            code: 'custom',
            path: ['themes', i, 'id'],
            message: `duplicate theme id "${t.id}"`,
          })
        seen.add(t.id)
      })
    })
  )

export type Codebook = z.infer<typeof codebookSchema>
export type Theme = Codebook['themes'][number]
export type Side = Theme['side']
export type Lang = 'de' | 'en'

export class CodebookError extends Error {}

/**
 * Parses a codebook, refusing it with a message that names the source and every bad field,
 * so a researcher's broken file is rejected whole instead of coding with half its themes.
 */
export function loadCodebook(source: string, json: unknown): Codebook {
  const result = codebookSchema.safeParse(json)
  if (result.success) return result.data
  const fields = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`)
  throw new CodebookError(`${source}: not a valid codebook\n${fields.join('\n')}`)
}
