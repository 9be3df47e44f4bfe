import { toCsv } from '../csv.ts'
import type { Report } from '../report.ts'
import { reportLabels, type ReportLang } from './labels.ts'
import { readinessRows, themeRows } from './sections.ts'

/** The report as CSV for German Excel: one row per figure, suppressed ones with their note. */
export function reportCsv(report: Report, lang: ReportLang = 'de'): string {
  const t = reportLabels[lang]
  const section = (name: string, rows: ReturnType<typeof readinessRows>) =>
    rows.map((r) => [report.period, name, r.label, r.value, r.change ?? ''])
  return toCsv(
    ['period', 'section', 'label', 'value', 'change'],
    [
      ...section(t.readiness, readinessRows(report, lang)),
      ...section(t.enablers, themeRows(report, 'enablers', lang)),
      ...section(t.barriers, themeRows(report, 'barriers', lang)),
    ]
  )
}
