import type { CompiledCodebook } from './compile.ts'
import { analyse, findMatches, type AnalysedText, type Match } from './match.ts'
import { uncoveredTerms } from './emerging.ts'
import { isNegated } from './negation.ts'
import type { Lang } from './schema.ts'

export type Polarity = 'positive' | 'negative'

/** A theme an answer mentions; `negative` when the mention is negated ("kein Vertrauen"). */
export interface CodedTheme {
  theme: string
  polarity: Polarity
}

/**
 * The themes of one free-text answer, each once, in the codebook's order. Without `lang`
 * the answer is read as German and as English at once; with it, in that language only.
 * A theme is negative when any of its mentions is negated and the codebook keeps negations
 * of that theme apart (`negation: 'separate'`).
 */
export function codeAnswer(compiled: CompiledCodebook, text: string, lang?: Lang): CodedTheme[] {
  const analysed = analyse(compiled, text)
  return themesOf(compiled, analysed, findMatches(compiled, analysed, lang))
}

/** The themes of an analysed answer from its matches (`codeAnswer` without the reading). */
export function themesOf(
  compiled: CompiledCodebook,
  analysed: AnalysedText,
  matches: Match[]
): CodedTheme[] {
  const negated = new Map<number, boolean>()
  for (const { theme, start, end } of matches) {
    if (negated.get(theme)) continue
    const separate = compiled.themes[theme].negation === 'separate'
    negated.set(theme, separate && isNegated(analysed.words, analysed.clauses, start, end))
  }
  return [...negated.keys()]
    .sort((a, b) => a - b)
    .map((t) => ({
      theme: compiled.themes[t].id,
      polarity: negated.get(t) ? 'negative' : 'positive',
    }))
}

/** The themes of an answer and the terms no theme covers, from one reading of the text. */
export function readAnswer(compiled: CompiledCodebook, text: string) {
  const analysed = analyse(compiled, text)
  const matches = findMatches(compiled, analysed)
  return {
    themes: themesOf(compiled, analysed, matches),
    terms: uncoveredTerms(analysed, matches),
  }
}
