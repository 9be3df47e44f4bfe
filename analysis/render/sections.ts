import type { Report } from '../report.ts'
import type { Shown } from '../suppression.ts'
import {
  dimensionLabel,
  noteText,
  num,
  pct,
  reportLabels,
  signed,
  signedPts,
  type ReportLang,
} from './labels.ts'

/** A report flattened into rows: what the text, HTML and CSV renderings share. */
export interface Row {
  label: string
  value: string
  /** 0–1 for a bar, where the figure is a share or a scale position. */
  bar?: number
  change?: string
}

/** " · as of release 2 (…)" after a figure a release kept from an earlier one, else "". */
export const carriedText = (lang: ReportLang, s: Shown<unknown>) =>
  s.shown && s.note ? ` · ${noteText(lang, s.note)}` : ''

const shownOr = <T>(lang: ReportLang, s: Shown<T>, f: (v: T) => string) =>
  s.shown ? f(s.value) + carriedText(lang, s) : noteText(lang, s.note)
/** A change, and whether its test found it significant where it was tested. */
const changeText = <T extends { significant?: boolean }>(
  lang: ReportLang,
  c: Shown<T> | undefined,
  f: (v: T) => string
) => {
  if (!c) return undefined
  if (!c.shown) return noteText(lang, c.note)
  const { significant } = c.value
  if (significant === undefined) return f(c.value)
  const t = reportLabels[lang]
  return `${f(c.value)} (${significant ? t.significant : t.notSignificant})`
}

export function readinessRows(r: Report, lang: ReportLang): Row[] {
  const t = reportLabels[lang]
  const rows = r.findings.readiness.dimensions.map((d): Row => {
    const label = dimensionLabel(lang, d.dimension)
    if (!d.result.shown) return { label, value: noteText(lang, d.result.note) }
    const v = d.result.value
    return {
      label,
      value: `${num(lang, v.mean)} · ${t.agreeing} ${pct(lang, v.shareAgreeing)} · n = ${v.n} · ${t.ci} ${num(lang, v.ci95[0])}–${num(lang, v.ci95[1])}${carriedText(lang, d.result)}`,
      bar: (v.mean - 1) / 4,
      change: changeText(
        lang,
        v.change,
        (c) => `${signed(lang, c.mean)} / ${signedPts(lang, c.shareAgreeing)}`
      ),
    }
  })
  const index = r.findings.readiness.index
  rows.push({
    label: t.index,
    value: shownOr(lang, index, (v) => `${num(lang, v.value, 1)} (n = ${v.n})`),
    bar: index.shown ? index.value.value / 100 : undefined,
    change: index.shown
      ? changeText(lang, index.value.change, (c) => signed(lang, c.value, 1))
      : undefined,
  })
  return rows
}

export function themeRows(
  r: Pick<Report, 'themes'>,
  side: 'enablers' | 'barriers',
  lang: ReportLang
): Row[] {
  const t = reportLabels[lang]
  return r.themes[side].map((f): Row => {
    if (!f.result.shown) return { label: f.label[lang], value: noteText(lang, f.result.note) }
    const v = f.result.value
    return {
      label: f.label[lang],
      value: `${pct(lang, v.share)} (${v.mentions}${v.negative ? `, ${t.negated} ${v.negative}` : ''})${carriedText(lang, f.result)}`,
      bar: v.share,
      change: changeText(lang, v.change, (c) => signedPts(lang, c.share)),
    }
  })
}

/** True when the wave is too small for any figure: the report then says only that. */
export const allSuppressed = (r: Report) => !r.findings.responses.shown
