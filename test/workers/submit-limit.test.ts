import { describe, expect, it } from 'vitest'
import {
  installPulseCopy,
  invite,
  openForm,
  post,
  validPulse,
  writtenFor,
  NOTHING_WRITTEN,
  POOLED_ONE,
} from './helpers.ts'

// SUBMIT_LIMITER in wrangler.toml: submits per client address and minute.
const LIMIT = 60

/**
 * The limiter counts in windows of the wall-clock minute (miniflare, like Cloudflare): a test
 * that starts early in one sends all its submits within it.
 */
async function earlyInAMinute() {
  const left = 60_000 - (Date.now() % 60_000)
  if (left < 30_000) await new Promise((r) => setTimeout(r, left + 200))
}

describe('submits per client address', () => {
  it(
    'are limited: past the limit the form comes back with 429, every answer and nothing stored',
    { timeout: 60_000 },
    async () => {
      const survey = await installPulseCopy('limit-open')
      const [token] = await invite(survey, 'BMI')
      const nonce = await openForm('/s/limit-open')
      const office = { 'cf-connecting-ip': '203.0.113.60' }
      await earlyInAMinute()
      // Unanswered forms count as submits and store nothing, so the count is all that changes.
      const statuses: number[] = []
      for (let i = 0; i < LIMIT; i++)
        statuses.push((await post('/s/limit-open', [['_nonce', nonce]], office)).status)
      expect(statuses).toEqual(Array(LIMIT).fill(422))
      const open = await post('/s/limit-open', [['_nonce', nonce], ...validPulse], office)
      expect(open.status).toBe(429)
      expect(open.headers.get('retry-after')).toBe('60')
      const page = await open.text()
      expect(page).toContain('Bitte warten Sie einen Moment')
      expect(page).toMatch(/id="q-trust-4" name="trust" value="4" checked=""/)
      expect(page).toContain('Die Chatham-House-Regel hat Vertrauen geschaffen.</textarea>')
      expect(page).toContain(`name="_nonce" value="${nonce}"`)
      const invited = await post(`/i/${token}?lang=en`, validPulse, office)
      expect(invited.status).toBe(429)
      const invitedPage = await invited.text()
      expect(invitedPage).toContain('Please wait a moment')
      expect(invitedPage).toContain('Zu wenig Zeit neben dem Tagesgeschäft.</textarea>')
      expect(await writtenFor(survey.waveId)).toEqual(NOTHING_WRITTEN)
      // Another address is not held up, and the same form goes through from there.
      const elsewhere = { 'cf-connecting-ip': '203.0.113.61' }
      expect(
        (await post('/s/limit-open', [['_nonce', nonce], ...validPulse], elsewhere)).status
      ).toBe(303)
      expect(await writtenFor(survey.waveId)).toEqual(POOLED_ONE)
    }
  )
})
