import { stemmer as germanStemmer } from '@orama/stemmers/german'
import { stemmer as englishStemmer } from '@orama/stemmers/english'

const UMLAUT = /[äöüß]/g
const UMLAUT_SPELLING: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' }
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u
// Dashes set off a clause as commas do: "Wenig – seit wir uns kennen, klappt es".
const CLAUSE_MARKS = '.!?;,–—'
// "u" + combining diaeresis, as some keyboards and pasted text spell "ü".
const COMBINING = /[\u0300-\u036f]/

/** A clause mark in a token list, as `tokenize` returns it. */
export const isClauseMark = (token: string) => token.length === 1 && CLAUSE_MARKS.includes(token)

// A hand-written scan over char codes: a Unicode regex over every answer was the slowest
// step of coding a large survey.
function isWordChar(lower: string, at: number): boolean {
  const code = lower.charCodeAt(at)
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57)
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7
  return WORD_CHAR.test(lower[at])
}

const APOSTROPHE = 39
const RIGHT_QUOTE = 0x2019

/**
 * The lower-case words and clause marks of a text; the marks bound the reach of a negation
 * ("Nicht schlecht, das Vertrauen wächst"). "n't" becomes "not": "don't trust" reads as
 * "do not trust".
 */
export function tokenize(text: string): string[] {
  const lower = (COMBINING.test(text) ? text.normalize('NFC') : text).toLowerCase()
  const tokens: string[] = []
  let start = -1
  for (let i = 0; i < lower.length; i++) {
    if (isWordChar(lower, i)) {
      if (start < 0) start = i
      continue
    }
    if (start >= 0 && isContractedNot(lower, i)) {
      if (i - 1 > start) tokens.push(lower.slice(start, i - 1))
      tokens.push('not')
      start = -1
      i++
      continue
    }
    if (start >= 0) tokens.push(lower.slice(start, i))
    start = -1
    if (CLAUSE_MARKS.includes(lower[i])) tokens.push(lower[i])
    else if (isSpacedHyphen(lower, i)) tokens.push('–')
  }
  if (start >= 0) tokens.push(lower.slice(start))
  return tokens
}

// A hyphen typed for a dash, with a space on either side: "Wenig - zu viele Runden".
const isSpacedHyphen = (lower: string, at: number) =>
  lower[at] === '-' && lower[at - 1] === ' ' && lower[at + 1] === ' '

// An apostrophe with "n" before it and a lone "t" after it: "don't", "isn’t".
function isContractedNot(lower: string, at: number): boolean {
  const code = lower.charCodeAt(at)
  if (code !== APOSTROPHE && code !== RIGHT_QUOTE) return false
  if (lower[at - 1] !== 'n' || lower[at + 1] !== 't') return false
  return at + 2 >= lower.length || !isWordChar(lower, at + 2)
}

/**
 * One spelling for both ways of writing umlauts: "Führung" and "Fuehrung" become "fuehrung".
 * Folding towards the digraph keeps words that contain "ue" anyway ("aktuell") intact.
 */
export function foldUmlauts(word: string): string {
  return word.replace(UMLAUT, (c) => UMLAUT_SPELLING[c])
}

/** The words of a signal, folded as the words of an answer are. */
export function signalWords(signal: string): string[] {
  return tokenize(signal)
    .filter((t) => !isClauseMark(t))
    .map(foldUmlauts)
}

const dropsUng = (written: string, stemmed: string) =>
  /ung(en)?$/.test(written) && stemmed.length <= written.length - 3

/**
 * Whether `word` can be a form of the German signal word `written` (both folded) whose stem is
 * `stemmed`: a present participle is not the noun in "-ung" of its verb ("federführend" is no
 * "Federführung", "führend" no "Führung").
 */
export const formOfSignal = (written: string, stemmed: string, word: string) =>
  !dropsUng(written, stemmed) || !/^end(e|en|er|es|em)?$/.test(word.slice(stemmed.length))

export const stem = {
  de: (folded: string) => germanStemmer(folded),
  en: (folded: string) => englishStemmer(folded),
}
