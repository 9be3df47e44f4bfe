import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { forgetOpenSurveys } from '../../worker/db/surveys.ts'
import { closeWave } from '../../worker/db/waves.ts'
import {
  closeAndFlush,
  installPulseCopy,
  K,
  NOTHING_WRITTEN,
  openForm,
  POOLED_ONE,
  post,
  request,
  validPulse,
  writtenFor,
} from './helpers.ts'

describe('the open-link journey', () => {
  it('stores a valid submit once and sends the person to the thank-you page', async () => {
    const survey = await installPulseCopy('journey-valid')
    const nonce = await openForm('/s/journey-valid')
    const res = await post('/s/journey-valid?lang=de', [['_nonce', nonce], ...validPulse])
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/s/journey-valid/danke?lang=de')
    expect(await writtenFor(survey.waveId)).toEqual(POOLED_ONE)
    const thanks = await request(res.headers.get('location')!)
    expect(thanks.status).toBe(200)
    expect(await thanks.text()).toContain('Vielen Dank für Ihre Antworten')
  })

  it('stores each answer as its kind: numbers for scales, the choice, trimmed text', async () => {
    const survey = await installPulseCopy('journey-values')
    // k alike submits, so closing the wave makes them readable.
    for (let i = 0; i < K; i++) {
      const nonce = await openForm('/s/journey-values')
      await post('/s/journey-values', [
        ['_nonce', nonce],
        ['helped', '  Offenheit  '],
        ...validPulse.slice(0, 4),
      ])
    }
    await closeAndFlush(survey)
    const { results } = await env.DB.prepare(
      `SELECT DISTINCT a.question_id, a.value FROM answers a JOIN responses r ON r.id = a.response_id
       WHERE r.wave_id = ?1 ORDER BY a.question_id`
    )
      .bind(survey.waveId)
      .all<{ question_id: string; value: string }>()
    expect(Object.fromEntries(results.map((r) => [r.question_id, JSON.parse(r.value)]))).toEqual({
      trust: 4,
      transparency: 3,
      continuity: 'none',
      resources: 2,
      helped: 'Offenheit',
    })
  })

  it('keeps English through the form, its errors and the thank-you page', async () => {
    await installPulseCopy('journey-en')
    const form = await request('/s/journey-en', {
      headers: { 'accept-language': 'en-GB,en;q=0.9,de;q=0.5' },
    })
    const html = await form.text()
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('action="/s/journey-en?lang=en"')
    const nonce = /name="_nonce" value="([^"]+)"/.exec(html)![1]
    const invalid = await post('/s/journey-en?lang=en', [['_nonce', nonce]])
    expect(invalid.status).toBe(422)
    expect(await invalid.text()).toContain('There is a problem')
    const ok = await post('/s/journey-en?lang=en', [['_nonce', nonce], ...validPulse])
    expect(ok.headers.get('location')).toBe('/s/journey-en/danke?lang=en')
    expect(await (await request(ok.headers.get('location')!)).text()).toContain(
      'Thank you for your answers'
    )
  })

  it('prefers German when German ranks above English', async () => {
    const res = await request('/s/demo-puls', { headers: { 'accept-language': 'en;q=0.4, de-DE' } })
    expect(await res.text()).toContain('<html lang="de">')
  })

  it('says plainly that an unknown survey does not exist', async () => {
    const res = await request('/s/gibt-es-nicht')
    expect(res.status).toBe(404)
    expect(await res.text()).toContain('Seite nicht gefunden')
  })

  it('says a survey without an open wave is closed, and stores nothing posted to it', async () => {
    const survey = await installPulseCopy('journey-closed')
    const nonce = await openForm('/s/journey-closed')
    await closeWave(env.DB, survey.surveyId, survey.waveId)
    expect((await request('/s/journey-closed')).status).toBe(410)
    const res = await post('/s/journey-closed', [['_nonce', nonce], ...validPulse])
    expect(res.status).toBe(410)
    expect(await res.text()).toContain('Diese Befragung ist geschlossen')
    expect(await writtenFor(survey.waveId)).toEqual(NOTHING_WRITTEN)
  })

  it('refuses a submit to a wave another isolate closed while this one still shows it open', async () => {
    const survey = await installPulseCopy('journey-closed-elsewhere')
    const nonce = await openForm('/s/journey-closed-elsewhere')
    // Closed as another isolate would: this isolate's memo of the open wave is not told.
    await env.DB.prepare("UPDATE waves SET status = 'closed' WHERE id = ?1")
      .bind(survey.waveId)
      .run()
    const res = await post('/s/journey-closed-elsewhere', [['_nonce', nonce], ...validPulse])
    expect(res.status).toBe(410)
    expect(await writtenFor(survey.waveId)).toEqual(NOTHING_WRITTEN)
    forgetOpenSurveys()
    expect((await request('/s/journey-closed-elsewhere')).status).toBe(410)
  })

  it('shows the storage notice with the thresholds the code applies', async () => {
    const html = await (await request('/s/demo-puls')).text()
    expect(html).toContain('Was wir speichern')
    expect(html).toContain(
      'können wir sie Ihnen später auch nicht zeigen, ändern oder einzeln löschen'
    )
    expect(html).toContain(`mindestens ${env.MIN_GROUP_SIZE} Antworten`)
    expect(html).toContain(`ab ${env.MIN_GROUP_SIZE_QUOTES} Antworten`)
    expect(html).toContain(`nur in Gruppen von mindestens ${K} Antworten`)
    expect(html).toContain(`bis zu ${2 * K - 1} der neuesten Antworten`)
    expect(html).toContain('href="/barrierefreiheit?lang=de"')
  })

  it('serves the accessibility statement with the configured feedback contact', async () => {
    const res = await request('/barrierefreiheit?lang=en')
    const html = await res.text()
    expect(res.status).toBe(200)
    expect(html).toContain('Accessibility statement')
    expect(html).toContain(`mailto:${env.ACCESSIBILITY_CONTACT}`)
  })
})
