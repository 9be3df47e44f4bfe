import type { Mover } from '../movers.ts'
import type { Report } from '../report.ts'
import {
  dimensionLabel,
  noteText,
  num,
  reportLabels,
  signed,
  signedPts,
  type ReportLang,
} from './labels.ts'
import { moverLabels } from './movers-labels.ts'

// A theme and a dimension can share a name (trust): the kind says which one moved.
export const moverName = (lang: ReportLang, m: Mover) =>
  `${m.label ? m.label[lang] : dimensionLabel(lang, m.id)} (${moverLabels[lang].kind[m.side ?? 'dimension']})`

const moverChange = (lang: ReportLang, m: Mover) =>
  m.kind === 'dimension' ? signed(lang, m.change) : signedPts(lang, m.change)

/** "signifikant, Welch-t-Test", or "nicht getestet" where no test applies. */
export function markText(lang: ReportLang, m: Mover) {
  if (m.significant === undefined) return moverLabels[lang].noTest
  const t = reportLabels[lang]
  return `${m.significant ? t.significant : t.notSignificant}, ${moverLabels[lang].test[m.kind]}`
}

const moverLine = (lang: ReportLang, m: Mover, tested: boolean) =>
  `${moverName(lang, m)}: ${moverChange(lang, m)}${tested ? ` (${markText(lang, m)})` : ''}`

/** A titled list of lines, with a note why, that every rendering draws the same way. */
export interface ChangeSection {
  title: string
  note?: string
  lines: string[]
}

/**
 * What changed: the largest changes against the previous wave with their test marks, the
 * untested movement since the last report of the same wave, and new emerging terms with an
 * example quote. Sections the report has no figures for are left out.
 */
export function changeSections(
  r: Pick<Report, 'findings' | 'movers' | 'sinceRelease' | 'newTerms'>,
  lang: ReportLang
): ChangeSection[] {
  const l = moverLabels[lang]
  const none = [reportLabels[lang].none]
  const sections: ChangeSection[] = []
  const previous = r.findings.previousWave
  if (r.movers && previous) {
    const lines = r.movers.map((m) => moverLine(lang, m, true))
    sections.push({ title: l.movers(previous.label), lines: lines.length ? lines : none })
  }
  if (r.sinceRelease) {
    const lines = r.sinceRelease.movers.map((m) => moverLine(lang, m, false))
    sections.push({
      title: l.since(r.sinceRelease.release),
      note: l.untested,
      lines: lines.length ? lines : none,
    })
  }
  const terms = r.newTerms
  if (terms)
    sections.push({
      title: l.newTerms,
      lines: !terms.shown
        ? [noteText(lang, terms.note)]
        : terms.value.length
          ? terms.value.map(
              (t) => `${t.term} (${t.count})${t.quote ? ` – ${l.example}: „${t.quote}“` : ''}`
            )
          : none,
    })
  return sections
}

/**
 * The summary paragraph, from the report's shown figures by templates only: a suppressed
 * figure or change has no value in the model, so it cannot appear here.
 */
export function summaryText(r: Report, lang: ReportLang): string {
  const l = moverLabels[lang]
  const f = r.findings
  const parts: string[] = []
  if (f.responses.shown) parts.push(l.responses(f.responses.value))
  const index = f.readiness.index
  if (index.shown) {
    const c = index.value.change
    const m = c?.shown && c.value.significant !== undefined && f.previousWave
    parts.push(
      l.index(num(lang, index.value.value, 1)) +
        (m
          ? l.indexChange(
              signed(lang, c.value.value, 1),
              f.previousWave!.label,
              c.value.significant
                ? reportLabels[lang].significant
                : reportLabels[lang].notSignificant
            )
          : '') +
        '.'
    )
  }
  const movers = r.movers ?? []
  const up = movers.find((m) => m.change > 0)
  const down = movers.find((m) => m.change < 0)
  const what = (m: Mover) => `${moverName(lang, m)} (${moverChange(lang, m)}, ${markText(lang, m)})`
  if (up) parts.push(l.up(what(up)))
  if (down) parts.push(l.down(what(down)))
  if (r.newTerms?.shown) parts.push(l.termCount(r.newTerms.value.length))
  return parts.join(' ')
}
