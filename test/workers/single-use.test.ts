import { describe, expect, it } from 'vitest'
import {
  installPulseCopy,
  invite,
  openForm,
  post,
  request,
  validPulse,
  writtenFor,
  NOTHING_WRITTEN,
  POOLED_ONE,
} from './helpers.ts'

describe('open links', () => {
  it('store a double click or a resubmit of one form only once', async () => {
    const survey = await installPulseCopy('once-open')
    const nonce = await openForm('/s/once-open')
    const fields: [string, string][] = [['_nonce', nonce], ...validPulse]
    const [first, second] = await Promise.all([
      post('/s/once-open', fields),
      post('/s/once-open', fields),
    ])
    const resubmit = await post('/s/once-open', fields)
    for (const res of [first, second, resubmit]) expect(res.status).toBe(303)
    expect(await writtenFor(survey.waveId)).toEqual(POOLED_ONE)
  })

  it('give every rendering a new nonce, so two people never share one', async () => {
    await installPulseCopy('once-nonce')
    const nonces = await Promise.all(Array.from({ length: 5 }, () => openForm('/s/once-nonce')))
    expect(new Set(nonces).size).toBe(5)
    for (const n of nonces) expect(n).toMatch(/^[0-9A-Za-z]{32}\.[0-9a-z]+\.[0-9a-f]{64}$/)
  })

  it('are never cached, because the page holds a one-time nonce', async () => {
    expect((await request('/s/demo-puls')).headers.get('cache-control')).toBe('no-store')
  })
})

describe('invitations', () => {
  it('open the form of their survey and store one response', async () => {
    const survey = await installPulseCopy('once-invite')
    const [token] = await invite(survey, 'BMI')
    const form = await request(`/i/${token}`)
    expect(form.status).toBe(200)
    expect(form.headers.get('cache-control')).toBe('no-store')
    expect(await form.text()).toContain(`action="/i/${token}?lang=de"`)
    const res = await post(`/i/${token}`, validPulse)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/s/once-invite/danke?lang=de')
    expect(await writtenFor(survey.waveId)).toEqual(POOLED_ONE)
  })

  it('say plainly that a used invitation was already answered', async () => {
    const survey = await installPulseCopy('once-used')
    const [token] = await invite(survey, 'BMF')
    await post(`/i/${token}`, validPulse)
    const again = await request(`/i/${token}?lang=en`)
    expect(again.status).toBe(410)
    expect(await again.text()).toContain('We already have these answers')
    const resubmit = await post(`/i/${token}`, validPulse)
    expect(resubmit.status).toBe(410)
    expect(await writtenFor(survey.waveId)).toEqual(POOLED_ONE)
  })

  it('never produce two responses under concurrent submits', async () => {
    const survey = await installPulseCopy('once-race')
    const [token] = await invite(survey, 'AA')
    const results = await Promise.all(
      Array.from({ length: 8 }, () => post(`/i/${token}`, validPulse))
    )
    const statuses = results.map((r) => r.status)
    expect(statuses.filter((s) => s === 303)).toHaveLength(1)
    expect(statuses.every((s) => s === 303 || s === 409 || s === 410)).toBe(true)
    expect(await writtenFor(survey.waveId)).toEqual(POOLED_ONE)
  })

  it('say plainly that an unknown or malformed token is not valid', async () => {
    for (const token of ['A'.repeat(32), 'kurz', '..%2F..%2Fetc']) {
      const res = await request(`/i/${token}`)
      expect(res.status).toBe(404)
      expect(await res.text()).toContain('Dieser Link ist nicht gültig')
    }
  })

  it('do not accept a one-time nonce field', async () => {
    const survey = await installPulseCopy('once-nonce-field')
    const [token] = await invite(survey, 'BMG')
    const res = await post(`/i/${token}`, [['_nonce', 'A'.repeat(32)], ...validPulse])
    expect(res.status).toBe(400)
    expect(await writtenFor(survey.waveId)).toEqual(NOTHING_WRITTEN)
  })

  it('belong to their wave: once it is closed they no longer open', async () => {
    const survey = await installPulseCopy('once-closed')
    const [token] = await invite(survey, 'BMAS')
    const { env } = await import('cloudflare:test')
    await env.DB.prepare("UPDATE waves SET status = 'closed' WHERE id = ?1")
      .bind(survey.waveId)
      .run()
    expect((await request(`/i/${token}`)).status).toBe(410)
    expect((await post(`/i/${token}`, validPulse)).status).toBe(410)
    expect(await writtenFor(survey.waveId)).toEqual(NOTHING_WRITTEN)
  })
})
