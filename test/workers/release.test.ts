import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import demoPuls from '../../forms/shipped/demo-puls.v1.json'
import * as responses from '../../worker/api/responses.ts'
import { runReports } from '../../worker/reports/run.ts'
import { api, tokenFor } from './api-helpers.ts'
import { sessionFor, visit, wavePage } from './dashboard-helpers.ts'
import { postWith } from './faults.ts'
import { invite, K, validPulse, type Fields } from './helpers.ts'

const MONDAY = new Date('2026-11-23T06:00:00Z')

type Quantity = string
/** What an attacker collects: every published value of each quantity, from every output. */
type Published = Map<Quantity, Set<number>>

/** Where an output said a figure was kept from an earlier release, and from which. */
type Carried = Set<string>

/** Reads a wave through every output a researcher has and notes each total and each n. */
async function readEveryOutput(
  ids: { surveyId: string; waveId: string },
  tokens: { researcher: string; session: string },
  published: Published,
  carried: Carried
) {
  const note = (quantity: Quantity, value: number | undefined) => {
    if (value === undefined) return
    if (!published.has(quantity)) published.set(quantity, new Set())
    published.get(quantity)!.add(value)
  }
  const path = `/surveys/${ids.surveyId}/findings?wave=${ids.waveId}`
  const json = responses.findings.parse(
    await (await api(path, { token: tokens.researcher })).json()
  )
  if (json.hidden) throw new Error('hidden')
  const figures = (f: typeof json.findings) => {
    note('total', f.responses.shown ? f.responses.value : undefined)
    for (const q of f.questions) {
      note(`n ${q.id}`, q.result.shown ? q.result.value.n : undefined)
      if (q.result.shown && q.result.note?.reason === 'carried')
        carried.add(`json ${q.id} ${q.result.note.release} k=${q.result.note.k}`)
    }
  }
  figures(json.findings)
  const questionIds = new Map(json.findings.questions.map((q) => [q.label.de, q.id]))
  const csv = await (await api(`${path}&format=csv`, { token: tokens.researcher })).text()
  for (const line of csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .slice(1)) {
    // Tidy: section; item (the question's label); option; n; value; …
    const [, item, option, n] = line.split(';')
    const id = questionIds.get(item)
    if (id && !option && n) note(`n ${id}`, Number(n))
    const release = /Stand: Freigabe (\d+)/.exec(line)?.[1]
    if (id && !option && release) carried.add(`csv ${id} ${release}`)
  }
  const page = await (await visit(wavePage(ids), tokens.session)).text()
  const helpedSection = page.slice(page.indexOf('id="h-helped"'))
  const onPage = /Stand: Freigabe (\d+)/.exec(
    helpedSection.slice(0, helpedSection.indexOf('</section>'))
  )
  if (onPage) carried.add(`page helped ${onPage[1]}`)
  note('total', Number(/beruhen auf (\d+) Antworten/.exec(page)?.[1] ?? NaN) || undefined)
  const participation = responses.participation.parse(
    await (
      await api(`/surveys/${ids.surveyId}/participation?wave=${ids.waveId}`, {
        token: tokens.researcher,
      })
    ).json()
  )
  note('total', participation.totals.responses ?? undefined)
  const { reports } = (await (await api('/reports', { token: tokens.researcher })).json()) as {
    reports: { id: string; waveId: string | null }[]
  }
  for (const r of reports.filter((r) => r.waveId === ids.waveId)) {
    const body = (await (await api(`/reports/${r.id}`, { token: tokens.researcher })).json()) as {
      report: { findings: typeof json.findings }
    }
    figures(body.report.findings)
  }
  return participation
}

/** Every two values of each quantity differ by 0 or by at least k. */
function expectNoSmallDifference(published: Published) {
  for (const [quantity, values] of published) {
    const sorted = [...values].sort((a, b) => a - b)
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i] - sorted[i - 1], `${quantity}: ${sorted.join(', ')}`).toBeGreaterThanOrEqual(
        K
      )
  }
}

const answers = (i: number, trust: number, helped = true): Fields => [
  ['trust', String(trust)],
  ...validPulse.slice(1, 4),
  ...(helped ? [['helped', `Offene Worte in Runde ${i}`] as [string, string]] : []),
]

describe('one release per wave', () => {
  it('lets no two published values of a total or an n differ by fewer than k, in any output', async () => {
    const admin = await tokenFor('admin')
    const researcher = await tokenFor('researcher')
    const tokens = { researcher, session: await sessionFor(researcher) }
    const created = await api('/surveys', {
      token: admin,
      json: { definition: { ...demoPuls, slug: 'release-script' } },
    })
    const surveyId = responses.surveyCreated.parse(await created.json()).survey.id
    const openWave = async (label: string) =>
      responses.waveOne.parse(
        await (await api(`/surveys/${surveyId}/waves`, { token: admin, json: { label } })).json()
      ).wave.id
    const w1 = { surveyId, waveId: await openWave('Welle 1') }
    const links = {
      BMI: await invite(w1, 'BMI', 12),
      AA: await invite(w1, 'AA', 6),
      BMF: await invite(w1, 'BMF', 2),
    }
    let i = 0
    // Everyone but the one from BMF answers the optional question, so its n grows by k − 1
    // in one of the releases, whichever batch that answer moves in: that n must not renew.
    const submit = async (ministry: keyof typeof links, trust = 4) => {
      const fields = answers(i++, trust, ministry !== 'BMF')
      const res = await postWith(env.DB, `/i/${links[ministry].pop()}`, fields)
      expect(res.status).toBe(303)
    }
    const published: Published = new Map()
    const carried: Carried = new Set()
    const history: { total: number | null; completed: string }[] = []
    const read = async () => {
      const p = await readEveryOutput(w1, tokens, published, carried)
      history.push({ total: p.totals.responses, completed: JSON.stringify(p.ministries) })
    }

    for (let n = 0; n < 2 * K; n++) await submit(n % 2 ? 'AA' : 'BMI')
    await read()
    // One more, from the smallest ministry, then a report: nothing may move by one.
    await submit('BMF')
    const run = await runReports(env, MONDAY, { only: 'release-script' })
    expect(run.built).toEqual(['release-script 2026-W48'])
    await read()
    for (let n = 0; n < K - 1; n++) await submit('BMI')
    await read()
    await api(`/surveys/${surveyId}/waves/${w1.waveId}`, {
      token: admin,
      method: 'PATCH',
      json: { status: 'closed' },
    })
    await read()

    expect([...published.get('total')!]).toEqual([K, 2 * K, 3 * K])
    expect(published.get('n helped')!.size).toBe(2)
    expectNoSmallDifference(published)
    // The release in which "helped" grew by k − 1 kept its figures and every output said from
    // which release: the 2nd kept the 1st's, or the 3rd (at close) kept the 2nd's.
    const from = [...carried].find((c) => c.startsWith('json helped'))?.split(' ')[2]
    expect(['1', '2']).toContain(from)
    expect([...carried].sort()).toEqual(
      [`csv helped ${from}`, `json helped ${from} k=${K}`, `page helped ${from}`].sort()
    )
    // Participation per ministry changes only together with the total.
    for (let h = 1; h < history.length; h++)
      if (history[h].total === history[h - 1].total)
        expect(history[h].completed).toBe(history[h - 1].completed)

    const w2 = { surveyId, waveId: await openWave('Welle 2') }
    for (const token of await invite(w2, 'BMI', K))
      await postWith(env.DB, `/i/${token}`, answers(i++, 2))
    await api(`/surveys/${surveyId}/waves/${w2.waveId}`, {
      token: admin,
      method: 'PATCH',
      json: { status: 'closed' },
    })
    const trustOf = async (waveId: string) => {
      const view = responses.findings.parse(
        await (
          await api(`/surveys/${surveyId}/findings?wave=${waveId}`, { token: researcher })
        ).json()
      )
      if (view.hidden) throw new Error('hidden')
      const trust = view.findings.questions.find((q) => q.id === 'trust')!.result
      if (!trust.shown) throw new Error('trust suppressed')
      return trust.value
    }
    const [before, after] = [await trustOf(w1.waveId), await trustOf(w2.waveId)]
    expect(after.change).toEqual({
      shown: true,
      value: expect.objectContaining({
        mean: Math.round((after.mean! - before.mean!) * 1000) / 1000,
      }),
    })
  }, 30_000)
})
