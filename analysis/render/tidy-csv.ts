import { toCsv } from '../csv.ts'
import type { Note, Shown } from '../suppression.ts'
import { noteText, reportLabels, type ReportLang } from './labels.ts'

/**
 * One figure of a tidy CSV: every number in a column of its own, so a spreadsheet computes
 * with it. A suppressed figure keeps its labels and note and leaves every number empty.
 */
export interface Figure {
  section: string
  item: string
  option?: string
  n?: number
  value?: number
  sd?: number
  lower?: number
  upper?: number
  share?: number
  change?: number
  changeShare?: number
  /** Words already in the CSV's language (a test's mark, an example), before any note. */
  remarks?: string[]
  notes?: Note[]
}

const COLUMNS = [
  'section',
  'item',
  'option',
  'n',
  'value',
  'sd',
  'lower',
  'upper',
  'share',
  'change',
  'changeShare',
  'note',
] as const

/** The figure, or only its labels and the note when the figure is suppressed. */
export function shownFigure<T>(
  labels: Pick<Figure, 'section' | 'item' | 'option'>,
  result: Shown<T>,
  numbers: (value: T) => Omit<Figure, 'section' | 'item' | 'option'>
): Figure {
  if (!result.shown) return { ...labels, notes: [result.note] }
  const figure = { ...labels, ...numbers(result.value) }
  return result.note ? { ...figure, notes: [result.note, ...(figure.notes ?? [])] } : figure
}

/** The change against the previous wave, or the note saying why there is none. */
export const changeOf = <T>(change: Shown<T> | undefined, numbers: (c: T) => Partial<Figure>) =>
  change === undefined ? {} : change.shown ? numbers(change.value) : { notes: [change.note] }

/** Figures as CSV for German Excel (see analysis/csv.ts), headers and notes in `lang`. */
export function figuresCsv(figures: Figure[], lang: ReportLang): string {
  const rows = figures.map((f) =>
    COLUMNS.map((column) =>
      column === 'note'
        ? [...(f.remarks ?? []), ...(f.notes ?? []).map((n) => noteText(lang, n))].join('; ')
        : f[column]
    )
  )
  return toCsv(
    COLUMNS.map((column) => reportLabels[lang].columns[column]),
    rows
  )
}
