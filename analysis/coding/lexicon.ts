import { compoundThemes } from './compounds.ts'
import { isPersonCue } from '../redaction.ts'
import type { CompiledCodebook, PhraseSignal } from './compile.ts'
import type { Lang } from './schema.ts'
import { STOP_WORDS } from './stopwords.ts'
import { foldUmlauts, stem } from './text.ts'

/** What coding needs to know about one word; computed once per distinct word and codebook. */
export interface TokenInfo {
  /** Lower-case, as written. */
  written: string
  /** Umlauts spelt out (`foldUmlauts`). */
  folded: string
  de: string
  en: string
  stop: boolean
  /** A salutation, role or known first name: the next word may be a name, never a term. */
  cue: boolean
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
  const de = stem.de(folded)
  const en = stem.en(folded)
  const stop = STOP_WORDS.has(folded)
  const info: TokenInfo = {
    written,
    folded,
    de,
    en,
    stop,
    cue: isPersonCue(written),
    exactDe: stop ? NONE : (compiled.de.words.get(de) ?? NONE),
    exactEn: stop ? NONE : (compiled.en.words.get(en) ?? NONE),
    compoundDe: stop ? NONE : compoundThemes(compiled.compounds, folded),
    phrasesDe: compiled.de.phrases.get(de),
    phrasesEn: compiled.en.phrases.get(en),
  }
  compiled.tokens.set(written, info)
  return info
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
