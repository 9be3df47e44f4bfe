import type { CompiledCodebook } from './compile.ts'
import { tokenInfo, wordThemes, type TokenInfo } from './lexicon.ts'
import type { Lang } from './schema.ts'
import { isClauseMark, tokenize } from './text.ts'

/** The words of a text, and for each word the number of the clause it stands in. */
export interface AnalysedText {
  words: TokenInfo[]
  clauses: number[]
}

/** A signal of `theme` found on the words `start` up to (not including) `end`. */
export interface Match {
  theme: number
  start: number
  end: number
}

export function analyse(compiled: CompiledCodebook, text: string): AnalysedText {
  const words: TokenInfo[] = []
  const clauses: number[] = []
  let clause = 0
  for (const token of tokenize(text)) {
    if (isClauseMark(token)) clause++
    else {
      words.push(tokenInfo(compiled, token))
      clauses.push(clause)
    }
  }
  return { words, clauses }
}

/**
 * Every signal found in the text: German signals on German stems, English ones on English
 * stems, or only those of `lang`. A phrase is more specific than its words, so the words a
 * phrase covers are not matched again on their own ("gemeinsame Infrastruktur" is exchange
 * about implementation, not IT).
 */
export function findMatches(compiled: CompiledCodebook, text: AnalysedText, lang?: Lang): Match[] {
  const matches: Match[] = []
  const covered = new Uint8Array(text.words.length)
  coverIdioms(text, covered)
  if (lang !== 'en') findPhrases('de', text, matches, covered)
  if (lang !== 'de') findPhrases('en', text, matches, covered)
  for (let i = 0; i < text.words.length; i++)
    if (!covered[i])
      for (const theme of wordThemes(text.words[i], lang))
        matches.push({ theme, start: i, end: i + 1 })
  return matches
}

// Set phrases whose words would otherwise read as a signal: "ehrlich gesagt" is no praise of
// honesty, "zur Zeit" no talk of time.
const IDIOMS = [
  'ehrlich gesagt',
  'offen gesagt',
  'offen gestanden',
  'to be honest',
  'zur zeit',
].map((idiom) => idiom.split(' '))

function coverIdioms({ words }: AnalysedText, covered: Uint8Array) {
  for (let start = 0; start < words.length; start++)
    for (const idiom of IDIOMS)
      if (idiom.every((w, k) => words[start + k]?.folded === w))
        covered.fill(1, start, start + idiom.length)
}

function findPhrases(
  lang: Lang,
  { words, clauses }: AnalysedText,
  matches: Match[],
  covered: Uint8Array
) {
  for (let start = 0; start < words.length; start++) {
    const phrases = lang === 'de' ? words[start].phrasesDe : words[start].phrasesEn
    if (!phrases) continue
    for (const { stems, theme } of phrases) {
      const end = start + stems.length
      if (end > words.length || clauses[end - 1] !== clauses[start]) continue
      if (!stems.every((s, k) => words[start + k][lang] === s)) continue
      matches.push({ theme, start, end })
      covered.fill(1, start, end)
    }
  }
}
