import type { CompiledCodebook } from './compile.ts'
import type { TokenInfo } from './lexicon.ts'
import { analyse, findMatches, type AnalysedText, type Match } from './match.ts'
import { isNegator } from './negation.ts'
import { foldUmlauts, isClauseMark, stem, tokenize } from './text.ts'

/** A word or two-word phrase that no theme covers, and how many texts contain it. */
export interface EmergingTerm {
  term: string
  count: number
}

export interface EmergingOptions {
  limit?: number
  minCount?: number
}

const LETTER = /\p{L}/u

/**
 * A term's sums: how many texts contain it, and how often each written form occurred. The
 * first form is held in the entry itself and a Map only once a second one appears: most terms
 * of a large wave occur once, and a Map each would take a 100k-response tally over a
 * Worker's 128 MB.
 */
export interface TermCount {
  count: number
  form: string
  uses: number
  others?: Map<string, number>
}

/**
 * Per term key (German stem, or two stems for a phrase) its `TermCount`: sums only, so tallies
 * of two sets of texts add up to the tally of both whatever the order.
 */
export type TermTally = Map<string, TermCount>

/** A term's written forms with their uses, the first seen first. */
export function termForms({ form, uses, others }: TermCount): [string, number][] {
  return others ? [[form, uses], ...others] : [[form, uses]]
}

/** Adds `n` uses of `written` to a term's forms. */
export function addForm(entry: TermCount, written: string, n: number): void {
  if (written === entry.form) entry.uses += n
  else (entry.others ??= new Map()).set(written, (entry.others.get(written) ?? 0) + n)
}

/** A term count of `count` texts from its forms (at least one). */
export function termCount(count: number, forms: Iterable<[string, number]>): TermCount {
  let entry: TermCount | undefined
  for (const [form, n] of forms)
    if (!entry) entry = { count, form, uses: n }
    else addForm(entry, form, n)
  if (!entry) throw new Error('a term count needs a written form')
  return entry
}

/** Adds the uncovered terms of one text (`uncoveredTerms`) to `tally`, each key once per text. */
export function addTerms(tally: TermTally, terms: { key: string; written: string }[]): void {
  for (let i = 0; i < terms.length; i++) {
    const { key, written } = terms[i]
    const entry = tally.get(key)
    if (!entry) tally.set(key, { count: 1, form: written, uses: 1 })
    else {
      if (!earlier(terms, i, key)) entry.count += 1
      addForm(entry, written, 1)
    }
  }
}

// A text has a few dozen terms, and equal keys are one string (`pair`): a scan of those before
// costs less than a Set per text and the garbage it leaves.
function earlier(terms: { key: string }[], end: number, key: string) {
  for (let j = 0; j < end; j++) if (terms[j].key === key) return true
  return false
}

type Term = { key: string; written: string }

// Per word read (`tokenInfo` gives one object per written word), the two-word terms it starts.
let pairs = new WeakMap<TokenInfo, Map<TokenInfo, Term>>()
let pairCount = 0
// Bounds the memory of an isolate that codes survey after survey; it starts over beyond this.
const MAX_PAIRS = 300_000

/**
 * The term of two words, the same strings every time: a Map hashes a string once, so a term
 * counted in many texts is looked up without joining and hashing its words anew each time
 * (most of the term counting of a large report). Held as long as the words' reading is.
 */
function pair(a: TokenInfo, b: TokenInfo): Term {
  let after = pairs.get(a)
  if (!after) pairs.set(a, (after = new Map()))
  let term = after.get(b)
  if (!term) {
    if (++pairCount > MAX_PAIRS) {
      pairs = new WeakMap()
      pairCount = 1
      pairs.set(a, (after = new Map()))
    }
    after.set(b, (term = { key: `${a.de} ${b.de}`, written: `${a.written} ${b.written}` }))
  }
  return term
}

/**
 * Frequent words and two-word phrases of a term tally, without stop words: the researcher's
 * hint for the next codebook version. Inflected forms count as one term (by German stem)
 * shown in its most frequent written form; a term counts once per text; ranked by count,
 * then alphabetically.
 */
export function rankTerms(
  tally: TermTally,
  { limit = 10, minCount = 3 }: EmergingOptions = {}
): EmergingTerm[] {
  const terms: EmergingTerm[] = []
  for (const entry of tally.values())
    if (entry.count >= minCount)
      terms.push({ term: mostFrequent(termForms(entry)), count: entry.count })
  return terms.sort((a, b) => b.count - a.count || compare(a.term, b.term)).slice(0, limit)
}

/** `rankTerms` over the words of `texts` that no signal of the codebook covers. */
export function emergingTerms(
  compiled: CompiledCodebook,
  texts: string[],
  options: EmergingOptions = {}
): EmergingTerm[] {
  const tally: TermTally = new Map()
  for (const text of texts) {
    const analysed = analyse(compiled, text)
    addTerms(tally, uncoveredTerms(analysed, findMatches(compiled, analysed)))
  }
  return rankTerms(tally, options)
}

/** The words and two-word phrases of an analysed text that no match covers. */
export function uncoveredTerms({ words, clauses }: AnalysedText, matches: Match[]) {
  const covered = new Uint8Array(words.length)
  for (const m of matches)
    if (m.loose) covered.fill(1, m.start, m.start + 1).fill(1, m.end - 1, m.end)
    else covered.fill(1, m.start, m.end)
  // A word after a salutation, role or first name may be a surname: never a term.
  const open = (i: number) => !covered[i] && isTermWord(words[i]) && !(i > 0 && words[i - 1].cue)
  const terms: Term[] = []
  for (let i = 0; i < words.length; i++) {
    if (!open(i)) continue
    terms.push({ key: words[i].de, written: words[i].written })
    if (i + 1 < words.length && open(i + 1) && clauses[i + 1] === clauses[i])
      terms.push(pair(words[i], words[i + 1]))
  }
  return terms
}

/**
 * The words of a text as term keys (German stem of the folded word, as `tokenInfo` reads it),
 * clause marks kept: a term is in the text where its keys stand as consecutive entries, so a
 * two-word term never spans a clause and a part of a word ("Rat" in "Beratung") is no hit.
 */
export const termKeys = (text: string) =>
  tokenize(text).map((t) => (isClauseMark(t) ? t : stem.de(foldUmlauts(t))))

const isTermWord = (w: TokenInfo) =>
  !w.stop && w.folded.length >= 3 && !isNegator(w.folded) && LETTER.test(w.folded)

function mostFrequent(forms: [string, number][]): string {
  let best = ''
  let bestCount = 0
  for (const [form, n] of forms)
    if (n > bestCount || (n === bestCount && compare(form, best) < 0)) [best, bestCount] = [form, n]
  return best
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
