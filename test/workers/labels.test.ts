import { describe, expect, it } from 'vitest'
import demoInterview from '../../forms/shipped/demo-interview.v1.json'
import { installCopy, openForm, post, request } from './helpers.ts'

/** The demo interview with its multiple choice "formats" changed as given. */
function interviewWith(formats: { min?: number; required?: boolean }) {
  const sections = demoInterview.sections.map((s) => ({
    ...s,
    questions: s.questions.map((q) => {
      if (q.id !== 'formats') return q
      const { min: _min, ...rest } = q as typeof q & { min?: number }
      return { ...rest, ...formats }
    }),
  }))
  return { ...demoInterview, sections }
}

const legendOf = (page: string, id: string) =>
  new RegExp(
    `<legend>([^<]*<span class="marker">[^<]*</span>)</legend>(?:(?!</fieldset>).)*id="q-${id}"`
  ).exec(page)?.[1]

describe('the required or optional marker of a multiple choice', () => {
  it('marks a multiple choice with a minimum as required, never optional, and refuses it empty', async () => {
    await installCopy(interviewWith({ min: 2 }), 'labels-min', 'open')
    const form = await (await request('/s/labels-min')).text()
    expect(legendOf(form, 'formats')).toContain('(Pflichtfrage)')
    expect(legendOf(form, 'formats')).not.toContain('optional')
    expect(form).toContain('Wählen Sie mindestens 2.')
    const nonce = await openForm('/s/labels-min')
    const page = await (
      await post('/s/labels-min', [
        ['_nonce', nonce],
        ['format', 'remote'],
      ])
    ).text()
    expect(page).toMatch(/<a href="#q-formats">[^<]*Bitte beantworten Sie diese Frage\.<\/a>/)
  })

  it('still calls a multiple choice without a minimum optional, and takes it empty', async () => {
    await installCopy(interviewWith({}), 'labels-free', 'open')
    const form = await (await request('/s/labels-free?lang=en')).text()
    expect(legendOf(form, 'formats')).toContain('(optional)')
    const nonce = await openForm('/s/labels-free')
    const res = await post('/s/labels-free', [
      ['_nonce', nonce],
      ['format', 'remote'],
    ])
    expect(res.status).toBe(303)
  })
})
