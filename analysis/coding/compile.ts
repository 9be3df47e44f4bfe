import { addCompoundKeys, emptyCompoundIndex, type CompoundIndex } from './compounds.ts'
import type { TokenInfo } from './lexicon.ts'
import type { Codebook, Lang, Side } from './schema.ts'
import { signalWords, stem } from './text.ts'

/**
 * A signal of several words, as the stems its words must have in a row; `last` is its last
 * word as written (folded), which a German compound may end in ("zu viele Abstimmungsrunden").
 */
export interface PhraseSignal {
  stems: string[]
  last: string
  theme: number
  /** Written with "…" between its words: they follow in order anywhere in one clause (`looseEnd`). */
  loose?: true
}

/** A one-word signal as written (folded), for the theme it signals. */
export interface WordSignal {
  written: string
  theme: number
}

/**
 * The signals of one language: one-word signals by stem, phrases by their first stem. English
 * keeps each one-word signal's spelling too (`spellings`): the English stemmer cuts deep enough
 * that "continue" and "continuity", "response" and "responsibilities" share a stem.
 */
export interface SignalIndex {
  words: Map<string, number[]>
  spellings: Map<string, WordSignal[]>
  phrases: Map<string, PhraseSignal[]>
}

export interface CompiledTheme {
  id: string
  side: Side
  negation: 'separate' | 'ignore'
  polarity: 'side' | 'stated'
}

/**
 * A codebook prepared for coding. Themes are referred to by their position in `themes`.
 * `tokens` caches what is known about each word seen so far (its stems and the signals it
 * carries), so that coding many answers stems each distinct word once.
 */
export interface CompiledCodebook {
  version: string
  themes: CompiledTheme[]
  de: SignalIndex
  en: SignalIndex
  compounds: CompoundIndex
  /**
   * The words of all signals long enough to be recognised with a typo (`TYPO_LENGTH`), by
   * first letter (a typo never changes it), each once, in the order the codebook lists them.
   */
  vocabulary: Map<string, string[]>
  tokens: Map<string, TokenInfo>
}

/** Words of at least this many letters are recognised with one typo; shorter ones collide. */
export const TYPO_LENGTH = 8

const LANGS: Lang[] = ['de', 'en']
// "Ansprechpartner … gewechselt": a subject and its verb, with the clause's other words between.
const LOOSE = '…'

/** Stems every signal of `codebook`; do it once per codebook, not per answer. */
export function compileCodebook(codebook: Codebook): CompiledCodebook {
  const compiled: CompiledCodebook = {
    version: codebook.version,
    themes: codebook.themes.map(({ id, side, negation, polarity }) => ({
      id,
      side,
      negation,
      polarity,
    })),
    de: { words: new Map(), spellings: new Map(), phrases: new Map() },
    en: { words: new Map(), spellings: new Map(), phrases: new Map() },
    compounds: emptyCompoundIndex(),
    vocabulary: new Map(),
    tokens: new Map(),
  }
  codebook.themes.forEach((theme, index) => {
    for (const lang of LANGS)
      for (const signal of theme.signals[lang]) addSignal(compiled, lang, signal, index)
  })
  return compiled
}

function addToVocabulary({ vocabulary }: CompiledCodebook, word: string) {
  const initial = vocabulary.get(word[0])
  if (!initial) vocabulary.set(word[0], [word])
  else if (!initial.includes(word)) initial.push(word)
}

function addSignal(compiled: CompiledCodebook, lang: Lang, signal: string, theme: number) {
  const words = signalWords(signal)
  const stems = words.map(stem[lang])
  const index = compiled[lang]
  for (const word of words) if (word.length >= TYPO_LENGTH) addToVocabulary(compiled, word)
  if (stems.length > 1) {
    const phrases = index.phrases.get(stems[0]) ?? []
    const phrase: PhraseSignal = { stems, last: words[words.length - 1], theme }
    if (signal.includes(LOOSE)) phrase.loose = true
    phrases.push(phrase)
    index.phrases.set(stems[0], phrases)
    return
  }
  const themes = index.words.get(stems[0]) ?? []
  if (!themes.includes(theme)) themes.push(theme)
  index.words.set(stems[0], themes)
  const spellings = index.spellings.get(stems[0]) ?? []
  spellings.push({ written: words[0], theme })
  index.spellings.set(stems[0], spellings)
  if (lang === 'de') addCompoundKeys(compiled.compounds, words[0], stems[0], theme)
}
