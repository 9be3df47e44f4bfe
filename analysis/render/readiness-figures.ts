import type { Readiness } from '../readiness.ts'
import type { Shown } from '../suppression.ts'
import { dimensionLabel, reportLabels, type ReportLang } from './labels.ts'
import { changeOf, shownFigure, type Figure } from './tidy-csv.ts'

/** The responses of a wave as a figure: how many, or the note why that is not shown. */
export const responsesFigure = (responses: Shown<number>, lang: ReportLang): Figure =>
  shownFigure(
    { section: reportLabels[lang].coverage, item: reportLabels[lang].responses },
    responses,
    (n) => ({ n })
  )

/** Each readiness dimension (mean on 1–5) and the index (0–100), one figure each. */
export function readinessFigures(readiness: Readiness, lang: ReportLang): Figure[] {
  const t = reportLabels[lang]
  const dimensions = readiness.dimensions.map((d) =>
    shownFigure(
      { section: t.readiness, item: dimensionLabel(lang, d.dimension) },
      d.result,
      (v) => ({
        n: v.n,
        value: v.mean,
        sd: v.sd,
        lower: v.ci95[0],
        upper: v.ci95[1],
        share: v.shareAgreeing,
        ...changeOf(v.change, (c) => ({ change: c.mean, changeShare: c.shareAgreeing })),
      })
    )
  )
  const index = shownFigure({ section: t.readiness, item: t.index }, readiness.index, (v) => ({
    n: v.n,
    value: v.value,
    lower: v.ci95[0],
    upper: v.ci95[1],
    ...changeOf(v.change, (c) => ({ change: c.value })),
  }))
  return [...dimensions, index]
}
