import { addTerms, readAnswer, type CompiledCodebook, type TermTally } from '../coding/index.ts'
import type { ThemeTally } from '../themes.ts'

type Side = 'enabler' | 'barrier'

/** A free-text answer as it comes in: its text and the side of its question, if any. */
export interface TextAnswer {
  text: string
  side?: Side
}

/**
 * The coded free text of a wave as sums: theme mentions, answers per side, term counts for
 * emerging terms, and per side a bounded random sample of answers to draw quotes from.
 */
export interface TextTally {
  themes: ThemeTally
  sides: Record<Side, number>
  /**
   * Term counts for emerging terms. Stored apart from the rest (`encodeTally` leaves them out):
   * folding adds the new texts' terms here, and a stored tally is read back with the terms
   * its report can rank (`REPORT_TERMS`).
   */
  terms: TermTally
  quotes: Record<Side, string[]>
}

/** How many answers per side are kept to draw quotes from; a report shows at most five. */
export const QUOTE_POOL = 100

export function emptyTextTally(): TextTally {
  return {
    themes: { answers: 0, mentions: {} },
    sides: { enabler: 0, barrier: 0 },
    terms: new Map(),
    quotes: { enabler: [], barrier: [] },
  }
}

/**
 * Keeps `pool` a uniform random sample of the `seen` answers so far (reservoir sampling):
 * the quotes of a report stay a random draw of all answers, however they came in.
 */
function sample(pool: string[], seen: number, text: string, random: () => number) {
  if (pool.length < QUOTE_POOL) pool.push(text)
  else {
    const j = Math.floor(random() * seen)
    if (j < QUOTE_POOL) pool[j] = text
  }
}

/** Codes each answer once and adds it to `tally`; `random` draws the quote sample. */
export function addTexts(
  tally: TextTally,
  compiled: CompiledCodebook,
  answers: TextAnswer[],
  random: () => number
): TextTally {
  const { themes } = tally
  for (const { text, side } of answers) {
    const read = readAnswer(compiled, text, side)
    themes.answers += 1
    for (const { theme, polarity } of read.themes) {
      const cell = (themes.mentions[theme] ??= [0, 0])
      cell[0] += 1
      if (polarity === 'negative') cell[1] += 1
    }
    addTerms(tally.terms, read.terms)
    if (side) sample(tally.quotes[side], (tally.sides[side] += 1), text, random)
  }
  // Sorted, the sample keeps no trace of the order in which answers were added.
  for (const pool of Object.values(tally.quotes)) pool.sort()
  return tally
}
