import { beforeAll, describe, expect, it } from 'vitest'
import { MAX_POST_BYTES } from '../../worker/routes/participate.tsx'
import {
  installPulseCopy,
  NOTHING_WRITTEN,
  openForm,
  post,
  request,
  validPulse,
  writtenFor,
} from './helpers.ts'

const slug = 'bad-input'
let waveId: string
let nonce: string
beforeAll(async () => {
  waveId = (await installPulseCopy(slug)).waveId
})

const valid = () => new URLSearchParams([['_nonce', nonce], ...validPulse]).toString()

/** Each refusal: a 4xx, a plain sentence in the page's language, and nothing written. */
async function expectRefused(res: Response, status: number, sentence: string) {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toContain('text/html')
  const page = await res.text()
  expect(page).toContain(sentence)
  expect(page).not.toMatch(/at .*\.(ts|js):\d+|Error:/)
  expect(await writtenFor(waveId)).toEqual(NOTHING_WRITTEN)
}

describe('hostile or malformed submits', () => {
  beforeAll(async () => {
    nonce = await openForm(`/s/${slug}`)
  })

  it('refuses a body over the size limit with 413', async () => {
    const body = valid() + '&helped=' + 'a'.repeat(MAX_POST_BYTES)
    await expectRefused(await post(`/s/${slug}`, body), 413, 'Die gesendeten Daten sind zu groß.')
  })

  it('refuses an oversized body that declares no length', async () => {
    const stream = new Blob([valid() + '&helped=' + 'a'.repeat(MAX_POST_BYTES)]).stream()
    const res = await request(`/s/${slug}?lang=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: stream,
      // @ts-expect-error workerd needs it for a streamed body
      duplex: 'half',
    })
    await expectRefused(res, 413, 'The data sent is too large.')
  })

  it('refuses fields the form does not have', async () => {
    await expectRefused(
      await post(`/s/${slug}`, valid() + '&ministry=BMI'),
      400,
      'Felder, die es nicht gibt'
    )
  })

  it('refuses a single-answer question sent twice', async () => {
    await expectRefused(
      await post(`/s/${slug}`, valid() + '&trust=1'),
      400,
      'Felder, die es nicht gibt'
    )
  })

  it('refuses broken percent-escapes', async () => {
    await expectRefused(
      await post(`/s/${slug}`, valid() + '&helped=%E2%82'),
      400,
      'nicht korrekt kodiert'
    )
  })

  it('refuses bytes that are not UTF-8', async () => {
    const body = new Uint8Array([...new TextEncoder().encode(valid() + '&helped='), 0xff, 0xfe])
    const res = await request(`/s/${slug}?lang=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    })
    await expectRefused(res, 400, 'not encoded correctly')
  })

  it('refuses another content type with 415', async () => {
    const res = await request(`/s/${slug}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ trust: 4 }),
    })
    await expectRefused(res, 415, 'normales Webformular')
  })

  it('refuses a post without Origin (CSRF)', async () => {
    const res = await request(`/s/${slug}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: '' },
      body: valid(),
    })
    await expectRefused(res, 403, 'nicht von dieser Seite gesendet')
  })

  it('refuses a post from a foreign Origin (CSRF)', async () => {
    const res = await post(`/s/${slug}?lang=en`, valid(), { origin: 'https://evil.example' })
    await expectRefused(res, 403, 'was not sent from this site')
  })

  it('refuses a post without a form nonce', async () => {
    await expectRefused(await post(`/s/${slug}`, validPulse), 400, 'nicht mehr gültig')
  })

  it('refuses a nonce that is not one of ours', async () => {
    await expectRefused(
      await post(`/s/${slug}`, [['_nonce', '<script>'], ...validPulse]),
      400,
      'nicht mehr gültig'
    )
  })

  it('stores the submit that follows all those refusals exactly once', async () => {
    expect((await post(`/s/${slug}`, valid())).status).toBe(303)
    expect(await writtenFor(waveId)).toEqual({ ...NOTHING_WRITTEN, pooled: 1, markers: 1 })
  })
})
