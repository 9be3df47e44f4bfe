import { describe, expect, it } from 'vitest'
import { reportCsv } from '../../analysis/render/csv.ts'
import { reportHtml } from '../../analysis/render/html.ts'
import { reportLabels } from '../../analysis/render/labels.ts'
import { reportText } from '../../analysis/render/text.ts'
import { records } from './csv-read.ts'
import { heading, releaseOf, reportFromRelease } from './report-hand.ts'

/** One response: the two Likert answers, and the two free-text answers where given. */
const r = (trust: number, resources: number, helped?: string, hindered?: string) => ({
  trust,
  resources,
  ...(helped && { helped }),
  ...(hindered && { hindered }),
})

// The codebook codes "Vertrauen" as the enabler theme trust and "Silo" as the barrier theme
// silo; every other word is a candidate emerging term. k = 5, k_quotes = 5.
const wave1 = [
  r(2, 3, 'Vertrauen, Teeküche', 'Silo'),
  r(2, 3, 'Vertrauen, Teeküche', 'Silo'),
  r(2, 3, 'Vertrauen, Teeküche', 'Silo'),
  r(3, 4, 'Teeküche', 'Silo'),
  r(3, 4, 'Teeküche'),
  r(3, 4, 'Teeküche'),
]
const wave2 = [
  r(4, 3, 'Vertrauen, Fahrradkeller', 'Teeküche'),
  r(4, 3, 'Vertrauen, Fahrradkeller', 'Teeküche'),
  r(4, 4, 'Vertrauen, Fahrradkeller', 'Teeküche'),
  r(5, 4, 'Vertrauen, Fahrradkeller', 'Teeküche'),
  r(5, 4, 'Vertrauen, Fahrradkeller', 'Teeküche'),
  r(5, 4, 'Vertrauen, Faxgerät', 'Silo, Faxgerät'),
]

const report = () => {
  const first = releaseOf('Welle 1', wave1, null)
  return reportFromRelease(releaseOf('Welle 2', wave2, first), heading('Welle 2'))
}

/*
 * The hand computation (a calculator, not the code under test):
 *
 * trust      wave 1: 2 2 2 3 3 3  mean 2.5, sd √(6·0.25/5) = 0.5477, agreeing 0/6
 *            wave 2: 4 4 4 5 5 5  mean 4.5, sd 0.5477 → 0.55, agreeing 6/6 = 100 %
 *            95 % CI 4.5 ± t(0.975, 5)·0.5477/√6 = 4.5 ± 2.5706·0.2236 = 4.5 ± 0.5748
 *            → 3.93–5.07; change +2.00 and +100 points agreeing
 *            Welch: t = 2/√(0.3/6 + 0.3/6) = 6.325, df = 10, p = 8.6e-5
 * resources  wave 1: 3 3 3 4 4 4  mean 3.5, sd 0.5477, agreeing 3/6 = 0.5
 *            wave 2: 3 3 4 4 4 4  mean 22/6 = 3.667 → 3.67, sd √(1.3333/5) = 0.5164 → 0.52,
 *            agreeing 4/6 = 0.667 → 67 %; CI 3.667 ± 2.5706·0.5164/√6 = 3.667 ± 0.5419
 *            → 3.12–4.21; change 3.67 − 3.5 = +0.17 and +16.7 → +17 points
 *            Welch: t = 0.1667/√(0.3/6 + 0.2667/6) = 0.542, df = 9.97, p = 0.60
 * index      per respondent (mean of both answers − 1)/4·100
 *            wave 1: 2.5 2.5 2.5 3.5 3.5 3.5 → mean 3 → 50.0
 *            wave 2: 3.5 3.5 4 4.5 4.5 4.5 → mean 24.5/6 = 4.0833 → 77.08 → 77.1, sd 0.4916,
 *            CI 4.0833 ± 2.5706·0.4916/√6 = 4.0833 ± 0.5159 → 64.19–89.98 → 64.2–90.0;
 *            change 77.083 − 50 = +27.1
 *            Welch on the sds the published intervals imply (12.29 and 13.72 index points):
 *            t = 27.1/√(12.29²/6 + 13.72²/6) = 3.60, df ≈ 9.9, p = 0.0049
 * themes     texts: wave 1 6 + 4 = 10, wave 2 6 + 6 = 12
 *            trust: 3/10 = 0.3 → 6/12 = 0.5 (50 %, 6 mentions), change +0.2 = +20 points
 *            z-test: pooled 9/22, se = √(0.409·0.591·(1/12 + 1/10)) = 0.2105, z = 0.95, p = 0.34
 *            silo: 4/10 = 0.4 → 1/12 = 0.0833 (8 %, 1 mention), change −0.3167 → −32 points
 *            z-test: pooled 5/22, se = 0.1794, z = 1.767, p = 0.077
 * Holm       seven tests (two questions, two dimensions, the index, two themes), sorted:
 *            8.6e-5 ≤ 0.05/7, 8.6e-5 ≤ 0.05/6, 0.0049 ≤ 0.05/5 significant;
 *            0.077 > 0.05/4 stops: silo, trust (theme), resources ×2 not significant
 * movers     by the part of the range moved: trust 2/4 = 0.5, silo 0.317, trust theme 0.2,
 *            resources 0.17/4 = 0.0425
 * terms      wave 1: Teeküche in 6 texts (≥ 5) → listed; wave 2: Fahrradkeller 5, Teeküche 5,
 *            Faxgerät 2 (< 5, not listed) → one new term, Fahrradkeller
 */
const expectedGerman = [
  'Lernraum-Bericht: Puls (2026-W49)',
  '',
  'Befragungsrunde „Welle 2“, erstellt am 2026-12-02.',
  // the heading's coverage, as given
  'Beteiligung: 6 von 20 Einladungen beantwortet; 3 von 4 Ressorts haben geantwortet.',
  '',
  '6 Antworten. Bereitschaftsindex 77,1 (+27,1 gegenüber „Welle 1“, signifikant). Größter Anstieg: Vertrauen (Bereitschaft) (+2,00, signifikant, Welch-t-Test). Größter Rückgang: Silo (Hürde) (-32 Pp., nicht signifikant, z-Test für Anteile). Ein neuer Begriff.',
  '',
  'Antworten: 6',
  '',
  'Größte Veränderungen seit „Welle 1“:',
  '  Vertrauen (Bereitschaft): +2,00 (signifikant, Welch-t-Test)',
  '  Silo (Hürde): -32 Pp. (nicht signifikant, z-Test für Anteile)',
  '  Vertrauen (Erfolgsfaktor): +20 Pp. (nicht signifikant, z-Test für Anteile)',
  '  Ressourcen (Bereitschaft): +0,17 (nicht signifikant, Welch-t-Test)',
  '',
  'Neue Begriffe seit der Vorrunde:',
  '  fahrradkeller (5) – Beispiel: „Vertrauen, Fahrradkeller“',
  '',
  'Bereitschaft nach Dimension:',
  '  Vertrauen: 4,50 · Zustimmung 100 % · n = 6 · 95-%-Konfidenzintervall 3,93–5,07 (+2,00 / +100 Pp. (signifikant))',
  '  Ressourcen: 3,67 · Zustimmung 67 % · n = 6 · 95-%-Konfidenzintervall 3,12–4,21 (+0,17 / +17 Pp. (nicht signifikant))',
  '  Bereitschaftsindex (0–100): 77,1 (n = 6) (+27,1 (signifikant))',
  '',
  'Erfolgsfaktoren:',
  '  Vertrauen: 50 % (6) (+20 Pp. (nicht signifikant))',
  '',
  'Hürden:',
  '  Silo: 8 % (1) (-32 Pp. (nicht signifikant))',
  '',
  // wave 2's quotes: identical answers show once, so two per side
  'Zitate (anonymisiert) – Erfolgsfaktoren:',
  '  „Vertrauen, Fahrradkeller“',
  '  „Vertrauen, Faxgerät“',
  '',
  'Zitate (anonymisiert) – Hürden:',
  '  „Silo, Faxgerät“',
  '  „Teeküche“',
  '',
  'Neue Begriffe, die noch kein Thema abdeckt: fahrradkeller (5), teeküche (5)',
  '',
  '--',
]

/** Every number of a text, with German decimal commas read as points. */
const numbers = (text: string) =>
  [...text.matchAll(/[+-]?\d+(?:[.,]\d+)?/g)].map((m) => Number(m[0].replace(',', '.')))

describe('a report built from a hand-made data set', () => {
  it('shows every figure, change, mark, mover and summary number as computed by hand', () => {
    const text = reportText(report(), 'de').split('\n')
    const footer = text.indexOf('--')
    expect(text.slice(0, footer + 1)).toEqual(expectedGerman)
    // The footer: the codebook "hand-1", then k = 5 and k_quotes = 5; nothing else counted.
    expect(numbers(text.slice(footer + 1).join('\n'))).toEqual([-1, 5, 5])
  })

  it('holds the same numbers in its model, in English and in the HTML email', () => {
    const model = report()
    const dims = model.findings.readiness.dimensions.map((d) => d.result)
    expect(dims).toEqual([
      {
        shown: true,
        value: {
          n: 6,
          mean: 4.5,
          sd: 0.55,
          ci95: [3.93, 5.07],
          shareAgreeing: 1,
          change: { shown: true, value: { mean: 2, shareAgreeing: 1, significant: true } },
        },
      },
      {
        shown: true,
        value: {
          n: 6,
          mean: 3.67,
          sd: 0.52,
          ci95: [3.12, 4.21],
          shareAgreeing: 0.667,
          change: { shown: true, value: { mean: 0.17, shareAgreeing: 0.167, significant: false } },
        },
      },
    ])
    expect(model.findings.readiness.index).toEqual({
      shown: true,
      value: {
        n: 6,
        value: 77.1,
        ci95: [64.2, 90],
        change: { shown: true, value: { value: 27.1, significant: true } },
      },
    })
    // Each question is its dimension's only one: the same figures, and its 4s and 5s counted.
    const trust = model.findings.questions.find((q) => q.id === 'trust')!.result
    if (!trust.shown) throw new Error('trust suppressed')
    expect(trust.value.distribution!.map((o) => o.count)).toEqual([0, 0, 0, 3, 3, 0])
    expect(trust.value.change).toEqual({
      shown: true,
      value: { mean: 2, shareAgreeing: 1, significant: true },
    })
    expect(model.themes.answers).toEqual({ shown: true, value: 12 })
    const theme = (t: (typeof model.themes.enablers)[number]) => [t.id, t.result]
    expect([...model.themes.enablers, ...model.themes.barriers].map(theme)).toEqual([
      [
        'trust',
        {
          shown: true,
          value: {
            mentions: 6,
            negative: 0,
            share: 0.5,
            change: { shown: true, value: { share: 0.2, significant: false } },
          },
        },
      ],
      [
        'silo',
        {
          shown: true,
          value: {
            mentions: 1,
            negative: 0,
            share: 0.083,
            change: { shown: true, value: { share: -0.317, significant: false } },
          },
        },
      ],
    ])
    expect(model.movers!.map((m) => [m.id, m.change, m.significant])).toEqual([
      ['trust', 2, true],
      ['silo', -0.317, false],
      ['trust', 0.2, false],
      ['resources', 0.17, false],
    ])
    expect(model.newTerms).toEqual({
      shown: true,
      value: [{ term: 'fahrradkeller', count: 5, quote: 'Vertrauen, Fahrradkeller' }],
    })
    // English says the same numbers in the same order (its footer words numbers differently).
    const body = (t: string) => t.slice(0, t.indexOf('\n--\n'))
    const english = reportText(model, 'en')
    expect(numbers(body(english))).toEqual(numbers(expectedGerman.join('\n')))
    expect(english).toContain(
      "6 responses. Readiness index 77.1 (+27.1 against “Welle 1”, significant). Largest rise: Trust (readiness) (+2.00, significant, Welch's t-test). Largest fall: Silo (barrier) (-32 pts, not significant, z-test for shares). One new term."
    )
    const html = reportHtml(model, 'de')
    for (const line of expectedGerman.slice(5, 17).filter((l) => l && !l.endsWith(':')))
      expect(html).toContain(line.trim())
  })
})

describe('the CSV of the hand-made report', () => {
  /** The rows of one section, by the columns that say what changed. */
  const section = (csv: string, lang: 'de' | 'en', title: string) => {
    const c = reportLabels[lang].columns
    return records(csv)
      .filter((r) => r[c.section] === title)
      .map((r) => [r[c.item], r[c.option], r[c.value], r[c.change], r[c.changeShare], r[c.note]])
  }

  it('holds the summary, each mover with its change, kind and mark, and the new term', () => {
    const csv = reportCsv(report(), 'de')
    expect(section(csv, 'de', 'Zusammenfassung')).toEqual([[expectedGerman[5], '', '', '', '', '']])
    // The movers of the hand computation: means in the value change, shares in the share
    // change (−0.317 and +0.2 as shares, not rounded to points), each with its Holm mark.
    expect(section(csv, 'de', 'Größte Veränderungen seit „Welle 1“')).toEqual([
      ['Vertrauen (Bereitschaft)', 'Mittelwert (1–5)', '', '2', '', 'signifikant, Welch-t-Test'],
      [
        'Silo (Hürde)',
        'Anteil der Antworten',
        '',
        '',
        '-0,317',
        'nicht signifikant, z-Test für Anteile',
      ],
      [
        'Vertrauen (Erfolgsfaktor)',
        'Anteil der Antworten',
        '',
        '',
        '0,2',
        'nicht signifikant, z-Test für Anteile',
      ],
      [
        'Ressourcen (Bereitschaft)',
        'Mittelwert (1–5)',
        '',
        '0,17',
        '',
        'nicht signifikant, Welch-t-Test',
      ],
    ])
    // Fahrradkeller in 5 texts, Faxgerät in 2 (< k_quotes): one new term, with its quote.
    expect(section(csv, 'de', 'Neue Begriffe seit der Vorrunde')).toEqual([
      ['fahrradkeller', '', '5', '', '', 'Beispiel: „Vertrauen, Fahrradkeller“'],
    ])
    // Nor is its quote: the CSV holds no quote but the example of a listed term.
    expect(csv).not.toMatch(/faxger/i)
  })

  it('says the same in English', () => {
    const csv = reportCsv(report(), 'en')
    const [summary] = section(csv, 'en', 'Summary')
    expect(summary[0]).toMatch(/^6 responses\. Readiness index 77\.1 .*One new term\.$/)
    expect(section(csv, 'en', 'Largest changes since “Welle 1”').map((r) => r.slice(0, 2))).toEqual(
      [
        ['Trust (readiness)', 'Mean (1–5)'],
        ['Silo (barrier)', 'Share of answers'],
        ['Trust (success factor)', 'Share of answers'],
        ['Resources (readiness)', 'Mean (1–5)'],
      ]
    )
    expect(section(csv, 'en', 'Largest changes since “Welle 1”')[0][5]).toBe(
      "significant, Welch's t-test"
    )
    expect(section(csv, 'en', 'New terms since the previous round')).toEqual([
      ['fahrradkeller', '', '5', '', '', 'Example: „Vertrauen, Fahrradkeller“'],
    ])
  })
})
