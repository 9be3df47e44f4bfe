import { seededShuffle } from './random.ts'
import { markers, redactQuote } from './redaction.ts'
import { suppressSmallCell, type Shown } from './suppression.ts'

export interface QuoteOptions {
  /** The answers behind the quotes; below `kQuotes` no quote is shown. */
  groupSize: number
  kQuotes: number
  /** Fixes the order, so a stored report always shows the same quotes. */
  seed: string
  /** How many quotes at most (default 5). */
  max?: number
  /** Longest quote in characters, ellipsis included (default 280). */
  maxLength?: number
}

const markerText = new RegExp(
  Object.values(markers)
    .map((m) => m.replace(/[[\]]/g, '\\$&'))
    .join('|'),
  'g'
)
const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length

/**
 * True for a quote that lost more than half its words to redaction, or is nothing but
 * markers: an answer that was mostly names, units or addresses still points at its speaker
 * by what it was about.
 */
function losesTooMuch(text: string, quote: string): boolean {
  const kept = wordCount(quote.replace(markerText, ''))
  return kept === 0 || kept * 2 < wordCount(text)
}

/** Cuts a quote to `maxLength` at a word boundary and marks the cut with "…". */
export function trimQuote(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text
  const room = text.slice(0, maxLength - 1)
  const atBoundary = /\s/.test(text[maxLength - 1])
  const space = room.lastIndexOf(' ')
  const head = atBoundary ? room : space > 0 ? room.slice(0, space) : room
  // One long word is cut anyway, but never between the two halves of a surrogate pair.
  const whole = /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head
  return whole.replace(/[\s,;:.(–—-]+$/u, '') + '…'
}

/**
 * Quotes that may be shown for a group: none below `kQuotes`; otherwise redacted, trimmed
 * and in an order fixed by `seed` — never the order in which answers were stored or sent,
 * which could tie a quote to a moment or to a person seen submitting.
 */
export function selectQuotes(texts: string[], options: QuoteOptions): Shown<string[]> {
  const { groupSize, kQuotes, seed, max = 5, maxLength = 280 } = options
  return suppressSmallCell(groupSize, kQuotes, () => {
    const quotes: string[] = []
    // Shuffling first lets a report over many answers redact only the few it shows.
    for (const text of seededShuffle(texts, seed)) {
      if (quotes.length >= max) break
      const quote = redactQuote(text).replace(/\s+/g, ' ').trim()
      if (losesTooMuch(text, quote)) continue
      const trimmed = trimQuote(quote, maxLength)
      if (!quotes.includes(trimmed)) quotes.push(trimmed)
    }
    return quotes
  })
}
