import { noteText, reportLabels } from '../../analysis/render/labels.ts'
import {
  allSuppressed,
  carriedText,
  readinessRows,
  themeRows,
  type Row,
} from '../../analysis/render/sections.ts'
import type { Report } from '../../analysis/report.ts'
import { changeSections, summaryText } from '../../analysis/render/movers.ts'
import { usePage } from './messages/index.ts'

/** What a release freezes of a wave's free text: themes, redacted quotes, emerging terms. */
export type ReleasedTexts = Pick<Report, 'themes' | 'quotes' | 'emergingTerms' | 'newTerms'>

/** What changed, in the sections and words of the email (analysis/render/movers.ts). */
export function ChangesView(props: { report: Parameters<typeof changeSections>[0]; level: 2 | 3 }) {
  const { lang } = usePage()
  const H = props.level === 2 ? 'h2' : 'h3'
  return (
    <>
      {changeSections(props.report, lang).map((c) => (
        <>
          <H>{c.title}</H>
          {c.note ? <p class='hint'>{c.note}</p> : null}
          <ul>
            {c.lines.map((x) => (
              <li>{x}</li>
            ))}
          </ul>
        </>
      ))}
    </>
  )
}

/** Rows of a report section as a table, with the same words and figures the email has. */
function RowsTable(props: { id: string; caption: string; head: [string, string]; rows: Row[] }) {
  const t = reportLabels[usePage().lang]
  if (!props.rows.length) return <p>{t.none}</p>
  return (
    <div class='table-wrap' role='region' aria-labelledby={props.id} tabindex={0}>
      <table>
        <caption id={props.id}>{props.caption}</caption>
        <thead>
          <tr>
            <th scope='col'>{props.head[0]}</th>
            <th scope='col'>{props.head[1]}</th>
            <th scope='col'>{t.change}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr>
              <th scope='row'>{r.label}</th>
              <td>{r.value}</td>
              <td>{r.change ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/**
 * Success factors, barriers, their quotes and emerging terms exactly as the release holds
 * them: after redaction and only where a group reached k_quotes; nothing is computed here.
 */
export function ReleasedTextsView({ texts, level }: { texts: ReleasedTexts; level: 2 | 3 }) {
  const { lang } = usePage()
  const t = reportLabels[lang]
  const H = level === 2 ? 'h2' : 'h3'
  const e = texts.emergingTerms
  return (
    <>
      {(['enablers', 'barriers'] as const).map((side) => (
        <RowsTable
          id={`themes-${side}`}
          caption={t[side]}
          head={[t.theme, t.share]}
          rows={themeRows(texts, side, lang)}
        />
      ))}
      {(['enabler', 'barrier'] as const).map((side) => {
        const q = texts.quotes[side]
        return (
          <>
            <H>{`${t.quotes} – ${side === 'enabler' ? t.enablers : t.barriers}`}</H>
            {q.shown ? q.value.map((x) => <blockquote>{x}</blockquote>) : null}
            {q.note ? <p class='suppressed'>{noteText(lang, q.note)}</p> : null}
          </>
        )
      })}
      <p>
        {`${t.emerging}: ${e.shown ? (e.value.map((x) => `${x.term} (${x.count})`).join(', ') || t.none) + carriedText(lang, e) : noteText(lang, e.note)}`}
      </p>
    </>
  )
}

/** A stored report in the dashboard frame: its model as stored, in the words of the email. */
export function ReportBody({ report }: { report: Report }) {
  const { lang } = usePage()
  const t = reportLabels[lang]
  const k = report.findings.thresholds
  const r = report.findings.responses
  return (
    <section aria-labelledby='report-content'>
      <h2 id='report-content'>{t.subject(report.survey.title[lang], report.period)}</h2>
      <p>{t.intro(report.wave.label, report.generatedOn)}</p>
      <p>{`${t.coverage}: ${t.coverageLine(report.coverage)}`}</p>
      {allSuppressed(report) ? (
        <p class='suppressed'>{t.suppressedAll(k.minGroupSize)}</p>
      ) : (
        <>
          <p>{summaryText(report, lang)}</p>
          <p>{`${t.responses}: ${r.shown ? r.value : noteText(lang, r.note)}`}</p>
          <ChangesView report={report} level={3} />
          <RowsTable
            id='report-readiness'
            caption={t.readiness}
            head={[t.dimension, t.mean]}
            rows={readinessRows(report, lang)}
          />
          <ReleasedTextsView texts={report} level={3} />
        </>
      )}
      <p class='hint'>{t.footer(report.codebookVersion, k.minGroupSize, k.minGroupSizeQuotes)}</p>
    </section>
  )
}
