/**
 * Why a figure is missing or older than its neighbours: data, rendered per language by
 * `noteText` (analysis/render/labels.ts), so API clients match on `reason`, never on words.
 * `k` is the threshold the reason names; `release` the release a kept figure comes from.
 */
export interface Note {
  reason:
    | 'fewer-than-k'
    | 'previous-wave-fewer-than-k'
    | 'previous-wave-not-asked'
    | 'hidden-until-closed'
    | 'carried'
  k?: number
  release?: number
}

/**
 * A figure that may be shown, or the note that stands in its place. A shown figure carries
 * a note only when a release kept it from an earlier one (its group grew by fewer than k).
 */
export type Shown<T> = { shown: true; value: T; note?: Note } | { shown: false; note: Note }

/** The note in place of a suppressed figure: it states the threshold, never the count. */
export const fewerThan = (k: number): Note => ({ reason: 'fewer-than-k', k })

/** Shows `value` only when the group behind it has at least `k` members. */
export function suppressSmallCell<T>(groupSize: number, k: number, value: () => T): Shown<T> {
  return groupSize >= k ? { shown: true, value: value() } : { shown: false, note: fewerThan(k) }
}

/** The same note about the previous wave's figure, which the change could not be taken from. */
export const previousWaveNote = (before: Note | undefined): Note =>
  before?.reason === 'fewer-than-k'
    ? { reason: 'previous-wave-fewer-than-k', k: before.k }
    : { reason: 'previous-wave-not-asked' }
