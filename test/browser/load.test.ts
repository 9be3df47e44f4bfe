import { describe, expect, inject, it } from 'vitest'
import { serverErrors, submitWithoutLoss } from '../bench/lossless.ts'

// Small enough for CI's two cores; `npm run bench` runs the same scenario at a large size.
const PLAN = {
  openSubmits: 120,
  invitations: 40,
  attemptsPerInvitation: 3,
  connections: 8,
  maxSeconds: 60,
}

describe('load without loss on wrangler dev', () => {
  it('stores exactly the submits it confirmed, each invitation once, and answers no 5xx', async () => {
    const outcome = await submitWithoutLoss(inject('origin'), inject('adminToken'), PLAN)
    const { open, invited } = outcome
    expect(serverErrors(outcome)).toBe(0)
    expect([open.errors, open.timeouts, invited.errors, invited.timeouts]).toEqual([0, 0, 0, 0])
    expect(open.sent).toBe(PLAN.openSubmits)
    expect(invited.sent).toBe(PLAN.invitations * PLAN.attemptsPerInvitation)
    // Every open-link submit carried a fresh nonce, so each one is a new response.
    expect(open.statuses).toEqual({ 303: PLAN.openSubmits })
    // Each link succeeded once; its repeats, however they raced, were refused as used.
    expect(invited.stored).toBe(PLAN.invitations)
    const refused = Object.entries(invited.statuses).filter(([code]) => code !== '303')
    for (const [code] of refused) expect(['409', '410']).toContain(code)
    expect(outcome.stored).toBe(open.stored + invited.stored)
    expect(outcome.invitationsUsed).toBe(invited.stored)
  })
})
