import type { QuestionFinding } from './findings.ts'
import type { WaveFindings } from './report-model.ts'
import { reportLabels, type ReportLang } from './render/labels.ts'
import { readinessFigures, responsesFigure } from './render/readiness-figures.ts'
import { changeOf, figuresCsv, shownFigure, type Figure } from './render/tidy-csv.ts'
import type { Note } from './suppression.ts'

/** A question's summary figure, then one figure per option with its count. */
function questionFigures(q: QuestionFinding, lang: ReportLang): Figure[] {
  const labels = { section: reportLabels[lang].questions, item: q.label[lang] }
  const summary = shownFigure(labels, q.result, (s) => ({
    n: s.n,
    value: s.mean,
    sd: s.sd,
    lower: s.ci95?.[0],
    upper: s.ci95?.[1],
    share: s.shareAgreeing,
    ...changeOf(s.change, (c) => ({ change: c.mean, changeShare: c.shareAgreeing })),
  }))
  if (!q.result.shown) return [summary]
  const { n, distribution = [] } = q.result.value
  return [
    summary,
    ...distribution.map((o) => ({ ...labels, option: o.label[lang], n, value: o.count })),
  ]
}

/**
 * The findings of a wave as a tidy CSV: one row per figure, numbers in columns of their own,
 * labels and notes in `lang`. A wave whose figures are hidden gives one row with the note.
 */
export function findingsCsv(
  findings: WaveFindings | null,
  lang: ReportLang,
  hiddenNote?: Note
): string {
  if (!findings) {
    const t = reportLabels[lang]
    const notes = hiddenNote ? [hiddenNote] : []
    return figuresCsv([{ section: t.coverage, item: t.responses, notes }], lang)
  }
  return figuresCsv(
    [
      responsesFigure(findings.responses, lang),
      ...findings.questions.flatMap((q) => questionFigures(q, lang)),
      ...readinessFigures(findings.readiness, lang),
    ],
    lang
  )
}
