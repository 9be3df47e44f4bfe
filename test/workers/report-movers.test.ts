import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { newTerms } from '../../analysis/movers.ts'
import type { Report } from '../../analysis/report.ts'
import { moverLabels } from '../../analysis/render/movers-labels.ts'
import { reportCsv } from '../../analysis/render/csv.ts'
import { reportLabels } from '../../analysis/render/labels.ts'
import { runReports } from '../../worker/reports/run.ts'
import { reportPath } from '../../worker/dashboard/ReportsPage.tsx'
import { tokenFor } from './api-helpers.ts'
import { sessionFor, visit, wavePage } from './dashboard-helpers.ts'
import { installPulseCopy, storeAnswerSets, storePulseAnswers, nextWave } from './helpers.ts'
import { reportText } from '../../analysis/render/text.ts'
import { heading, releaseOf, reportFromRelease } from './report-hand.ts'
import { records } from './csv-read.ts'

// k = 5 and k_quotes = 5 (report-hand.ts).
const likert = (i: number, base: number) => ({ trust: base + (i % 2), resources: 3 })
const responses = (n: number, base: number, texts: (i: number) => object) =>
  Array.from({ length: n }, (_, i) => ({ ...likert(i, base), ...texts(i) }))
const de = reportLabels.de.columns
/** The report's German CSV rows of one section. */
const csvSection = (report: Report, title: string) =>
  records(reportCsv(report, 'de')).filter((r) => r[de.section] === title)

const earlier = releaseOf(
  'Welle 1',
  responses(6, 2, () => ({ helped: 'Vertrauen, Teeküche', hindered: 'Silo' })),
  null
)

describe('the words of what changed', () => {
  it('exist in German and in English, key for key', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' ? keys(v).map((x) => `${k}.${x}`) : [k]
      )
    expect(keys(moverLabels.en)).toEqual(keys(moverLabels.de))
  })
})

describe('new emerging terms in a report', () => {
  it('gives a term from fewer than k_quotes answers no line and no quote, though a shown quote holds it', () => {
    const release = releaseOf(
      'Welle 2',
      responses(6, 3, (i) => ({
        helped: i < 4 ? 'Vertrauen, Faxgerät' : 'Vertrauen, Fahrradkeller',
        hindered: 'Fahrradkeller, Silo',
      })),
      earlier
    )
    const report = reportFromRelease(release, heading('Welle 2'))
    if (!report.quotes.enabler.shown) throw new Error('quotes suppressed')
    // Faxgerät is in 4 answers (< k_quotes), Fahrradkeller in 2 + 6 = 8. A quote with Faxgerät
    // may be shown (its side has k_quotes answers); the term may not be listed.
    expect(report.quotes.enabler.value).toContain('Vertrauen, Faxgerät')
    expect(report.newTerms).toEqual({
      shown: true,
      value: [{ term: 'fahrradkeller', count: 8, quote: expect.stringContaining('Fahrradkeller') }],
    })
    expect(reportText(report, 'de')).not.toMatch(/faxgerät \(|Beispiel: „Vertrauen, Faxgerät/i)
    // Nor in the CSV: one row, for the listed term, whose example cannot be the Faxgerät one.
    const rows = csvSection(report, 'Neue Begriffe seit der Vorrunde')
    expect(rows.map((r) => [r[de.item], r[de.value]])).toEqual([['fahrradkeller', '8']])
    expect(rows[0][de.note]).toMatch(/^Beispiel: „.*Fahrradkeller.*“$/)
    expect(reportCsv(report, 'de')).not.toMatch(/faxger/i)
  })

  it('gives a listed term no quote where neither side has k_quotes answers', () => {
    // Six texts name the term (≥ k_quotes), three per side: each side below k_quotes.
    const release = releaseOf(
      'Welle 2',
      responses(6, 3, (i) =>
        i < 3 ? { helped: 'Vertrauen, Fahrradkeller' } : { hindered: 'Silo, Fahrradkeller' }
      ),
      earlier
    )
    const report = reportFromRelease(release, heading('Welle 2'))
    expect(report.quotes.enabler.shown || report.quotes.barrier.shown).toBe(false)
    expect(report.newTerms).toEqual({ shown: true, value: [{ term: 'fahrradkeller', count: 6 }] })
    expect(reportText(report, 'en')).not.toContain('Example')
    const rows = csvSection(report, 'Neue Begriffe seit der Vorrunde')
    expect(rows.map((r) => [r[de.item], r[de.value], r[de.note]])).toEqual([
      ['fahrradkeller', '6', ''],
    ])
    for (const lang of ['de', 'en'] as const)
      expect(reportCsv(report, lang)).not.toMatch(/Vertrauen, Fahrradkeller|Silo, Fahrradkeller/)
  })

  it('shows the example only redacted: no name or ministry of the answer', () => {
    const text = 'Der Fahrradkeller hat uns sehr geholfen, sagt Frau Dr. Müller vom BMJV.'
    const release = releaseOf(
      'Welle 2',
      responses(6, 3, () => ({ helped: text, hindered: 'Silo' })),
      earlier
    )
    const report = reportFromRelease(release, heading('Welle 2'))
    if (!report.newTerms?.shown) throw new Error('new terms suppressed')
    const example = report.newTerms.value.find((t) => t.term === 'fahrradkeller')?.quote
    expect(example).toContain('Fahrradkeller')
    expect(example).not.toMatch(/Müller|BMJV/i)
    for (const lang of ['de', 'en'] as const) {
      expect(reportText(report, lang)).not.toMatch(/Müller|BMJV/i)
      expect(reportCsv(report, lang)).toContain('Fahrradkeller hat uns')
      expect(reportCsv(report, lang)).not.toMatch(/Müller|BMJV/i)
    }
  })
})

describe('the example quote of a new term', () => {
  /** The new terms of a release whose shown quotes are `quotes`, against a wave with `before`. */
  const examples = (terms: string[], quotes: string[], before: string[] = []) => {
    const listed = (t: string[]) => ({
      shown: true as const,
      value: t.map((term) => ({ term, count: 5 })),
    })
    const result = newTerms(
      {
        emergingTerms: listed(terms),
        quotes: {
          enabler: { shown: true, value: quotes },
          barrier: { shown: false, note: { reason: 'fewer-than-k', k: 5 } },
        },
      },
      { emergingTerms: listed(before) }
    )
    if (!result?.shown) throw new Error('new terms suppressed')
    return Object.fromEntries(result.value.map((t) => [t.term, t.quote ?? null]))
  }

  it('finds a quote with another German inflection of the term', () => {
    expect(
      examples(
        ['abstimmungsschleife', 'teeküche', 'kurze wege'],
        ['Zu viele Abstimmungsschleifen im Haus', 'In den Teeküchen', 'Kurzen Wegen sei Dank']
      )
    ).toEqual({
      abstimmungsschleife: 'Zu viele Abstimmungsschleifen im Haus',
      teeküche: 'In den Teeküchen',
      'kurze wege': 'Kurzen Wegen sei Dank',
    })
  })

  it('finds a quote with another English inflection, a two-word term as consecutive words', () => {
    expect(
      examples(
        ['meeting', 'weekly deadline', 'shared drive'],
        ['Shared, drive-by comments', 'Too many meetings.', 'Weekly deadlines help']
      )
    ).toEqual({
      meeting: 'Too many meetings.',
      'weekly deadline': 'Weekly deadlines help',
      'shared drive': null,
    })
  })

  it('finds no quote where the term is only part of a word', () => {
    expect(examples(['rat', 'meet'], ['Die Beratung war gut', 'Meetings, Räte'])).toEqual({
      rat: null,
      meet: null,
    })
  })

  it('counts a term the previous wave listed in another inflection as known', () => {
    expect(examples(['teeküche', 'silos'], [], ['Teeküchen'])).toEqual({ silos: null })
  })

  it('takes the quote from a shown side when the term was written otherwise on the other', () => {
    // Enabler side: four answers (< k_quotes), no quotes; barrier side: five, shown. The term
    // is written "abstimmungsschleife" 4 times, "Abstimmungsschleifen" 3 times.
    const release = releaseOf(
      'Welle 2',
      responses(6, 3, (i) => ({
        ...(i < 4 && { helped: 'Vertrauen, abstimmungsschleife' }),
        ...(i < 5 && { hindered: i < 3 ? 'Silo, Abstimmungsschleifen' : 'Silo' }),
      })),
      earlier
    )
    const report = reportFromRelease(release, heading('Welle 2'))
    expect(report.quotes.enabler.shown).toBe(false)
    expect(report.newTerms).toEqual({
      shown: true,
      value: [{ term: 'abstimmungsschleife', count: 7, quote: 'Silo, Abstimmungsschleifen' }],
    })
  })
})

describe('top movers', () => {
  it('leave out changes the release suppressed, and so does the summary', () => {
    // Wave 1 has four free-text answers (< k): no shares, so no theme change and no terms.
    const small = releaseOf(
      'Welle 1',
      responses(6, 2, (i) => (i < 4 ? { hindered: 'Silo' } : {})),
      null
    )
    const release = releaseOf(
      'Welle 2',
      responses(6, 4, () => ({ helped: 'Vertrauen, Fahrradkeller', hindered: 'Teeküche' })),
      small
    )
    const report = reportFromRelease(release, heading('Welle 2'))
    expect(report.movers!.map((m) => m.kind)).toEqual(['dimension'])
    expect(report.newTerms).toEqual({
      shown: false,
      note: { reason: 'previous-wave-fewer-than-k', k: 5 },
    })
    const text = reportText(report, 'de')
    const summary = text.split('\n')[5]
    expect(summary).toMatch(/^6 Antworten\. Bereitschaftsindex/)
    expect(summary).not.toMatch(/Pp\.|Begriff/)
    expect(text).toContain('Vorrunde: weniger als 5')
    // The CSV: the one mover (trust 2.5 → 4.5), no theme change in any row, new terms only as
    // the note.
    const movers = csvSection(report, 'Größte Veränderungen seit „Welle 1“')
    expect(movers.map((r) => [r[de.item], r[de.change], r[de.changeShare]])).toEqual([
      ['Vertrauen (Bereitschaft)', '2', ''],
    ])
    const rows = records(reportCsv(report, 'de'))
    const themes = ['Erfolgsfaktoren', 'Hürden']
    const themeRows = rows.filter((r) => themes.includes(r[de.section]))
    expect(themeRows.length).toBeGreaterThan(0)
    expect(themeRows.filter((r) => r[de.changeShare] !== '')).toEqual([])
    const summaryRows = rows.filter((r) => r[de.section] === 'Zusammenfassung')
    expect(summaryRows.map((r) => r[de.item])).toEqual([summary])
    expect(csvSection(report, 'Neue Begriffe seit der Vorrunde')).toEqual([
      expect.objectContaining({
        [de.item]: '—',
        [de.value]: '',
        [de.note]: 'Vorrunde: weniger als 5',
      }),
    ])
  })

  it('between two releases of one wave show movement without a test, and say why', () => {
    const first = releaseOf(
      'Welle 2',
      responses(6, 3, () => ({ helped: 'Vertrauen', hindered: 'Silo' })),
      earlier
    )
    // Six more answers (≥ k): the next release renews every figure.
    const all = [
      ...responses(6, 3, () => ({ helped: 'Vertrauen', hindered: 'Silo' })),
      ...responses(6, 4, () => ({ helped: 'Teeküche', hindered: 'Silo' })),
    ]
    const second = releaseOf('Welle 2', all, earlier, first)
    expect(second.seq).toBe(2)
    const report = reportFromRelease(second, heading('Welle 2'), first)
    // trust: mean of 3,4,… = 3.5 → of 3,4,…,4,5,… = 4.0: +0.5; trust theme: 6/12 → 6/24:
    // −0.25; silo stays 6/12 → 12/24 and resources stays 3: no movement, not listed.
    expect(report.sinceRelease).toEqual({
      release: 1,
      movers: [
        { kind: 'theme', id: 'trust', side: 'enabler', label: expect.anything(), change: -0.25 },
        { kind: 'dimension', id: 'trust', change: 0.5 },
      ],
    })
    const text = reportText(report, 'de')
    const section = text.slice(text.indexOf('Bewegung seit dem letzten Bericht (Freigabe 1)'))
    const lines = section.slice(0, section.indexOf('\n\n')).split('\n')
    expect(lines).toEqual([
      'Bewegung seit dem letzten Bericht (Freigabe 1):',
      expect.stringMatching(/^Ohne Signifikanztest: .*keine unabhängigen Stichproben/),
      '  Vertrauen (Erfolgsfaktor): -25 Pp.',
      '  Vertrauen (Bereitschaft): +0,50',
    ])
    const rows = csvSection(report, 'Bewegung seit dem letzten Bericht (Freigabe 1)')
    expect(rows.map((r) => [r[de.item], r[de.option], r[de.change], r[de.changeShare]])).toEqual([
      ['Vertrauen (Erfolgsfaktor)', 'Anteil der Antworten', '', '-0,25'],
      ['Vertrauen (Bereitschaft)', 'Mittelwert (1–5)', '0,5', ''],
    ])
    expect(rows.map((r) => r[de.note])).toEqual([moverLabels.de.untested, moverLabels.de.untested])
  })
})

describe('the weekly report of an open wave', () => {
  it('compares with the release its last report showed, untested', async () => {
    const survey = await installPulseCopy('report-movement', 'invitations')
    await storePulseAnswers(survey, 5)
    await runReports(env, new Date('2026-11-23T06:00:00Z'), { only: 'report-movement' })
    // Five more (k), all less trusting: trust goes from 4 to (5·4 + 5·2)/10 = 3.
    await storeAnswerSets(
      survey,
      Array.from({ length: 5 }, () => ({ trust: 2, transparency: 3, continuity: 3, resources: 2 }))
    )
    const run = await runReports(env, new Date('2026-11-30T06:00:00Z'), { only: 'report-movement' })
    expect(run.built).toEqual(['report-movement 2026-W49'])
    const row = await env.DB.prepare(
      `SELECT model FROM reports WHERE survey_id = ?1 AND period = '2026-W49'`
    )
      .bind(survey.surveyId)
      .first<{ model: string }>()
    const report = JSON.parse(row!.model) as Report
    expect(report.sinceRelease?.release).toBe(1)
    expect(report.sinceRelease?.movers[0]).toEqual({ kind: 'dimension', id: 'trust', change: -1 })
    expect(report.sinceRelease?.movers.every((m) => m.significant === undefined)).toBe(true)
  })
})

describe('the dashboard', () => {
  it('shows the movers on the wave page and the summary on the report page', async () => {
    const survey = await installPulseCopy('report-movers-dashboard', 'invitations')
    const sets = (trust: number) =>
      Array.from({ length: 6 }, (_, i) => ({
        trust: trust + (i % 2),
        transparency: 3,
        continuity: 3,
        resources: 2,
      }))
    await storeAnswerSets(survey, sets(1))
    const second = await nextWave(survey, 'wave-movers-2')
    await storeAnswerSets(second, sets(4))
    const session = await sessionFor(await tokenFor('researcher'))
    // trust: 1.5 → 4.5, t = 3/√(2·0.3/6) = 9.5: significant after any Holm bound here.
    const page = await (await visit(wavePage(second), session)).text()
    expect(page).toContain('Größte Veränderungen seit')
    expect(page).toContain('Vertrauen (Bereitschaft): +3,00 (signifikant, Welch-t-Test)')
    await runReports(env, new Date('2026-11-23T06:00:00Z'), { only: 'report-movers-dashboard' })
    const row = await env.DB.prepare(`SELECT id FROM reports WHERE survey_id = ?1`)
      .bind(survey.surveyId)
      .first<{ id: string }>()
    const report = await (await visit(reportPath(row!.id), session)).text()
    expect(report).toMatch(/6 Antworten\. Bereitschaftsindex [\d,]+ \(\+[\d,]+ gegenüber/)
    expect(report).toContain('Größter Anstieg: Vertrauen (Bereitschaft) (+3,00')
  })
})
