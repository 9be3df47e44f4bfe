import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import * as responses from '../../worker/api/responses.ts'
import { api, tokenFor } from './api-helpers.ts'
import {
  answer,
  figures,
  installInterviewCopy,
  interviewAnswers,
  likertAnswers,
  numericCells,
  sectionOf,
  sessionFor,
  visit,
  wavePage,
} from './dashboard-helpers.ts'
import { postWith } from './faults.ts'
import { installPulseCopy, invite, K, validPulse } from './helpers.ts'

/**
 * The API's figures as the German page writes them. Written with a comma by hand rather than
 * Intl, so a page that printed the English decimal point would fail here.
 */
const comma = (x: number) => String(x).replace('.', ',')
const interval = ([low, high]: [number, number]) => `${comma(low)} bis ${comma(high)}`
const shareOf = (count: number, base: number) =>
  `${comma(Math.round((count / base) * 1000) / 10)} % von ${base}`

describe('dashboard findings', () => {
  it('shows only the note „weniger als 5“ and no figures for a wave with 4 responses', async () => {
    const survey = await installPulseCopy('dash-four', 'invitations')
    await answer(survey, likertAnswers([1, 5, 5, 5]))
    const html = await (
      await visit(wavePage(survey), await sessionFor(await tokenFor('researcher')))
    ).text()
    expect(html).not.toMatch(/<svg[^>]*role="img"/)
    for (const q of ['trust', 'transparency', 'continuity', 'resources', 'helped', 'hindered'])
      expect(sectionOf(html, `h-${q}`)).toContain('<p class="suppressed">weniger als 5</p>')
    expect(sectionOf(html, 'readiness')).toContain('Bereitschaftsindex: weniger als 5.')
    expect(numericCells(sectionOf(html, 'readiness'))).toEqual([])
    expect(html).toContain('Ergebnisse: weniger als 5 Antworten – zu wenige, um Zahlen zu zeigen.')
    expect(html).not.toMatch(/<dt>(Mittelwert|Bereitschaftsindex \(0–100\))<\/dt>/)
  })

  it('shows the same figures as the API for a wave with at least 5 responses', async () => {
    const survey = await installPulseCopy('dash-six', 'invitations')
    await answer(survey, likertAnswers([1, 2, 4, 4, 5, 5]))
    const token = await tokenFor('researcher')
    const res = await api(`/surveys/${survey.surveyId}/findings?wave=${survey.waveId}`, { token })
    const view = responses.findings.parse(await res.json())
    if (view.hidden) throw new Error('hidden')
    const html = await (await visit(wavePage(survey), await sessionFor(token))).text()
    for (const q of view.findings.questions) {
      const section = sectionOf(html, `h-${q.id}`)
      if (!q.result.shown) {
        // Nobody answered the optional "hindered" question: its note, and no chart.
        expect(q.result.note).toEqual({ reason: 'fewer-than-k', k: K })
        expect(section).toContain(`<p class="suppressed">weniger als ${K}</p>`)
        expect(section).not.toContain('<svg')
        continue
      }
      const s = q.result.value
      if (q.kind !== 'likert') {
        expect(section).toContain(`${s.n} schriftliche Antworten`)
        continue
      }
      expect(section).toMatch(/<svg class="chart chart-stack" role="img" aria-label="[^"]+"/)
      const cells = numericCells(section)
      const expected = s.distribution!.flatMap((o) => [String(o.count), shareOf(o.count, s.n)])
      expect(cells).toEqual(expected)
      expect(figures(section)).toMatchObject({
        'Antworten (n)': String(s.n),
        Mittelwert: comma(s.mean!),
        '95-%-Konfidenzintervall': interval(s.ci95!),
        Standardabweichung: comma(s.sd!),
        'Zustimmung (4 oder 5)': `${comma(Math.round(s.shareAgreeing! * 1000) / 10)} % von ${s.n}`,
      })
    }
    const readiness = sectionOf(html, 'readiness')
    const { dimensions } = view.findings.readiness
    // Half the answers to "continuity" are "prefer not to say": that dimension has 3 and is
    // suppressed while the others are shown, in the same table.
    expect(dimensions.filter((d) => !d.result.shown).map((d) => d.dimension)).toEqual([
      'continuity',
    ])
    expect(readiness).toContain('<td colspan="5">weniger als 5</td>')
    const dims = dimensions.flatMap((d) => {
      if (!d.result.shown) return []
      const v = d.result.value
      return [
        String(v.n),
        comma(v.mean),
        interval(v.ci95),
        `${comma(Math.round(v.shareAgreeing * 1000) / 10)} % von ${v.n}`,
        '–',
      ]
    })
    expect(numericCells(readiness)).toEqual(dims)
    const index = view.findings.readiness.index
    if (!index.shown) throw new Error('index suppressed')
    expect(figures(readiness)).toMatchObject({
      'Bereitschaftsindex (0–100)': comma(index.value.value),
      '95-%-Konfidenzintervall': interval(index.value.ci95),
      Antwortende: String(index.value.n),
    })
    const trend = sectionOf(html, 'trend')
    expect(trend).toMatch(/<svg class="chart" role="img" aria-label="Mittlere Zustimmung/)
    expect(numericCells(trend)).toEqual([
      ...dimensions.flatMap((d) => (d.result.shown ? [comma(d.result.value.mean)] : [])),
      comma(index.value.value),
    ])
    expect(trend).toContain('<td class="note">weniger als 5</td>')
    for (const format of ['csv', 'json'])
      expect(html).toContain(
        `href="/api/surveys/${survey.surveyId}/findings?wave=${survey.waveId}&amp;format=${format}"`
      )
  })

  it('says from which release the figures come and the day it was cut', async () => {
    const survey = await installPulseCopy('dash-release-day', 'invitations')
    const before = new Date().toISOString().slice(0, 10)
    await answer(survey, likertAnswers([1, 2, 4, 4, 5, 5]))
    const after = new Date().toISOString().slice(0, 10)
    const stored = await env.DB.prepare('SELECT released_on FROM releases WHERE wave_id = ?1')
      .bind(survey.waveId)
      .first<{ released_on: string }>()
    expect([before, after]).toContain(stored?.released_on)
    const setDay = (day: string | null) =>
      env.DB.prepare('UPDATE releases SET released_on = ?2 WHERE wave_id = ?1')
        .bind(survey.waveId, day)
        .run()
    const id = await sessionFor(await tokenFor('researcher'))
    await setDay('2027-01-12')
    expect(await (await visit(wavePage(survey), id)).text()).toContain(
      'Stand: Freigabe 1 vom 12. Januar 2027.'
    )
    // A release cut before days were kept says only its number.
    await setDay(null)
    expect(await (await visit(wavePage(survey), id)).text()).toContain('Stand: Freigabe 1.')
  })

  it('shows choice and 0–10 scale findings as bars beside the API’s counts', async () => {
    const survey = await installInterviewCopy('dash-interview')
    await answer(survey, interviewAnswers([0, 3, 7, 8, 10, 10]))
    const token = await tokenFor('researcher')
    const res = await api(`/surveys/${survey.surveyId}/findings?wave=${survey.waveId}`, { token })
    const view = responses.findings.parse(await res.json())
    if (view.hidden) throw new Error('hidden')
    const html = await (await visit(wavePage(survey), await sessionFor(token))).text()
    for (const id of ['format', 'formats', 'willingness']) {
      const q = view.findings.questions.find((x) => x.id === id)!
      if (!q.result.shown) throw new Error(`${id} suppressed`)
      const { distribution, n } = q.result.value
      const section = sectionOf(html, `h-${id}`)
      const cells = distribution!.flatMap((o) => [String(o.count), shareOf(o.count, n)])
      expect(numericCells(section)).toEqual(cells)
      expect(section.match(/<svg class="chart-row" role="img"/g)).toHaveLength(distribution!.length)
    }
    const willingness = view.findings.questions.find((x) => x.id === 'willingness')!.result
    if (!willingness.shown) throw new Error('suppressed')
    expect(figures(sectionOf(html, 'h-willingness'))).toMatchObject({
      Mittelwert: comma(willingness.value.mean!),
      '95-%-Konfidenzintervall': interval(willingness.value.ci95!),
    })
    expect(sectionOf(html, 'h-formats')).toContain('beziehen sich auf 6 Antwortende')
    expect(sectionOf(html, 'h-hurdles')).toContain('6 schriftliche Antworten')
    expect(sectionOf(html, 'readiness')).toContain('stellt keine Zustimmungsfragen')
  })

  it('shows coverage per ministry and hides completed counts of an open wave when asked', async () => {
    const survey = await installPulseCopy('dash-coverage', 'invitations')
    // 2k submits: the flush at 2k pooled moves k of them, and only those count as completed.
    for (const token of await invite(survey, 'BMI', 2 * K))
      await postWith(env.DB, `/i/${token}`, validPulse)
    await invite(survey, 'AA', 2)
    const id = await sessionFor(await tokenFor('researcher'))
    const open = sectionOf(await (await visit(wavePage(survey), id)).text(), 'participation')
    expect(open).toContain('Bundesministerium des Innern (BMI)')
    expect(numericCells(open)).toEqual(['2', '0', '10', '5', '12', '5'])
    await env.DB.prepare('UPDATE surveys SET hide_open_counts = 1 WHERE id = ?1')
      .bind(survey.surveyId)
      .run()
    const html = await (await visit(wavePage(survey), id)).text()
    expect(numericCells(sectionOf(html, 'participation'))).toEqual(['2', '10', '12'])
    expect(html).toContain(
      'Ergebnisse: Zahlen einer laufenden Runde erscheinen erst nach ihrem Ende.'
    )
    expect(html).not.toMatch(/<svg[^>]*role="img"/)
  })

  it('lists every survey with links to its waves, and opens the latest wave of a survey', async () => {
    const survey = await installPulseCopy('dash-list', 'invitations')
    const id = await sessionFor(await tokenFor('researcher'))
    const html = await (await visit('/dashboard', id)).text()
    expect(html).toContain(`href="${wavePage(survey)}"`)
    const latest = await visit(`/dashboard/surveys/${survey.surveyId}`, id)
    expect(latest.status).toBe(303)
    expect(latest.headers.get('location')).toBe(wavePage(survey))
    expect((await visit(`/dashboard/surveys/${survey.surveyId}/waves/nope`, id)).status).toBe(404)
  })
})
