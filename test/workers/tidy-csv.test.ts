import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { noteText, reportLabels } from '../../analysis/render/labels.ts'
import type { Note } from '../../analysis/suppression.ts'
import { runReports } from '../../worker/reports/run.ts'
import { api, tokenFor } from './api-helpers.ts'
import { germanNumber, records } from './csv-read.ts'
import { installPulseCopy, storeAnswerSets } from './helpers.ts'

const de = reportLabels.de.columns
const NUMBERS = [de.n, de.value, de.sd, de.lower, de.upper, de.share, de.change, de.changeShare]
const IDS = ['trust', 'transparency', 'continuity', 'resources', 'helped', 'hindered']
const REASONS: Note['reason'][] = [
  'fewer-than-k',
  'previous-wave-fewer-than-k',
  'previous-wave-not-asked',
  'hidden-until-closed',
  'carried',
]

/** Words of the English file a German one must not carry: notes, headers, ids. */
function englishIn(csv: string): string[] {
  const notes = REASONS.map((reason) => noteText('en', { reason, k: 5, release: 1 }))
  const headers = Object.values(reportLabels.en.columns).filter((h) => h !== 'n')
  const cells = records(csv).flatMap((r) => Object.values(r))
  return [
    ...notes.filter((n) => csv.includes(n)),
    ...[/fewer than/i, /readiness/i, /previous wave/i].filter((w) => w.test(csv)).map(String),
    ...cells.filter((c) => IDS.includes(c) || headers.includes(c)),
  ]
}

const answers = (trust: number[]) =>
  trust.map((t) => ({ trust: t, transparency: 3, continuity: 4, resources: 2, helped: 'Zeit' }))

let token: string
beforeAll(async () => {
  token = await tokenFor('researcher')
})

const findingsCsv = async (surveyId: string) =>
  (await api(`/surveys/${surveyId}/findings?format=csv`, { token })).text()

describe('the findings CSV in German', () => {
  let survey: Awaited<ReturnType<typeof installPulseCopy>>
  let csv: string
  beforeAll(async () => {
    survey = await installPulseCopy('tidy-findings', 'invitations')
    await storeAnswerSets(survey, answers([1, 2, 4, 4, 5, 5]))
    csv = await findingsCsv(survey.surveyId)
  })

  it('has German headers and every number in a column German Excel reads as a number', () => {
    const rows = records(csv)
    expect(Object.keys(rows[0])).toEqual(Object.values(de))
    const cells = rows.flatMap((r) => NUMBERS.map((column) => r[column]))
    expect(cells.filter((c) => c !== '').length).toBeGreaterThan(20)
    expect(cells.filter((c) => Number.isNaN(germanNumber(c)))).toEqual([])
    expect(csv).toMatch(/;3,5;/)
  })

  it('gives each figure its own row, with the numbers the JSON has', async () => {
    const json = (await (await api(`/surveys/${survey.surveyId}/findings`, { token })).json()) as {
      findings: { questions: { id: string; result: { value: Record<string, unknown> } }[] }
    }
    const trust = json.findings.questions.find((q) => q.id === 'trust')!.result.value
    const label =
      'In der Arbeitsgruppe kann ich offen über Herausforderungen meines Hauses sprechen.'
    const row = records(csv).find((r) => r[de.item] === label && r[de.option] === '')!
    expect(row[de.section]).toBe('Fragen')
    expect(germanNumber(row[de.n])).toBe(trust.n)
    expect(germanNumber(row[de.value])).toBe(trust.mean)
    expect(germanNumber(row[de.sd])).toBe(trust.sd)
    expect([germanNumber(row[de.lower]), germanNumber(row[de.upper])]).toEqual(trust.ci95)
    expect(germanNumber(row[de.share])).toBe(trust.shareAgreeing)
    const dimension = records(csv).find((r) => r[de.item] === 'Vertrauen')!
    expect(dimension[de.section]).toBe('Bereitschaft nach Dimension')
    expect(germanNumber(dimension[de.value])).toBe(trust.mean)
  })

  it('carries no English word and no id', () => {
    expect(englishIn(csv)).toEqual([])
  })
})

describe('a suppressed figure in the CSV', () => {
  it('keeps its labels and its German note and shows no number', async () => {
    const survey = await installPulseCopy('tidy-small', 'invitations')
    await storeAnswerSets(survey, answers([1, 5, 5, 5]))
    const csv = await findingsCsv(survey.surveyId)
    const rows = records(csv)
    expect(rows.length).toBeGreaterThan(6)
    for (const row of rows) {
      expect(NUMBERS.map((column) => row[column])).toEqual(NUMBERS.map(() => ''))
      expect(row[de.note]).toBe('weniger als 5')
      expect(row[de.item]).not.toBe('')
    }
    expect(englishIn(csv)).toEqual([])
  })
})

describe('the report CSV in German', () => {
  it('is tidy too: numbers in their columns, labels for dimensions and themes', async () => {
    const survey = await installPulseCopy('tidy-report', 'invitations')
    await storeAnswerSets(survey, answers([1, 2, 4, 4, 5, 5]))
    const run = await runReports(env, new Date('2026-11-23T06:00:00Z'), {
      only: 'tidy-report',
      send: false,
    })
    const csv = await (await api(`/reports/${run.reportIds[0]}?format=csv`, { token })).text()
    const rows = records(csv)
    expect(rows.map((r) => r[de.section])).toEqual(
      expect.arrayContaining(['Beteiligung', 'Bereitschaft nach Dimension', 'Erfolgsfaktoren'])
    )
    const cells = rows.flatMap((r) => NUMBERS.map((column) => r[column]))
    expect(cells.filter((c) => Number.isNaN(germanNumber(c)))).toEqual([])
    const index = rows.find((r) => r[de.item] === 'Bereitschaftsindex (0–100)')!
    expect(germanNumber(index[de.value])).toBeGreaterThan(0)
    expect(germanNumber(rows.find((r) => r[de.item] === 'Antworten')![de.n])).toBe(6)
    expect(rows.find((r) => r[de.item] === 'Ressourcen')![de.value]).toBe('2')
    expect(englishIn(csv)).toEqual([])
  })
})
