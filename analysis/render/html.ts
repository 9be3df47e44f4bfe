import type { Report } from '../report.ts'
import { noteText, reportLabels, type ReportLang } from './labels.ts'
import { changeSections, summaryText } from './movers.ts'
import { allSuppressed, carriedText, readinessRows, themeRows, type Row } from './sections.ts'

/** Text made safe for HTML content and quoted attributes. */
export const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
  )

const FONT = 'font-family:Arial,Helvetica,sans-serif;color:#0b0c0c;'
const CELL = `${FONT}font-size:14px;padding:6px 8px;border-bottom:1px solid #b1b4b6;vertical-align:top;`

// Bars are nested tables with bgcolor: Outlook ignores CSS widths on divs and background
// images, and an explicit colour pair keeps the bar visible when a client inverts for dark mode.
function bar(share: number): string {
  const w = Math.max(1, Math.min(100, Math.round(share * 100)))
  return `<table role="presentation" width="160" cellpadding="0" cellspacing="0" border="0" style="width:160px;border:1px solid #0b0c0c;"><tr><td width="${w}%" height="10" bgcolor="#1d4f91" style="background-color:#1d4f91;height:10px;font-size:0;line-height:0;">&nbsp;</td>${w < 100 ? `<td width="${100 - w}%" bgcolor="#ffffff" style="background-color:#ffffff;font-size:0;line-height:0;">&nbsp;</td>` : ''}</tr></table>`
}

function table(title: string, head: [string, string], rows: Row[], lang: ReportLang): string {
  const t = reportLabels[lang]
  const body = rows
    .map(
      (r) =>
        `<tr><th scope="row" align="left" style="${CELL}">${esc(r.label)}</th><td style="${CELL}">${r.bar === undefined ? '' : bar(r.bar)}</td><td style="${CELL}">${esc(r.value)}</td><td style="${CELL}">${esc(r.change ?? '')}</td></tr>`
    )
    .join('')
  return `<h2 style="${FONT}font-size:18px;margin:24px 0 8px;">${esc(title)}</h2><table role="table" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;"><tr><th scope="col" align="left" style="${CELL}">${esc(head[0])}</th><th scope="col" style="${CELL}"></th><th scope="col" align="left" style="${CELL}">${esc(head[1])}</th><th scope="col" align="left" style="${CELL}">${esc(t.change)}</th></tr>${body}</table>`
}

const h2 = (text: string) =>
  `<h2 style="${FONT}font-size:18px;margin:24px 0 8px;">${esc(text)}</h2>`

const para = (text: string) =>
  `<p style="${FONT}font-size:15px;line-height:1.5;margin:8px 0;">${esc(text)}</p>`

/** The HTML email: inline CSS only, table layout, no remote images, readable in dark mode. */
export function reportHtml(report: Report, lang: ReportLang = 'de'): string {
  const t = reportLabels[lang]
  const k = report.findings.thresholds
  const parts = [
    `<h1 style="${FONT}font-size:22px;margin:0 0 8px;">${esc(t.subject(report.survey.title[lang], report.period))}</h1>`,
    para(t.intro(report.wave.label, report.generatedOn)),
    para(`${t.coverage}: ${t.coverageLine(report.coverage)}`),
  ]
  if (allSuppressed(report)) parts.push(para(t.suppressedAll(k.minGroupSize)))
  else {
    const r = report.findings.responses
    parts.push(para(summaryText(report, lang)))
    parts.push(para(`${t.responses}: ${r.shown ? r.value : noteText(lang, r.note)}`))
    for (const c of changeSections(report, lang))
      parts.push(
        h2(c.title) + (c.note ? para(c.note) : ''),
        `<ul style="${FONT}font-size:15px;line-height:1.5;margin:8px 0;">${c.lines.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`
      )
    parts.push(table(t.readiness, [t.dimension, t.mean], readinessRows(report, lang), lang))
    parts.push(table(t.enablers, [t.theme, t.share], themeRows(report, 'enablers', lang), lang))
    parts.push(table(t.barriers, [t.theme, t.share], themeRows(report, 'barriers', lang), lang))
    for (const side of ['enabler', 'barrier'] as const) {
      const q = report.quotes[side]
      parts.push(
        `<h2 style="${FONT}font-size:18px;margin:24px 0 8px;">${esc(`${t.quotes} – ${side === 'enabler' ? t.enablers : t.barriers}`)}</h2>`
      )
      parts.push(
        q.shown
          ? q.value
              .map(
                (x) =>
                  `<blockquote style="${FONT}font-size:15px;margin:8px 0;padding:4px 12px;border-left:4px solid #1d4f91;">${esc(x)}</blockquote>`
              )
              .join('')
          : para(noteText(lang, q.note))
      )
      if (q.shown && q.note) parts.push(para(noteText(lang, q.note)))
    }
    const e = report.emergingTerms
    parts.push(
      para(
        `${t.emerging}: ${e.shown ? (e.value.map((x) => `${x.term} (${x.count})`).join(', ') || t.none) + carriedText(lang, e) : noteText(lang, e.note)}`
      )
    )
  }
  parts.push(
    `<p style="${FONT}font-size:12px;color:#484949;margin-top:24px;">${esc(t.footer(report.codebookVersion, k.minGroupSize, k.minGroupSizeQuotes))}</p>`
  )
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="color-scheme" content="light only"><title>${esc(t.subject(report.survey.title[lang], report.period))}</title></head><body style="margin:0;padding:0;background-color:#ffffff;" bgcolor="#ffffff"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff"><tr><td align="center" style="padding:16px;"><table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" style="max-width:640px;width:100%;"><tr><td style="${FONT}">${parts.join('')}</td></tr></table></td></tr></table></body></html>`
}
