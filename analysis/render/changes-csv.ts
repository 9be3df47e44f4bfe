import type { Mover } from '../movers.ts'
import type { Report } from '../report.ts'
import { reportLabels, type ReportLang } from './labels.ts'
import { moverLabels } from './movers-labels.ts'
import { markText, moverName, summaryText } from './movers.ts'
import { allSuppressed } from './sections.ts'
import type { Figure } from './tidy-csv.ts'

/**
 * A mover as a figure: a mean's change in the column of value changes, a share's in that of
 * share changes, and the words the report gives its test (or the lack of one) as the note.
 */
function moverFigure(lang: ReportLang, section: string, m: Mover, remark: string): Figure {
  const t = reportLabels[lang]
  const mean = m.kind === 'dimension'
  return {
    section,
    item: moverName(lang, m),
    option: mean ? t.mean : t.share,
    ...(mean ? { change: m.change } : { changeShare: m.change }),
    remarks: [remark],
  }
}

// An empty list shows as "—", as the report shows it.
const orNone = (lang: ReportLang, section: string, figures: Figure[]): Figure[] =>
  figures.length ? figures : [{ section, item: reportLabels[lang].none }]

/** The new emerging terms: each with how many texts hold it and its example quote, if any. */
function termFigures(lang: ReportLang, terms: NonNullable<Report['newTerms']>): Figure[] {
  const l = moverLabels[lang]
  const section = l.newTerms
  if (!terms.shown) return [{ section, item: reportLabels[lang].none, notes: [terms.note] }]
  return orNone(
    lang,
    section,
    terms.value.map((t) => ({
      section,
      item: t.term,
      value: t.count,
      ...(t.quote !== undefined && { remarks: [`${l.example}: „${t.quote}“`] }),
      ...(terms.note && { notes: [terms.note] }),
    }))
  )
}

/** The report's summary paragraph as one row; none where the report shows no figures. */
export const summaryFigures = (report: Report, lang: ReportLang): Figure[] =>
  allSuppressed(report)
    ? []
    : [{ section: moverLabels[lang].summary, item: summaryText(report, lang) }]

/**
 * What changed, as the report says it (analysis/render/movers.ts): the largest changes
 * against the previous wave with their test marks, the untested movement since the last
 * report of the wave, and new terms. Drawn from the report model only, so what it suppressed
 * has no value here either; nothing where the report shows no figures at all.
 */
export function changeFigures(report: Report, lang: ReportLang): Figure[] {
  if (allSuppressed(report)) return []
  const l = moverLabels[lang]
  const figures: Figure[] = []
  const previous = report.findings.previousWave
  if (report.movers && previous) {
    const section = l.movers(previous.label)
    const movers = report.movers.map((m) => moverFigure(lang, section, m, markText(lang, m)))
    figures.push(...orNone(lang, section, movers))
  }
  if (report.sinceRelease) {
    const section = l.since(report.sinceRelease.release)
    const movers = report.sinceRelease.movers.map((m) => moverFigure(lang, section, m, l.untested))
    figures.push(...orNone(lang, section, movers))
  }
  if (report.newTerms) figures.push(...termFigures(lang, report.newTerms))
  return figures
}
