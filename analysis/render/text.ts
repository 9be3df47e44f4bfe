import type { Report } from '../report.ts'
import { noteText, reportLabels, type ReportLang } from './labels.ts'
import { changeSections, summaryText } from './movers.ts'
import { allSuppressed, carriedText, readinessRows, themeRows, type Row } from './sections.ts'

const rowLine = (r: Row) => `  ${r.label}: ${r.value}${r.change ? ` (${r.change})` : ''}`

/** The plain-text rendering: the email's text part and the terminal view. */
export function reportText(report: Report, lang: ReportLang = 'de'): string {
  const t = reportLabels[lang]
  const k = report.findings.thresholds
  const lines = [
    t.subject(report.survey.title[lang], report.period),
    '',
    t.intro(report.wave.label, report.generatedOn),
    `${t.coverage}: ${t.coverageLine(report.coverage)}`,
    '',
  ]
  if (allSuppressed(report)) {
    lines.push(t.suppressedAll(k.minGroupSize))
  } else {
    const responses = report.findings.responses
    lines.push(
      summaryText(report, lang),
      '',
      `${t.responses}: ${responses.shown ? responses.value : noteText(lang, responses.note)}`,
      ''
    )
    for (const c of changeSections(report, lang))
      lines.push(`${c.title}:`, ...(c.note ? [c.note] : []), ...c.lines.map((x) => `  ${x}`), '')
    lines.push(`${t.readiness}:`, ...readinessRows(report, lang).map(rowLine), '')
    lines.push(`${t.enablers}:`, ...themeRows(report, 'enablers', lang).map(rowLine), '')
    lines.push(`${t.barriers}:`, ...themeRows(report, 'barriers', lang).map(rowLine), '')
    for (const side of ['enabler', 'barrier'] as const) {
      const quotes = report.quotes[side]
      lines.push(`${t.quotes} – ${side === 'enabler' ? t.enablers : t.barriers}:`)
      lines.push(
        ...(quotes.shown
          ? quotes.value.map((q) => `  „${q}“`)
          : [`  ${noteText(lang, quotes.note)}`]),
        ...(quotes.shown && quotes.note ? [`  ${noteText(lang, quotes.note)}`] : []),
        ''
      )
    }
    const emerging = report.emergingTerms
    lines.push(
      `${t.emerging}: ${emerging.shown ? (emerging.value.map((e) => `${e.term} (${e.count})`).join(', ') || t.none) + carriedText(lang, emerging) : noteText(lang, emerging.note)}`,
      ''
    )
  }
  lines.push('--', t.footer(report.codebookVersion, k.minGroupSize, k.minGroupSizeQuotes))
  return lines.join('\n') + '\n'
}
