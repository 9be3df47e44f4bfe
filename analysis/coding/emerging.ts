import type { CompiledCodebook } from './compile.ts'
import type { TokenInfo } from './lexicon.ts'
import { analyse, findMatches } from './match.ts'
import { isNegator } from './negation.ts'

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
 * Frequent words and two-word phrases of `texts` that no signal of the codebook covers,
 * without stop words: the researcher's hint for the next codebook version. Inflected forms
 * count as one term (by German stem) shown in its most frequent written form; a term counts
 * once per text; ranked by count, then alphabetically.
 */
export function emergingTerms(
  compiled: CompiledCodebook,
  texts: string[],
  { limit = 10, minCount = 3 }: EmergingOptions = {}
): EmergingTerm[] {
  const counts = new Map<string, number>()
  const forms = new Map<string, Map<string, number>>()
  for (const text of texts) {
    const inText = new Set<string>()
    for (const { key, written } of uncoveredTerms(compiled, text)) {
      inText.add(key)
      const seen = forms.get(key) ?? new Map<string, number>()
      seen.set(written, (seen.get(written) ?? 0) + 1)
      forms.set(key, seen)
    }
    for (const key of inText) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const terms: EmergingTerm[] = []
  for (const [key, count] of counts)
    if (count >= minCount) terms.push({ term: mostFrequent(forms.get(key)!), count })
  return terms.sort((a, b) => b.count - a.count || compare(a.term, b.term)).slice(0, limit)
}

function* uncoveredTerms(compiled: CompiledCodebook, text: string) {
  const { words, clauses } = analyse(compiled, text)
  const covered = new Uint8Array(words.length)
  for (const m of findMatches(compiled, { words, clauses })) covered.fill(1, m.start, m.end)
  const open = (i: number) => !covered[i] && isTermWord(words[i])
  for (let i = 0; i < words.length; i++) {
    if (!open(i)) continue
    yield { key: words[i].de, written: words[i].written }
    if (i + 1 < words.length && open(i + 1) && clauses[i + 1] === clauses[i])
      yield {
        key: `${words[i].de} ${words[i + 1].de}`,
        written: `${words[i].written} ${words[i + 1].written}`,
      }
  }
}

const isTermWord = (w: TokenInfo) =>
  !w.stop && w.folded.length >= 3 && !isNegator(w.folded) && LETTER.test(w.folded)

function mostFrequent(forms: Map<string, number>): string {
  let best = ''
  let bestCount = 0
  for (const [form, n] of forms)
    if (n > bestCount || (n === bestCount && compare(form, best) < 0)) [best, bestCount] = [form, n]
  return best
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
