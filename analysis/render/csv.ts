import type { Report } from '../report.ts'
import { changeFigures, summaryFigures } from './changes-csv.ts'
import { reportLabels, type ReportLang } from './labels.ts'
import { readinessFigures, responsesFigure } from './readiness-figures.ts'
import { changeOf, figuresCsv, shownFigure, type Figure } from './tidy-csv.ts'

/** The themes of one side: the share of answers mentioning each, and how many negated it. */
function themeFigures(report: Report, side: 'enablers' | 'barriers', lang: ReportLang): Figure[] {
  const t = reportLabels[lang]
  return report.themes[side].flatMap((f) => {
    const labels = { section: t[side], item: f.label[lang] }
    const theme = shownFigure(labels, f.result, (v) => ({
      value: v.mentions,
      share: v.share,
      ...changeOf(v.change, (c) => ({ changeShare: c.share })),
    }))
    if (!f.result.shown) return [theme]
    return [theme, { ...labels, option: t.negated, value: f.result.value.negative }]
  })
}

/**
 * The report as a tidy CSV for German Excel: one row per figure, suppressed ones with their
 * note, in the order of the report (summary, responses, what changed, figures).
 */
export function reportCsv(report: Report, lang: ReportLang = 'de'): string {
  return figuresCsv(
    [
      ...summaryFigures(report, lang),
      responsesFigure(report.findings.responses, lang),
      ...changeFigures(report, lang),
      ...readinessFigures(report.findings.readiness, lang),
      ...themeFigures(report, 'enablers', lang),
      ...themeFigures(report, 'barriers', lang),
    ],
    lang
  )
}
