import type { Localized } from '../forms/schema.ts'
import { termKeys } from './coding/index.ts'
import type { ReleaseContent } from './release.ts'
import { round } from './stats.ts'
import { previousWaveNote, type Shown } from './suppression.ts'

/**
 * One change among the largest of a report: a readiness dimension's mean (1–5) or a theme's
 * share (0–1). `significant` is the mark its change got in the release (Welch's t-test for a
 * mean, the two-proportion z-test for a share, Holm over all changes of the release);
 * `undefined` where no test applies (two releases of one wave, or a change without spread).
 */
export interface Mover {
  kind: 'dimension' | 'theme'
  id: string
  /** A theme's words and side; a dimension is named by the renderer from its id. */
  label?: Localized
  side?: 'enabler' | 'barrier'
  change: number
  significant?: boolean
}

/** A new emerging term and one quote of the same release that contains it, if any. */
export interface NewTerm {
  term: string
  count: number
  quote?: string
}

type Figures = Pick<ReleaseContent, 'findings' | 'themes'>

// Means span 4 points and shares 1: a change counts by the part of its range it moved.
const size = (m: Mover) => Math.abs(m.kind === 'dimension' ? m.change / 4 : m.change)

const largest = (movers: Mover[], limit: number) =>
  movers
    .filter((m) => m.change !== 0)
    .sort((a, b) => size(b) - size(a) || a.id.localeCompare(b.id))
    .slice(0, limit)

const themeOf = (t: Figures['themes']['enablers'][number]) =>
  ({ kind: 'theme', id: t.id, label: t.label, side: t.side }) as const

const themesOf = (f: Figures) => [...f.themes.enablers, ...f.themes.barriers]

/**
 * The largest changes against the previous wave, as the release already computed and tested
 * them: only changes it shows, so a suppressed figure or change stays suppressed.
 */
export function topMovers(f: Figures, limit = 5): Mover[] {
  const movers: Mover[] = []
  for (const d of f.findings.readiness.dimensions) {
    const c = d.result.shown ? d.result.value.change : undefined
    if (c?.shown)
      movers.push({ kind: 'dimension', id: d.dimension, ...mark(c.value.mean, c.value) })
  }
  for (const t of themesOf(f)) {
    const c = t.result.shown ? t.result.value.change : undefined
    if (c?.shown) movers.push({ ...themeOf(t), ...mark(c.value.share, c.value) })
  }
  return largest(movers, limit)
}

const mark = (change: number, c: { significant?: boolean }) =>
  c.significant === undefined ? { change } : { change, significant: c.significant }

/**
 * The largest movements between two releases of one wave, untested: the later release holds
 * the earlier one's answers, so the two are not independent samples. Only figures both
 * releases show; each differs by a group of at least k (the release rule).
 */
export function movementSince(now: Figures, earlier: Figures, limit = 5): Mover[] {
  const movers: Mover[] = []
  for (const d of now.findings.readiness.dimensions) {
    const b = earlier.findings.readiness.dimensions.find((x) => x.dimension === d.dimension)
    if (d.result.shown && b?.result.shown)
      movers.push({
        kind: 'dimension',
        id: d.dimension,
        change: round(d.result.value.mean - b.result.value.mean, 3),
      })
  }
  const before = themesOf(earlier)
  for (const t of themesOf(now)) {
    const b = before.find((x) => x.id === t.id)
    if (t.result.shown && b?.result.shown)
      movers.push({ ...themeOf(t), change: round(t.result.value.share - b.result.value.share, 3) })
  }
  return largest(movers, limit)
}

/** Whether `keys` (`termKeys` of a text) hold `term` (`termKeys` of a term) as consecutive words. */
function holds(keys: string[], term: string[]) {
  for (let i = 0; i + term.length <= keys.length; i++)
    if (term.every((k, j) => keys[i + j] === k)) return true
  return false
}

/**
 * The emerging terms of a release that the previous wave's release did not list, each with
 * one of this release's own quotes that contains it in any inflection the term counts. Quotes
 * are never drawn anew: only those the release shows (redacted, from a side with k_quotes
 * answers), so nothing leaves that the report does not already show. `undefined` without a
 * previous wave.
 */
export function newTerms(
  content: Pick<ReleaseContent, 'emergingTerms' | 'quotes'>,
  previous: Pick<ReleaseContent, 'emergingTerms'> | null
): Shown<NewTerm[]> | undefined {
  if (!previous) return undefined
  const now = content.emergingTerms
  if (!now.shown) return now
  const before = previous.emergingTerms
  if (!before.shown) return { shown: false, note: previousWaveNote(before.note) }
  // Read as the term tally reads words: a term is known in any inflection, and another
  // inflection of it finds its quote ("Abstimmungsschleifen" for "Abstimmungsschleife").
  const key = (term: string) => termKeys(term).join(' ')
  const known = new Set(before.value.map((t) => key(t.term)))
  const quotes = [content.quotes.enabler, content.quotes.barrier]
    .flatMap((q) => (q.shown ? q.value : []))
    .map((quote) => ({ quote, keys: termKeys(quote) }))
  const value = now.value
    .filter((t) => !known.has(key(t.term)))
    .map(({ term, count }) => {
      const keys = termKeys(term)
      const quote = quotes.find((q) => holds(q.keys, keys))?.quote
      return quote === undefined ? { term, count } : { term, count, quote }
    })
  return now.note ? { shown: true, value, note: now.note } : { shown: true, value }
}
