import { noteText } from '../../analysis/render/labels.ts'
import type { Note, Shown } from '../../analysis/suppression.ts'

/**
 * How the dashboard writes the figures of the findings model. Numbers are printed exactly as
 * the API returns them (already rounded there), so a reader can compare page, JSON and CSV.
 */
export const num = (x: number) => String(x)

/** A change against the previous wave, with its sign. */
export const signed = (x: number) => (x > 0 ? `+${x}` : String(x))

/** A share 0–1 as a percentage with one decimal. */
export const percent = (share: number) => `${Math.round(share * 1000) / 10} %`

/** A 95 % confidence interval. */
export const interval = ([low, high]: [number, number]) => `${low} to ${high}`

/** A suppression or release note in the dashboard's words. */
export const noteOf = (note: Note) => noteText('en', note)

/** A change against the previous wave, or why it is not shown. */
export function changeText<T>(change: Shown<T> | undefined, pick: (v: T) => number | undefined) {
  if (!change) return '–'
  if (!change.shown) return noteOf(change.note)
  const value = pick(change.value)
  return value === undefined ? '–' : signed(value)
}
