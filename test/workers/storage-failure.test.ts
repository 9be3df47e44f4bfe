import { env } from 'cloudflare:test'
import { describe, expect, it, vi } from 'vitest'
import { tokenFor } from './api-helpers.ts'
import {
  D1_ERRORS,
  faultyDb,
  fetchWith,
  PERMANENT_D1_ERRORS,
  postWith,
  submitWithFailingStore,
} from './faults.ts'
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

describe('a D1 error that retrying cannot cure', () => {
  it.each(Object.entries(PERMANENT_D1_ERRORS))(
    '"%s" under a submit is a 500 that keeps every answer on the page but names no error and asks for no quick retry',
    async (name, message) => {
      const survey = await installPulseCopy(`fail-permanent-${name.toLowerCase()}`)
      const nonce = await openForm(`/s/${survey.slug}`)
      const db = faultyDb(env.DB, { failOn: /INSERT INTO sealed_pool/, message })
      const res = await postWith(db, `/s/${survey.slug}?lang=en`, [
        ['_nonce', nonce],
        ...validPulse,
      ])
      expect(res.status).toBe(500)
      expect(res.headers.get('retry-after')).toBeNull()
      const page = await res.text()
      expect(page).not.toContain('D1_ERROR')
      expect(page).not.toContain('SQLITE')
      expect(page).not.toMatch(/\bat \S+:\d+/)
      expect(page).toContain('Your answers could not be saved')
      expect(page).toContain('send the form again later')
      expect(page).toMatch(/id="q-trust-4" name="trust" value="4" checked=""/)
      expect(page).toContain('Die Chatham-House-Regel hat Vertrauen geschaffen.</textarea>')
      expect(page).toContain(`name="_nonce" value="${nonce}"`)
      expect(await writtenFor(survey.waveId)).toEqual(NOTHING_WRITTEN)
    }
  )

  it('answers an API call 500 in JSON for a missing table, and 503 with Retry-After for a transient error', async () => {
    const survey = await installPulseCopy('fail-permanent-api', 'invitations')
    const admin = await tokenFor('admin')
    const call = (message: string) =>
      fetchWith(
        faultyDb(env.DB, { failOn: /INSERT INTO invitations/, message }),
        `/api/surveys/${survey.surveyId}/invitations`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
          body: JSON.stringify({ ministry: 'BMF', count: 2 }),
        }
      )
    const missing = await call(PERMANENT_D1_ERRORS.noSuchTable)
    expect(missing.status).toBe(500)
    expect(missing.headers.get('retry-after')).toBeNull()
    expect(await missing.json()).toEqual({
      error: { status: 500, message: 'Something went wrong.' },
    })
    const transient = await call(D1_ERRORS.unresolved)
    expect(transient.status).toBe(503)
    expect(transient.headers.get('retry-after')).toBe('5')
  })
})
