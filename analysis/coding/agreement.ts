// Agreement between two codings of the same answers: a human's and the coder's, or two humans'.
// Pure functions over counts and label pairs, so a test can check each against a hand computation.

/** Counts of one label over answers: in both codings, only in the second, only in the first. */
export interface Confusion {
  tp: number
  fp: number
  fn: number
}

/** `null` where the figure is 0/0: a label neither coding used says nothing either way. */
export type Figure = number | null

const ratio = (num: number, den: number): Figure => (den === 0 ? null : num / den)

export const precision = (c: Confusion): Figure => ratio(c.tp, c.tp + c.fp)
export const recall = (c: Confusion): Figure => ratio(c.tp, c.tp + c.fn)

/** F1 as 2tp / (2tp + fp + fn), which stays defined when only one of precision and recall is. */
export const f1 = (c: Confusion): Figure => ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn)

/** The counts of several labels pooled, for micro-averaged figures. */
export const pooled = (cs: readonly Confusion[]): Confusion => ({
  tp: cs.reduce((n, c) => n + c.tp, 0),
  fp: cs.reduce((n, c) => n + c.fp, 0),
  fn: cs.reduce((n, c) => n + c.fn, 0),
})

/**
 * Cohen's κ of two raters who each gave every answer one category: (pₒ − pₑ) / (1 − pₑ), with
 * pₑ from each rater's own category shares. `null` when pₑ is 1 (both raters gave one and the
 * same category throughout), where chance agreement leaves nothing to measure.
 */
export function cohensKappa<T>(pairs: readonly (readonly [T, T])[]): Figure {
  if (pairs.length === 0) return null
  const n = pairs.length
  const first = new Map<T, number>()
  const second = new Map<T, number>()
  let agreed = 0
  for (const [a, b] of pairs) {
    if (a === b) agreed++
    first.set(a, (first.get(a) ?? 0) + 1)
    second.set(b, (second.get(b) ?? 0) + 1)
  }
  let chance = 0
  for (const [category, count] of first) chance += (count / n) * ((second.get(category) ?? 0) / n)
  if (chance === 1) return null
  return (agreed / n - chance) / (1 - chance)
}

/** The mean of the figures that are defined, `null` when none is. */
export function meanOf(figures: readonly Figure[]): Figure {
  const defined = figures.filter((f): f is number => f !== null)
  return defined.length === 0 ? null : defined.reduce((s, f) => s + f, 0) / defined.length
}
