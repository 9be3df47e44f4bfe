import { compoundThemes } from './compounds.ts'
import { isPersonCue } from '../redaction.ts'
import { TYPO_LENGTH, type CompiledCodebook, type PhraseSignal } from './compile.ts'
import type { Lang } from './schema.ts'
import { wordMarks } from './marks.ts'
import { STOP_WORDS } from './stopwords.ts'
import { foldUmlauts, formOfSignal, stem } from './text.ts'

/** What coding needs to know about one word; computed once per distinct word and codebook. */
export interface TokenInfo {
  /** Lower-case, as written. */
  written: string
  /** The signal word this word is read as, when it is one with a typo ("zustaedigkeiten"). */
  readAs?: string
  /** Umlauts spelt out (`foldUmlauts`). */
  folded: string
  de: string
  en: string
  stop: boolean
  /** A salutation, role or known first name: the next word may be a name, never a term. */
  cue: boolean
  /** What the context rules look for in it (`wordMarks`). */
  marks: number
  /** Themes whose one-word signals have this word's stem, per language. */
  exactDe: readonly number[]
  exactEn: readonly number[]
  /** Themes whose German signals are a part of this word as a compound. */
  compoundDe: readonly number[]
  /** Phrases that begin with this word, per language. */
  phrasesDe: readonly PhraseSignal[] | undefined
  phrasesEn: readonly PhraseSignal[] | undefined
}

const NONE: readonly number[] = []
// A report over a large survey meets many distinct words; the cache starts over beyond this.
const MAX_CACHED = 200_000

/** The cached `TokenInfo` of a lower-case word. */
export function tokenInfo(compiled: CompiledCodebook, written: string): TokenInfo {
  const cached = compiled.tokens.get(written)
  if (cached) return cached
  if (compiled.tokens.size >= MAX_CACHED) compiled.tokens.clear()
  const folded = foldUmlauts(written)
  let info = readWord(compiled, written, folded)
  if (noSignal(info) && !info.stop && folded.length >= TYPO_LENGTH) {
    const meant = withoutTypo(compiled, folded)
    if (meant) info = { ...readWord(compiled, meant, meant), written, folded, readAs: meant }
  }
  compiled.tokens.set(written, info)
  return info
}

const noSignal = (info: TokenInfo) =>
  !info.exactDe.length &&
  !info.exactEn.length &&
  !info.compoundDe.length &&
  !info.phrasesDe &&
  !info.phrasesEn

function readWord(compiled: CompiledCodebook, written: string, folded: string): TokenInfo {
  const de = stem.de(folded)
  const en = stem.en(folded)
  const stop = STOP_WORDS.has(folded)
  return {
    written,
    folded,
    de,
    en,
    stop,
    cue: isPersonCue(written),
    marks: wordMarks(folded),
    exactDe: stop ? NONE : germanThemes(compiled, folded, de),
    exactEn: stop ? NONE : englishThemes(compiled, folded, en),
    compoundDe: stop ? NONE : compoundThemes(compiled.compounds, folded),
    phrasesDe: compiled.de.phrases.get(de),
    phrasesEn: compiled.en.phrases.get(en),
  }
}

/**
 * The themes of German one-word signals with the stem `de` that `folded` is a form of
 * (`formOfSignal`: "federführend" is not a form of "Federführung").
 */
function germanThemes(compiled: CompiledCodebook, folded: string, de: string): readonly number[] {
  const spellings = compiled.de.spellings.get(de)
  if (!spellings) return NONE
  const themes: number[] = []
  for (const { written, theme } of spellings)
    if (!themes.includes(theme) && formOfSignal(written, de, folded)) themes.push(theme)
  return themes.length ? themes : NONE
}

/**
 * The themes of English one-word signals with the stem `en` that `folded` is a form of: beyond
 * the stem, the next letter must agree where both words have one ("continuous" but not
 * "continue" for "continuity"; "trusted" for "trust").
 */
function englishThemes(compiled: CompiledCodebook, folded: string, en: string): readonly number[] {
  const spellings = compiled.en.spellings.get(en)
  if (!spellings) return NONE
  const themes = new Set<number>()
  for (const { written, theme } of spellings) {
    const at = en.length
    const inflected = written.length - at <= 2 && folded.length - at <= 3
    if (inflected || written[at] === folded[at]) themes.add(theme)
  }
  return themes.size ? [...themes] : NONE
}

/**
 * The signal word `folded` is with one typo (a letter left out, added, changed or two letters
 * swapped), or undefined. The first letter must agree, and the words that fit must signal the
 * same themes ("facilitaton": "facilitation" or "facilitator").
 */
function withoutTypo(compiled: CompiledCodebook, folded: string): string | undefined {
  let found: string | undefined
  let themes = ''
  // Only words of the same first letter: looking through all of them for each unknown word
  // was a tenth of folding a thousand new responses into a tally.
  for (const word of compiled.vocabulary.get(folded[0]) ?? []) {
    if (Math.abs(word.length - folded.length) > 1) continue
    if (!oneEditApart(word, folded)) continue
    const info = readWord(compiled, word, word)
    const these = [...new Set([...info.exactDe, ...info.exactEn, ...info.compoundDe])].sort().join()
    if (found !== undefined && these !== themes) return undefined
    found ??= word
    themes = these
  }
  return found
}

function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a]
  return long.slice(i + 1) === short.slice(i)
}

/**
 * The themes a word carries on its own. A signal matched as the whole word wins over parts
 * guessed from a compound, so a codebook can place a compound ("Zuständigkeitsbereich")
 * under another theme than its parts.
 */
export function wordThemes(info: TokenInfo, lang: Lang | undefined): readonly number[] {
  const de = lang === 'en' ? NONE : info.exactDe
  const en = lang === 'de' ? NONE : info.exactEn
  if (de.length && en.length) return [...new Set([...de, ...en])]
  if (de.length || en.length) return de.length ? de : en
  return lang === 'en' ? NONE : info.compoundDe
}
