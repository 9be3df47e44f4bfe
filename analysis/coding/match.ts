import type { CompiledCodebook, PhraseSignal } from './compile.ts'
import { isNegator } from './negation.ts'
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
  /** A phrase read across a negation: "sich nicht kennen" for "sich kennen". */
  negatedWithin?: boolean
  /** A phrase whose words stood apart in the clause ("…" in the signal). */
  loose?: boolean
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
  const phrases: Match[] = []
  const covered = new Uint8Array(text.words.length)
  coverIdioms(text, covered)
  if (lang !== 'en') findPhrases('de', text, phrases, covered)
  if (lang !== 'de') findPhrases('en', text, phrases, covered)
  // So is a longer phrase than one inside it: "only video calls" is not talk of IT.
  const matches = phrases.filter(
    (m) =>
      !phrases.some(
        (p) => !p.loose && p.start <= m.start && p.end >= m.end && p.end - p.start > m.end - m.start
      )
  )
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
  'mit der zeit',
  'laengere zeit',
  'ganze zeit',
  'over time',
].map((idiom) => idiom.split(' '))

const IDIOM_STARTS = new Set(IDIOMS.map((idiom) => idiom[0]))

function coverIdioms({ words }: AnalysedText, covered: Uint8Array) {
  for (let start = 0; start < words.length; start++) {
    if (!IDIOM_STARTS.has(words[start].folded)) continue
    for (const idiom of IDIOMS)
      if (idiom.every((w, k) => words[start + k]?.folded === w))
        covered.fill(1, start, start + idiom.length)
  }
}

function findPhrases(lang: Lang, text: AnalysedText, matches: Match[], covered: Uint8Array) {
  for (let start = 0; start < text.words.length; start++) {
    const phrases = lang === 'de' ? text.words[start].phrasesDe : text.words[start].phrasesEn
    if (!phrases) continue
    for (const phrase of phrases) {
      const end = phrase.loose
        ? looseEnd(lang, text, start, phrase)
        : phraseEnd(lang, text, start, phrase)
      if (end === undefined) continue
      const gap = end - start > phrase.stems.length ? text.words.slice(start, end) : []
      const negatedWithin = gap.some(
        (w, k) => k > 0 && (w.stop || phrase.loose) && isNegator(w.folded)
      )
      matches.push({ theme: phrase.theme, start, end, negatedWithin, loose: phrase.loose })
      // The word a gap skipped keeps its own signals ("gemeinsame Cloud-Infrastruktur"), and
      // so do the words between those of a loose phrase.
      covered.fill(1, start, start + 1)
      covered.fill(1, phrase.loose ? end - 1 : end - phrase.stems.length + 1, end)
    }
  }
}

/**
 * Where a phrase whose first word stands at `start` ends, or undefined. Its words follow in a
 * row, or with one word between two of them ("zu vielen parallelen Runden", "too many parallel
 * meetings", "sich nicht kennen") that is no stop word or a negation, before a word that is no
 * stop word ("das Wie" stays "das Wie"). In German its last word may close a compound ("zu viele
 * Abstimmungsrunden").
 */
function phraseEnd(
  lang: Lang,
  { words, clauses }: AnalysedText,
  start: number,
  phrase: PhraseSignal
) {
  const { stems, last } = phrase
  const fits = (i: number, k: number) =>
    i < words.length &&
    clauses[i] === clauses[start] &&
    (words[i][lang] === stems[k] ||
      (lang === 'de' && k === stems.length - 1 && closesCompound(words[i].folded, last)))
  let gapped = false
  let i = start + 1
  for (let k = 1; k < stems.length; k++, i++) {
    if (fits(i, k)) continue
    const between = words[i]
    if (gapped || !between || (between.stop && !isNegator(between.folded))) return undefined
    if (!fits(i + 1, k) || words[i + 1].stop) return undefined
    gapped = true
    i++
  }
  return i
}

/**
 * Where a loose phrase ends: each of its words after the one before, in the clause of `start`;
 * a word after the first is a word's beginning ("Leute … wechsel": "die Leute wechseln ständig").
 */
function looseEnd(
  lang: Lang,
  { words, clauses }: AnalysedText,
  start: number,
  phrase: PhraseSignal
) {
  let i = start
  for (let k = 1; k < phrase.stems.length; k++) {
    do i++
    while (
      i < words.length &&
      clauses[i] === clauses[start] &&
      !words[i][lang].startsWith(phrase.stems[k])
    )
    if (i >= words.length || clauses[i] !== clauses[start]) return undefined
  }
  return i + 1
}

const CLOSING_ENDINGS = ['', 'e', 'n', 's', 'en', 'es']
const MIN_PART = 3

// "abstimmungsrunden" closes with "runden": a part of at least 3 letters, then the word.
function closesCompound(word: string, last: string) {
  if (last.length < 5 || word.length < last.length + MIN_PART) return false
  return CLOSING_ENDINGS.some(
    (e) => word.endsWith(last + e) && word.length - last.length - e.length >= MIN_PART
  )
}
