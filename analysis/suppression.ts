/** A figure that may be shown, or the note that stands in its place. */
export type Shown<T> = { shown: true; value: T } | { shown: false; note: string }

/** The note in place of a suppressed figure: it states the threshold, never the count. */
export const fewerThan = (k: number) => `fewer than ${k}`

/** Shows `value` only when the group behind it has at least `k` members. */
export function suppressSmallCell<T>(groupSize: number, k: number, value: () => T): Shown<T> {
  return groupSize >= k ? { shown: true, value: value() } : { shown: false, note: fewerThan(k) }
}
