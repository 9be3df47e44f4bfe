// A hand-coded development set (test/coding/dev-set.json) and the agreement of another coding
// of its answers with the hand coding, per theme and per language.
import * as z from '../../forms/zod.ts'
import {
  cohensKappa,
  f1,
  meanOf,
  pooled,
  precision,
  recall,
  type Confusion,
  type Figure,
} from './agreement.ts'
import { codeAnswer, type CodedTheme, type Polarity } from './code.ts'
import type { CompiledCodebook } from './compile.ts'
import type { Lang } from './schema.ts'

const nonEmpty = () => z.string().check(z.minLength(1))

const codesSchema = z.array(
  z.strictObject({ theme: nonEmpty(), polarity: z.enum(['positive', 'negative']) })
)

const answerSchema = z.strictObject({
  id: nonEmpty(),
  lang: z.enum(['de', 'en']),
  question: nonEmpty(),
  side: z.nullable(z.enum(['enabler', 'barrier'])),
  split: z.enum(['test', 'tune']),
  text: z.string(),
  codes: codesSchema,
})

export const devSetSchema = z
  .strictObject({ codebook: nonEmpty(), answers: z.array(answerSchema) })
  .check(
    z.superRefine((set, ctx) => {
      const ids = new Set<string>()
      set.answers.forEach((a, i) => {
        if (ids.has(a.id))
          ctx.addIssue({ code: 'custom', path: ['answers', i, 'id'], message: 'duplicate id' })
        ids.add(a.id)
        if (new Set(a.codes.map((c) => c.theme)).size !== a.codes.length)
          ctx.addIssue({
            code: 'custom',
            path: ['answers', i, 'codes'],
            message: 'a theme coded twice',
          })
      })
    })
  )

export type DevSet = z.infer<typeof devSetSchema>
export type DevAnswer = DevSet['answers'][number]
export type Split = DevAnswer['split'] | 'all'

/** Parses a development set, naming every bad field, or throws. */
export const loadDevSet = (source: string, json: unknown): DevSet =>
  parsed(devSetSchema, source, json, 'a development set')

/**
 * A second coder's pass over the texts (`dev-set.texts.json`): each answer's id and codes; any
 * other field is kept as the coder wrote it and not read.
 */
const secondPassSchema = z.object({
  answers: z.array(z.object({ id: nonEmpty(), codes: codesSchema })),
})

/** The codes of a second pass by answer id, refusing a pass that leaves out or adds answers. */
export function loadSecondPass(source: string, json: unknown, set: DevSet) {
  const pass = parsed(secondPassSchema, source, json, "a coder's pass over the development set")
  const codes = new Map(pass.answers.map((a) => [a.id, a.codes]))
  const ids = new Set(set.answers.map((a) => a.id))
  const missing = set.answers.filter((a) => !codes.has(a.id)).map((a) => a.id)
  const extra = pass.answers.filter((a) => !ids.has(a.id)).map((a) => a.id)
  if (missing.length || extra.length || codes.size !== pass.answers.length)
    throw new Error(
      `${source}: does not code each answer of the development set once` +
        (missing.length ? `; missing ${missing.slice(0, 5).join(', ')}` : '') +
        (extra.length ? `; unknown ${extra.slice(0, 5).join(', ')}` : '')
    )
  return codes
}

function parsed<T>(schema: z.ZodMiniType<T>, source: string, json: unknown, what: string): T {
  const result = schema.safeParse(json)
  if (result.success) return result.data
  const fields = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`)
  throw new Error(`${source}: not ${what}\n${fields.join('\n')}`)
}

/** One answer coded twice: `first` is the reference (the hand coding), `second` the one measured. */
export interface CodedTwice {
  lang: Lang
  first: readonly CodedTheme[]
  second: readonly CodedTheme[]
}

export interface ThemeAgreement {
  theme: string
  /** Answers carrying the theme in each coding. */
  first: number
  second: number
  confusion: Confusion
  precision: Figure
  recall: Figure
  f1: Figure
  kappa: Figure
}

export interface LanguageAgreement {
  lang: Lang
  answers: number
  themes: ThemeAgreement[]
  micro: { precision: Figure; recall: Figure; f1: Figure }
  /** Cohen's κ per theme over the answers, averaged over the themes where it is defined. */
  meanKappa: Figure
  /** Answers where both codings carry a theme but with opposite polarity. */
  polarityFlips: number
}

type Category = 'absent' | Polarity | 'present'

/**
 * How far `second` agrees with `first`, per language present in `items`. With `polarity` (the
 * default) a theme agrees only when both codings give it the same polarity, and κ is taken over
 * three categories (absent, positive, negative); without, over present and absent.
 */
export function compareCodings(
  themes: readonly string[],
  items: readonly CodedTwice[],
  { polarity = true }: { polarity?: boolean } = {}
): LanguageAgreement[] {
  const category = (codes: readonly CodedTheme[], theme: string): Category => {
    const code = codes.find((c) => c.theme === theme)
    return code ? (polarity ? code.polarity : 'present') : 'absent'
  }
  const langs = (['de', 'en'] as const).filter((l) => items.some((i) => i.lang === l))
  return langs.map((lang) => {
    const ofLang = items.filter((i) => i.lang === lang)
    const perTheme = themes.map((theme): ThemeAgreement => {
      const pairs = ofLang.map(
        (i) => [category(i.first, theme), category(i.second, theme)] as const
      )
      const confusion = { tp: 0, fp: 0, fn: 0 }
      for (const [a, b] of pairs) {
        if (a !== 'absent' && a === b) confusion.tp++
        else {
          if (b !== 'absent') confusion.fp++
          if (a !== 'absent') confusion.fn++
        }
      }
      return {
        theme,
        first: pairs.filter(([a]) => a !== 'absent').length,
        second: pairs.filter(([, b]) => b !== 'absent').length,
        confusion,
        precision: precision(confusion),
        recall: recall(confusion),
        f1: f1(confusion),
        kappa: cohensKappa(pairs),
      }
    })
    const all = pooled(perTheme.map((t) => t.confusion))
    return {
      lang,
      answers: ofLang.length,
      themes: perTheme,
      micro: { precision: precision(all), recall: recall(all), f1: f1(all) },
      meanKappa: meanOf(perTheme.map((t) => t.kappa)),
      polarityFlips: ofLang.reduce(
        (n, i) =>
          n +
          i.first.filter((a) =>
            i.second.some((b) => b.theme === a.theme && b.polarity !== a.polarity)
          ).length,
        0
      ),
    }
  })
}

/** The answers of a split; `all` is both. */
export const inSplit = (set: DevSet, split: Split) =>
  set.answers.filter((a) => split === 'all' || a.split === split)

/**
 * Each answer with its hand coding as `first` and another coding as `second`: by default the
 * coder's, which reads the text without its language, as the tally does. Throws when either
 * coding names a theme the codebook lacks, which would otherwise count as a miss or a false
 * find nobody could avoid.
 */
export function codeDevSet(
  compiled: CompiledCodebook,
  answers: readonly DevAnswer[],
  second: (answer: DevAnswer) => readonly CodedTheme[] = (a) =>
    codeAnswer(compiled, a.text, { side: a.side })
): (CodedTwice & { answer: DevAnswer })[] {
  const known = new Set(compiled.themes.map((t) => t.id))
  const paired = answers.map((answer) => ({
    answer,
    lang: answer.lang,
    first: answer.codes,
    second: second(answer),
  }))
  const unknown = paired.filter((p) => [...p.first, ...p.second].some((c) => !known.has(c.theme)))
  if (unknown.length)
    throw new Error(
      `themes the codebook does not have, in answers ${unknown.map((p) => p.answer.id).join(', ')}`
    )
  return paired
}
