import { noteText } from '../../analysis/render/labels.ts'
import type { Note, Shown } from '../../analysis/suppression.ts'
import type { Lang } from '../../forms/messages/index.ts'
import { dashboardMessages, usePage } from './messages/index.ts'

/**
 * How the dashboard writes the figures of the findings model, in the page's language. Values
 * are the ones the API returns (already rounded there), only written with the language's
 * decimal comma or point, so a reader can compare page, JSON and CSV.
 */
export function formatFor(lang: Lang) {
  const t = dashboardMessages(lang)
  const number = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 3 })
  const share = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 1 })
  const day = new Intl.DateTimeFormat(t.locale, { dateStyle: 'long', timeZone: 'UTC' })
  const num = (x: number) => number.format(x)
  const signed = (x: number) => (x > 0 ? `+${num(x)}` : num(x))
  const percent = (x: number) => `${share.format(x * 100)} %`
  const note = (n: Note) => noteText(lang, n)
  return {
    t,
    num,
    signed,
    /** A share 0–1 as a percentage with one decimal. */
    percent,
    /** A share with the count it is a share of: "50 % von 12". */
    shareOf: (x: number, base: number) => t.shareOf(percent(x), num(base)),
    /** A 95 % confidence interval. */
    interval: ([low, high]: [number, number]) => t.interval(num(low), num(high)),
    /** A calendar day, `YYYY-MM-DD`, as "12. Januar 2027". */
    date: (iso: string) => day.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)),
    /** A suppression or release note in the page's words. */
    note,
    /** A change against the previous wave, or why it is not shown. */
    change<T>(change: Shown<T> | undefined, pick: (v: T) => number | undefined) {
      if (!change) return t.noChange
      if (!change.shown) return note(change.note)
      const value = pick(change.value)
      if (value === undefined) return t.noChange
      const { significant } = change.value as { significant?: boolean }
      if (significant === undefined) return signed(value)
      return `${signed(value)} (${significant ? t.significant : t.notSignificant})`
    },
  }
}

export type Format = ReturnType<typeof formatFor>

/** The words and number formats of the page being rendered. */
export const useFormat = (): Format => formatFor(usePage().lang)
