// Words that negate what follows ("kein Vertrauen", "no backing", "ohne Mandat").
const BEFORE = new Set(
  `kein keine keinen keiner keinem keines nicht nie niemals kaum ohne weder mangel fehlt fehlen
  fehlte fehlten fehlende fehlenden fehlender fehlendes fehlendem mangelt mangelnde mangelnden
  mangelnder mangelndes mangelndem no not without lack lacks lacked lacking never hardly neither
  nor none missing cannot`.split(/\s+/)
)
// Verbs that negate what precedes them: "das Vertrauen fehlt", "backing is lacking".
const AFTER = new Set(['fehlt', 'fehlen', 'fehlte', 'fehlten', 'mangelt', 'lacking', 'missing'])
// "nicht nur Vertrauen, sondern …" and "not only trust" affirm rather than negate.
const NOT_ONLY = new Set(['nur', 'bloss', 'lediglich', 'only', 'just', 'merely'])

/** How far, in words of the same clause, a negation reaches. */
export const REACH_BEFORE = 3
export const REACH_AFTER = 2

export const negatesFollowing = (word: string, next: string | undefined) =>
  BEFORE.has(word) && !(next !== undefined && NOT_ONLY.has(next))

export const negatesPreceding = (word: string) => AFTER.has(word)

export const isNegator = (word: string) => BEFORE.has(word) || AFTER.has(word)

/**
 * Whether a negation reaches the words `start` to `end`: a negating word up to
 * `REACH_BEFORE` words before them, or a negating verb up to `REACH_AFTER` words after,
 * in the same clause.
 */
export function isNegated(
  words: { folded: string }[],
  clauses: number[],
  start: number,
  end: number
) {
  for (let i = start - 1; i >= Math.max(0, start - REACH_BEFORE); i--) {
    if (clauses[i] !== clauses[start]) break
    if (negatesFollowing(words[i].folded, words[i + 1].folded)) return true
  }
  for (let i = end; i < Math.min(words.length, end + REACH_AFTER); i++) {
    if (clauses[i] !== clauses[end - 1]) break
    if (negatesPreceding(words[i].folded)) return true
  }
  return false
}
