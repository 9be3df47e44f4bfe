import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { decodeTally } from '../../analysis/tally/index.ts'
import demoInterview from '../../forms/shipped/demo-interview.v1.json'
import { runReports } from '../../worker/reports/run.ts'
import { answer, installInterviewCopy, interviewAnswers } from './dashboard-helpers.ts'
import { installCopy, installPulseCopy, request } from './helpers.ts'

const page = async (path: string) => (await request(path)).text()

describe('the interview guide speaks to the interviewer', () => {
  it('offers "Notizen speichern" and tells the interviewer what to say and leave out', async () => {
    await installCopy(demoInterview, 'interview-mode', 'open')
    const html = await page('/s/interview-mode')
    expect(html).toContain('>Notizen speichern</button>')
    expect(html).toContain('Hinweise für Sie als interviewende Person')
    expect(html).toContain('Chatham-House-Regel')
    // The participants' notice ("Ihre Antworten …") would address the wrong person.
    expect(html).not.toContain('Was wir speichern')
    expect(html).not.toContain('Antworten absenden')
    const english = await page('/s/interview-mode?lang=en')
    expect(english).toContain('>Save notes</button>')
    expect(english).toContain('Notes for you as the interviewer')
  })

  it('thanks the interviewer for saved notes, and a participant for answers', async () => {
    await installCopy(demoInterview, 'interview-thanks', 'open')
    await installPulseCopy('pulse-thanks')
    expect(await page('/s/interview-thanks/danke')).toContain('<h1>Notizen gespeichert</h1>')
    const pulse = await page('/s/pulse-thanks/danke')
    expect(pulse).toContain('<h1>Vielen Dank für Ihre Antworten</h1>')
    expect(await page('/s/pulse-thanks')).toContain('>Antworten absenden</button>')
  })
})

describe('interview notes', () => {
  it('are coded into the same themes as the pulse answers', async () => {
    const survey = await installInterviewCopy('interview-coded')
    await answer(
      survey,
      interviewAnswers([5, 6, 7, 8, 9, 10]).map((notes) => ({
        ...notes,
        hurdles: 'Das Vertrauen zwischen den Ressorts musste erst wachsen.',
      }))
    )
    await runReports(env, new Date('2026-11-30T06:00:00Z'), { only: 'interview-coded' })
    const body = await env.DB.prepare(
      `SELECT group_concat(body, '') AS body FROM (SELECT body FROM wave_tallies WHERE wave_id = ?1 ORDER BY part)`
    )
      .bind(survey.waveId)
      .first<string>('body')
    // Six notes mention trust, all six as lacking: trust that had to grow, under "hindered".
    expect(decodeTally(body!).texts.themes.mentions.trust).toEqual([6, 6])
  })
})
