import { describe, expect, it } from 'vitest'
import {
  NOTHING_WRITTEN,
  ORIGIN,
  POOLED_ONE,
  installPulseCopy,
  openForm,
  post,
  validPulse,
  writtenFor,
} from './helpers.ts'

/** A fresh open survey and a valid filled-in form of it, sent with `headers` only. */
async function submitWith(slug: string, headers: Record<string, string>) {
  const survey = await installPulseCopy(slug)
  const nonce = await openForm(`/s/${slug}`)
  const res = await post(`/s/${slug}`, [['_nonce', nonce], ...validPulse], headers)
  return { res, written: await writtenFor(survey.waveId) }
}

describe('the origin check of a participant post', () => {
  it('takes a post from a browser without Fetch Metadata that sends our Origin', async () => {
    const { res, written } = await submitWith('origin-old-browser', { origin: ORIGIN })
    expect(res.status).toBe(303)
    expect(written).toEqual(POOLED_ONE)
  })

  it('takes a post a browser marks same-origin', async () => {
    const headers = { origin: ORIGIN, 'sec-fetch-site': 'same-origin' }
    const { res, written } = await submitWith('origin-fetch-metadata', headers)
    expect(res.status).toBe(303)
    expect(written).toEqual(POOLED_ONE)
  })

  it.each([
    ['a foreign Origin', { origin: 'https://evil.example' }],
    ['Origin: null without Fetch Metadata', { origin: 'null' }],
    ['a look-alike Origin', { origin: `${ORIGIN}.evil.example` }],
    ['Sec-Fetch-Site: cross-site, even beside our Origin', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site' }],
    [
      'Sec-Fetch-Site: same-origin beside a foreign Origin',
      { origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' },
    ],
  ])('refuses %s and stores nothing', async (what, headers) => {
    const slug = `origin-${what.replace(/[^a-z]+/gi, '-').toLowerCase()}`.slice(0, 40)
    const { res, written } = await submitWith(slug, { origin: ORIGIN, ...headers })
    expect(res.status).toBe(403)
    expect(written).toEqual(NOTHING_WRITTEN)
  })
})
