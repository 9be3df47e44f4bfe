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

describe('dashboard findings', () => {
  it('shows only "fewer than 5" and no figures for a wave with 4 responses', async () => {
    const survey = await installPulseCopy('dash-four', 'invitations')
    await answer(survey, likertAnswers([1, 5, 5, 5]))
    const html = await (
      await visit(wavePage(survey), await sessionFor(await tokenFor('researcher')))
    ).text()
    expect(html).not.toMatch(/<svg[^>]*role="img"/)
    for (const q of ['trust', 'transparency', 'continuity', 'resources', 'helped', 'hindered'])
      expect(sectionOf(html, `h-${q}`)).toContain('<p class="suppressed">fewer than 5</p>')
    expect(sectionOf(html, 'readiness')).toContain('Readiness index: fewer than 5.')
    expect(numericCells(sectionOf(html, 'readiness'))).toEqual([])
    expect(html).toContain('Findings: fewer than 5 responses, too few to show any figure.')
    expect(html).not.toMatch(/<dt>(Mean|Readiness index \(0–100\))<\/dt>/)
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
        expect(section).toContain(`<p class="suppressed">fewer than ${K}</p>`)
        expect(section).not.toContain('<svg')
        continue
      }
      const s = q.result.value
      if (q.kind !== 'likert') {
        expect(section).toContain(`${s.n} written answers`)
        continue
      }
      expect(section).toMatch(/<svg class="chart chart-stack" role="img" aria-label="[^"]+"/)
      const cells = numericCells(section)
      const expected = s.distribution!.flatMap((o) => [
        String(o.count),
        `${Math.round((o.count / s.n) * 1000) / 10} %`,
      ])
      expect(cells).toEqual(expected)
      expect(figures(section)).toMatchObject({
        'Answers (n)': String(s.n),
        Mean: String(s.mean),
        '95 % confidence interval': `${s.ci95![0]} to ${s.ci95![1]}`,
        'Standard deviation': String(s.sd),
        'Agreeing (4 or 5)': `${Math.round(s.shareAgreeing! * 1000) / 10} %`,
      })
    }
    const readiness = sectionOf(html, 'readiness')
    const { dimensions } = view.findings.readiness
    // Half the answers to "continuity" are "prefer not to say": that dimension has 3 and is
    // suppressed while the others are shown, in the same table.
    expect(dimensions.filter((d) => !d.result.shown).map((d) => d.dimension)).toEqual([
      'continuity',
    ])
    expect(readiness).toContain('<td colspan="5">fewer than 5</td>')
    const dims = dimensions.flatMap((d) => {
      if (!d.result.shown) return []
      const v = d.result.value
      return [
        String(v.n),
        String(v.mean),
        `${v.ci95[0]} to ${v.ci95[1]}`,
        `${Math.round(v.shareAgreeing * 1000) / 10} %`,
        '–',
      ]
    })
    expect(numericCells(readiness)).toEqual(dims)
    const index = view.findings.readiness.index
    if (!index.shown) throw new Error('index suppressed')
    expect(figures(readiness)).toMatchObject({
      'Readiness index (0–100)': String(index.value.value),
      '95 % confidence interval': `${index.value.ci95[0]} to ${index.value.ci95[1]}`,
      Respondents: String(index.value.n),
    })
    const trend = sectionOf(html, 'trend')
    expect(trend).toMatch(/<svg class="chart" role="img" aria-label="Mean agreement/)
    expect(numericCells(trend)).toEqual([
      ...dimensions.flatMap((d) => (d.result.shown ? [String(d.result.value.mean)] : [])),
      String(index.value.value),
    ])
    expect(trend).toContain('<td class="note">fewer than 5</td>')
    for (const format of ['csv', 'json'])
      expect(html).toContain(
        `href="/api/surveys/${survey.surveyId}/findings?wave=${survey.waveId}&amp;format=${format}"`
      )
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
      const cells = distribution!.flatMap((o) => [
        String(o.count),
        `${Math.round((o.count / n) * 1000) / 10} %`,
      ])
      expect(numericCells(section)).toEqual(cells)
      expect(section.match(/<svg class="chart-row" role="img"/g)).toHaveLength(distribution!.length)
    }
    const willingness = view.findings.questions.find((x) => x.id === 'willingness')!.result
    if (!willingness.shown) throw new Error('suppressed')
    expect(figures(sectionOf(html, 'h-willingness'))).toMatchObject({
      Mean: String(willingness.value.mean),
      '95 % confidence interval': `${willingness.value.ci95![0]} to ${willingness.value.ci95![1]}`,
    })
    expect(sectionOf(html, 'h-formats')).toContain('shares are of the 6 respondents')
    expect(sectionOf(html, 'h-hurdles')).toContain('6 written answers')
    expect(sectionOf(html, 'readiness')).toContain('asks no agreement questions')
  })

  it('shows coverage per ministry and hides completed counts of an open wave when asked', async () => {
    const survey = await installPulseCopy('dash-coverage', 'invitations')
    // 2k submits: the flush at 2k pooled moves k of them, and only those count as completed.
    for (const token of await invite(survey, 'BMI', 2 * K))
      await postWith(env.DB, `/i/${token}`, validPulse)
    await invite(survey, 'AA', 2)
    const id = await sessionFor(await tokenFor('researcher'))
    const open = sectionOf(await (await visit(wavePage(survey), id)).text(), 'participation')
    expect(open).toContain('Federal Ministry of the Interior (BMI)')
    expect(numericCells(open)).toEqual(['2', '0', '10', '5', '12', '5'])
    await env.DB.prepare('UPDATE surveys SET hide_open_counts = 1 WHERE id = ?1')
      .bind(survey.surveyId)
      .run()
    const html = await (await visit(wavePage(survey), id)).text()
    expect(numericCells(sectionOf(html, 'participation'))).toEqual(['2', '10', '12'])
    expect(html).toContain('Findings: counts of an open wave are hidden until it closes.')
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
