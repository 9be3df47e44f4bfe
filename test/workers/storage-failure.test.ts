import { describe, expect, it, vi } from 'vitest'
import { submitWithFailingStore } from './faults.ts'
import {
  invite,
  installPulseCopy,
  openForm,
  post,
  validPulse,
  writtenFor,
  NOTHING_WRITTEN,
  POOLED_ONE,
} from './helpers.ts'

describe('a storage failure during submit', () => {
  it('shows a 503 retry page that still holds every answer and writes nothing', async () => {
    const survey = await installPulseCopy('fail-open')
    const nonce = await openForm('/s/fail-open')
    const res = await submitWithFailingStore('/s/fail-open?lang=en', [
      ['_nonce', nonce],
      ...validPulse,
    ])
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('5')
    const page = await res.text()
    expect(page).toContain('Your answers could not be saved')
    expect(page).toMatch(/id="q-trust-4" name="trust" value="4" checked=""/)
    expect(page).toContain('Die Chatham-House-Regel hat Vertrauen geschaffen.</textarea>')
    expect(page).toContain(`name="_nonce" value="${nonce}"`)
    expect(await writtenFor(survey.waveId)).toEqual(NOTHING_WRITTEN)
  })

  it('lets the person send the same form again once storage is back', async () => {
    const survey = await installPulseCopy('fail-retry')
    const nonce = await openForm('/s/fail-retry')
    await submitWithFailingStore('/s/fail-retry', [['_nonce', nonce], ...validPulse])
    expect((await post('/s/fail-retry', [['_nonce', nonce], ...validPulse])).status).toBe(303)
    expect(await writtenFor(survey.waveId)).toEqual(POOLED_ONE)
  })

  it('leaves an invitation unused so it can be answered after the failure', async () => {
    const survey = await installPulseCopy('fail-invite')
    const [token] = await invite(survey, 'BMWK')
    expect((await submitWithFailingStore(`/i/${token}`, validPulse)).status).toBe(503)
    expect(await writtenFor(survey.waveId)).toEqual(NOTHING_WRITTEN)
    expect((await post(`/i/${token}`, validPulse)).status).toBe(303)
  })

  it('logs that storing failed without the answers or the error text', async () => {
    const lines: string[] = []
    const spy = vi
      .spyOn(console, 'error')
      .mockImplementation((...a) => void lines.push(a.join(' ')))
    try {
      await installPulseCopy('fail-log')
      const nonce = await openForm('/s/fail-log')
      await submitWithFailingStore('/s/fail-log', [
        ['_nonce', nonce],
        ...validPulse.slice(0, 4),
        ['helped', 'streng vertraulich'],
      ])
    } finally {
      spy.mockRestore()
    }
    expect(lines).toEqual(['lernraum: storing a response failed (Error)'])
  })
})
