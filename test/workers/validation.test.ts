import { describe, expect, it } from 'vitest'
import demoPuls from '../../forms/shipped/demo-puls.v1.json'
import { messagesFor } from '../../forms/messages/index.ts'
import { questionsOf, type FormDefinition } from '../../forms/schema.ts'
import {
  installPulseCopy,
  openForm,
  post,
  validPulse,
  writtenFor,
  NOTHING_WRITTEN,
  POOLED_ONE,
} from './helpers.ts'

const html = async (res: Response) => res.text()
const unescape = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

describe('a participant who makes a mistake', () => {
  it('gets the same form with status 422, an error summary and every typed answer in place', async () => {
    const survey = await installPulseCopy('mistake-kept')
    const nonce = await openForm('/s/mistake-kept')
    const res = await post('/s/mistake-kept', [
      ['_nonce', nonce],
      ['trust', '5'],
      ['continuity', 'none'],
      ['helped', 'Gemeinsames Zielbild <und> "Offenheit" & Ehrlichkeit'],
      ['hindered', 'Zeitdruck\nund Gremienflut'],
    ])
    expect(res.status).toBe(422)
    const page = await html(res)
    expect(page).toContain('<title>Fehler: Puls-Befragung')
    expect(page).toMatch(/class="error-summary"[^>]*role="alert"/)
    expect(page).toMatch(/<a href="#q-transparency">[^<]*Bitte beantworten Sie diese Frage.<\/a>/)
    expect(page).toMatch(/<a href="#q-resources">[^<]*Bitte beantworten Sie diese Frage.<\/a>/)
    expect(page).not.toContain('href="#q-trust"')
    expect(page).toMatch(/id="q-trust-5" name="trust" value="5" checked=""/)
    expect(page).toMatch(/id="q-continuity-none" name="continuity" value="none" checked=""/)
    expect(page).toContain(
      'Gemeinsames Zielbild &lt;und&gt; &quot;Offenheit&quot; &amp; Ehrlichkeit</textarea>'
    )
    expect(page).toContain('Zeitdruck\nund Gremienflut</textarea>')
    expect(page).toContain(`name="_nonce" value="${nonce}"`)
    expect(await writtenFor(survey.waveId)).toEqual(NOTHING_WRITTEN)
  })

  it.each(['de', 'en'] as const)(
    'names its question in every error-summary link, so no two links read alike (%s)',
    async (lang) => {
      await installPulseCopy(`mistake-named-${lang}`)
      const nonce = await openForm(`/s/mistake-named-${lang}`)
      const page = await html(
        await post(`/s/mistake-named-${lang}?lang=${lang}`, [['_nonce', nonce]])
      )
      const summary = page.slice(page.indexOf('class="error-summary"'), page.indexOf('</ul>'))
      const links = [...summary.matchAll(/<a href="#q-([a-z_]+)">([^<]*)<\/a>/g)]
      const required = questionsOf(demoPuls as FormDefinition).filter((q) => q.required)
      expect(links.map(([, id]) => id)).toEqual(required.map((q) => q.id))
      expect(new Set(links.map(([, , text]) => text)).size).toBe(required.length)
      links.forEach(([, id, text]) => {
        const label = required.find((q) => q.id === id)!.label[lang]
        expect(unescape(text)).toContain(label)
        expect(unescape(text)).toContain(messagesFor(lang).errors.required)
      })
    }
  )

  it('ties each error message to its field for screen readers', async () => {
    await installPulseCopy('mistake-aria')
    const nonce = await openForm('/s/mistake-aria')
    const page = await html(await post('/s/mistake-aria', [['_nonce', nonce]]))
    expect(page).toMatch(/<fieldset class="field field-error" aria-describedby="q-trust-error">/)
    expect(page).toMatch(/<p class="error-message" id="q-trust-error">/)
    expect(page).toMatch(/aria-describedby="q-continuity-hint q-continuity-error"/)
  })

  it('can submit the corrected form with the same nonce afterwards', async () => {
    const survey = await installPulseCopy('mistake-fixed')
    const nonce = await openForm('/s/mistake-fixed')
    expect((await post('/s/mistake-fixed', [['_nonce', nonce]])).status).toBe(422)
    expect((await post('/s/mistake-fixed', [['_nonce', nonce], ...validPulse])).status).toBe(303)
    expect(await writtenFor(survey.waveId)).toEqual(POOLED_ONE)
  })

  it('refuses a value outside the scale as a mistake, keeping the other answers', async () => {
    await installPulseCopy('mistake-range')
    const nonce = await openForm('/s/mistake-range')
    const res = await post('/s/mistake-range', [
      ['_nonce', nonce],
      ...validPulse.slice(1),
      ['trust', '7'],
    ])
    expect(res.status).toBe(422)
    const page = await html(res)
    expect(page).toMatch(
      /<a href="#q-trust">[^<]*Bitte wählen Sie eine der angebotenen Antworten.<\/a>/
    )
    expect(page).toContain('Zu wenig Zeit neben dem Tagesgeschäft.</textarea>')
  })

  it('counts the length of a text in characters and says the limit', async () => {
    await installPulseCopy('mistake-long')
    const nonce = await openForm('/s/mistake-long')
    const fits = '€'.repeat(1500)
    const ok = await post('/s/mistake-long', [
      ['_nonce', nonce],
      ...validPulse.slice(0, 4),
      ['helped', fits],
    ])
    expect(ok.status).toBe(303)
    const nonce2 = await openForm('/s/mistake-long')
    const res = await post('/s/mistake-long?lang=en', [
      ['_nonce', nonce2],
      ...validPulse.slice(0, 4),
      ['helped', fits + 'x'],
    ])
    expect(res.status).toBe(422)
    expect(await html(res)).toContain('The answer must be 1500 characters or fewer.')
  })

  it('refuses control characters in text as a mistake', async () => {
    await installPulseCopy('mistake-control')
    const nonce = await openForm('/s/mistake-control')
    const res = await post('/s/mistake-control', [
      ['_nonce', nonce],
      ...validPulse.slice(0, 4),
      ['helped', 'a\u0007b'],
    ])
    expect(res.status).toBe(422)
    expect(await html(res)).toContain('Steuerzeichen')
  })
})

describe('conditional and multiple-choice questions (demo interview)', () => {
  const base: [string, string][] = [
    ['format', 'in_person'],
    ['formats', 'workshop'],
  ]

  it('ignores a conditional answer whose condition does not hold', async () => {
    const nonce = await openForm('/s/demo-interview')
    const res = await post('/s/demo-interview', [
      ['_nonce', nonce],
      ...base,
      ['remote_effect', 'x'.repeat(400)],
    ])
    expect(res.status).toBe(303)
  })

  it('validates a conditional answer when its condition holds', async () => {
    const nonce = await openForm('/s/demo-interview')
    const res = await post('/s/demo-interview', [
      ['_nonce', nonce],
      ['format', 'remote'],
      ['formats', 'imag'],
      ['remote_effect', 'x'.repeat(400)],
    ])
    expect(res.status).toBe(422)
    expect(await html(res)).toContain('<a href="#q-remote_effect">')
  })

  it('shows the condition of a conditional question as a hint', async () => {
    const page = await html(
      await post('/s/demo-interview?lang=en', [['_nonce', await openForm('/s/demo-interview')]])
    )
    expect(page).toContain(
      'Only answer if you chose “by video or phone” for “How did the interview take place?”.'
    )
  })

  it('keeps every ticked box of a multiple choice after a mistake', async () => {
    const nonce = await openForm('/s/demo-interview')
    const page = await html(
      await post('/s/demo-interview', [
        ['_nonce', nonce],
        ['formats', 'workshop'],
        ['formats', 'exchange'],
      ])
    )
    expect(page).toMatch(/id="q-formats" name="formats" value="workshop" checked=""/)
    expect(page).toMatch(/id="q-formats-exchange" name="formats" value="exchange" checked=""/)
    expect(page).not.toMatch(/value="imag" checked/)
    expect(page).toContain('<a href="#q-format">')
  })

  it('refuses a choice that is not offered', async () => {
    const nonce = await openForm('/s/demo-interview')
    const res = await post('/s/demo-interview', [
      ['_nonce', nonce],
      ['format', 'in_person'],
      ['formats', 'zoo'],
    ])
    expect(res.status).toBe(422)
    expect(await html(res)).toContain(
      '<a href="#q-formats">„An welchen Formaten hat die Person bisher teilgenommen?“: Bitte wählen Sie eine der angebotenen Antworten.</a>'
    )
  })
})
