import { addCompoundKeys, emptyCompoundIndex, type CompoundIndex } from './compounds.ts'
import type { TokenInfo } from './lexicon.ts'
import type { Codebook, Lang } from './schema.ts'
import { signalWords, stem } from './text.ts'

/** A signal of several words, as the stems its words must have in a row. */
export interface PhraseSignal {
  stems: string[]
  theme: number
}

/** The signals of one language: one-word signals by stem, phrases by their first stem. */
export interface SignalIndex {
  words: Map<string, number[]>
  phrases: Map<string, PhraseSignal[]>
}

export interface CompiledTheme {
  id: string
  negation: 'separate' | 'ignore'
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
  tokens: Map<string, TokenInfo>
}

const LANGS: Lang[] = ['de', 'en']

/** Stems every signal of `codebook`; do it once per codebook, not per answer. */
export function compileCodebook(codebook: Codebook): CompiledCodebook {
  const compiled: CompiledCodebook = {
    version: codebook.version,
    themes: codebook.themes.map((t) => ({ id: t.id, negation: t.negation })),
    de: { words: new Map(), phrases: new Map() },
    en: { words: new Map(), phrases: new Map() },
    compounds: emptyCompoundIndex(),
    tokens: new Map(),
  }
  codebook.themes.forEach((theme, index) => {
    for (const lang of LANGS)
      for (const signal of theme.signals[lang]) addSignal(compiled, lang, signal, index)
  })
  return compiled
}

function addSignal(compiled: CompiledCodebook, lang: Lang, signal: string, theme: number) {
  const words = signalWords(signal)
  const stems = words.map(stem[lang])
  const index = compiled[lang]
  if (stems.length > 1) {
    const phrases = index.phrases.get(stems[0]) ?? []
    phrases.push({ stems, theme })
    index.phrases.set(stems[0], phrases)
    return
  }
  const themes = index.words.get(stems[0]) ?? []
  if (!themes.includes(theme)) themes.push(theme)
  index.words.set(stems[0], themes)
  if (lang === 'de') addCompoundKeys(compiled.compounds, words[0], stems[0], theme)
}
