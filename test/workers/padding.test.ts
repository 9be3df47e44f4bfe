import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import demoPuls from '../../forms/shipped/demo-puls.v1.json'
import * as responses from '../../worker/api/responses.ts'
import { newToken } from '../../worker/crypto.ts'
import { checkNonce, issueNonce, NONCE_LIFETIME_MS } from '../../worker/form-nonce.ts'
import { sealKeys } from '../../worker/seal.ts'
import { api, tokenFor } from './api-helpers.ts'
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

// The attack of issue 10: a researcher pads a wave with answers of their own, through its open
// link, with invented form nonces, or at speed, until a release singles out one answer.

const nonceOf = (page: string) => /name="_nonce" value="([^"]+)"/.exec(page)?.[1]
const stale = 'Dieses Formular ist nicht mehr gültig'

/** What the page shows of validPulse: a checked Likert value and both free texts. */
function expectAnswersKept(page: string) {
  expect(page).toMatch(/id="q-trust-4" name="trust" value="4" checked=""/)
  expect(page).toMatch(/id="q-continuity-none" name="continuity" value="none" checked=""/)
  expect(page).toContain('Die Chatham-House-Regel hat Vertrauen geschaffen.</textarea>')
  expect(page).toContain('Zu wenig Zeit neben dem Tagesgeschäft.</textarea>')
}

/** A survey with an invitation wave, opened through the API without naming a mode. */
async function invitationWave(slug: string) {
  const admin = await tokenFor('admin')
  const created = await api('/surveys', {
    token: admin,
    json: { definition: { ...demoPuls, slug, version: undefined } },
  })
  const { survey } = responses.surveyCreated.parse(await created.json())
  const opened = await api(`/surveys/${survey.id}/waves`, { token: admin, json: { label: 'W' } })
  const { wave } = responses.waveOne.parse(await opened.json())
  return { slug, surveyId: survey.id, waveId: wave.id, mode: wave.mode }
}

describe('form nonces are issued by the server', () => {
  it('refuses a nonce it did not issue, as today any 32 letters were taken, and writes nothing', async () => {
    const survey = await installPulseCopy('pad-invented')
    const res = await post('/s/pad-invented', [['_nonce', newToken()], ...validPulse])
    expect(res.status).toBe(400)
    expect(await res.text()).toContain(stale)
    expect(await writtenFor(survey.waveId)).toEqual(NOTHING_WRITTEN)
  })

  it('refuses a genuine nonce with its random part, expiry or signature changed', async () => {
    const survey = await installPulseCopy('pad-tampered')
    const [random, expiry, mac] = (await openForm('/s/pad-tampered')).split('.')
    const later = (parseInt(expiry, 36) + 86_400).toString(36)
    const flipped = (mac[0] === 'a' ? 'b' : 'a') + mac.slice(1)
    for (const nonce of [
      `${newToken()}.${expiry}.${mac}`,
      `${random}.${later}.${mac}`,
      `${random}.0${expiry}.${mac}`,
      `${random}.${expiry}.${flipped}`,
      `${random}.${expiry}.${mac.toUpperCase()}`,
    ])
      expect((await post('/s/pad-tampered', [['_nonce', nonce], ...validPulse])).status).toBe(400)
    expect(await writtenFor(survey.waveId)).toEqual(NOTHING_WRITTEN)
  })

  it('refuses a well-formed nonce signed under another secret', async () => {
    const survey = await installPulseCopy('pad-resigned')
    const elsewhere = await sealKeys({ ...env, SEAL_KEY: 'a secret the attacker chose' })
    const nonce = await issueNonce(elsewhere, survey.waveId)
    expect((await post('/s/pad-resigned', [['_nonce', nonce], ...validPulse])).status).toBe(400)
    expect(await writtenFor(survey.waveId)).toEqual(NOTHING_WRITTEN)
  })

  it('refuses a nonce issued for another wave, of this survey or another', async () => {
    const survey = await installPulseCopy('pad-other-wave')
    const other = await installPulseCopy('pad-other-survey')
    const keys = await sealKeys(env)
    for (const nonce of [
      await openForm('/s/pad-other-survey'),
      await issueNonce(keys, `${survey.waveId}-earlier`),
    ])
      expect((await post('/s/pad-other-wave', [['_nonce', nonce], ...validPulse])).status).toBe(400)
    expect(await writtenFor(survey.waveId)).toEqual(NOTHING_WRITTEN)
    expect(await writtenFor(other.waveId)).toEqual(NOTHING_WRITTEN)
  })

  it('takes each issued nonce once', async () => {
    const survey = await installPulseCopy('pad-once')
    const nonce = await openForm('/s/pad-once')
    expect((await post('/s/pad-once', [['_nonce', nonce], ...validPulse])).status).toBe(303)
    expect((await post('/s/pad-once', [['_nonce', nonce], ...validPulse])).status).toBe(303)
    expect(await writtenFor(survey.waveId)).toEqual(POOLED_ONE)
  })

  it('knows a nonce past its lifetime from one it never issued', async () => {
    const keys = await sealKeys(env)
    const issuedAt = Date.UTC(2026, 10, 23, 8)
    const nonce = await issueNonce(keys, 'w', issuedAt)
    expect(await checkNonce(keys, nonce, 'w', issuedAt + NONCE_LIFETIME_MS - 1000)).toBe('valid')
    expect(await checkNonce(keys, nonce, 'w', issuedAt + NONCE_LIFETIME_MS + 1000)).toBe('expired')
    expect(await checkNonce(keys, nonce, 'v', issuedAt)).toBe('invalid')
    expect(NONCE_LIFETIME_MS).toBeGreaterThanOrEqual(60 * 60 * 1000)
  })
  it('signs under the HMAC key HKDF derives from SEAL_KEY as it always did, so nonces of forms opened before a deploy stay valid', async () => {
    // The nonce key derived here independently, as the Worker has derived it since nonces came.
    const te = new TextEncoder()
    const base = await crypto.subtle.importKey('raw', te.encode(env.SEAL_KEY), 'HKDF', false, [
      'deriveKey',
    ])
    const info = { name: 'HKDF', hash: 'SHA-256', salt: te.encode('lernraum sealed pool') }
    const webKey = await crypto.subtle.deriveKey(
      { ...info, info: te.encode('form nonce v1') },
      base,
      { name: 'HMAC', hash: 'SHA-256', length: 256 },
      false,
      ['sign']
    )
    const webSigned = async (text: string, waveId: string) => {
      const mac = await crypto.subtle.sign(
        'HMAC',
        webKey,
        te.encode(JSON.stringify([text, waveId]))
      )
      return `${text}.${[...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('')}`
    }
    const keys = await sealKeys(env)
    for (const waveId of ['w', 'Welle-ä', newToken()]) {
      const issued = await issueNonce(keys, waveId)
      const text = issued.slice(0, issued.lastIndexOf('.'))
      expect(issued).toBe(await webSigned(text, waveId))
      const before = await webSigned(`${newToken()}.${text.split('.')[1]}`, waveId)
      expect(await checkNonce(keys, before, waveId)).toBe('valid')
    }
  })
})

describe('a form left open past its nonce lifetime', () => {
  const expiredNonce = async (waveId: string) =>
    issueNonce(await sealKeys(env), waveId, Date.now() - NONCE_LIFETIME_MS - 60_000)

  it('comes back with every answer, a message and a fresh nonce, and stores nothing', async () => {
    const survey = await installPulseCopy('pad-expired')
    const old = await expiredNonce(survey.waveId)
    const res = await post('/s/pad-expired', [['_nonce', old], ...validPulse])
    expect(res.status).toBe(422)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const page = await res.text()
    expect(page).toContain('Das Formular war zu lange geöffnet')
    expectAnswersKept(page)
    const fresh = nonceOf(page)!
    expect(fresh).not.toBe(old)
    expect(await writtenFor(survey.waveId)).toEqual(NOTHING_WRITTEN)
    expect((await post('/s/pad-expired', [['_nonce', fresh], ...validPulse])).status).toBe(303)
    expect(await writtenFor(survey.waveId)).toEqual(POOLED_ONE)
  })

  it('says so in English too, with mistakes in the answers shown at the same time', async () => {
    const survey = await installPulseCopy('pad-expired-en')
    const old = await expiredNonce(survey.waveId)
    const res = await post('/s/pad-expired-en?lang=en', [
      ['_nonce', old],
      ['trust', '5'],
    ])
    expect(res.status).toBe(422)
    const page = await res.text()
    expect(page).toContain('The form was open for too long')
    expect(page).toContain('<a href="#q-transparency">')
    expect(page).toMatch(/id="q-trust-5" name="trust" value="5" checked=""/)
    expect(await writtenFor(survey.waveId)).toEqual(NOTHING_WRITTEN)
  })
})

describe('the open link of an invitation wave', () => {
  it('opens waves as invitation waves unless told otherwise', async () => {
    expect((await invitationWave('pad-default-mode')).mode).toBe('invitations')
  })

  it('shows a page that says to use the personal link, with no form, in German and English', async () => {
    await invitationWave('pad-invited-get')
    const de = await request('/s/pad-invited-get')
    expect(de.status).toBe(403)
    const page = await de.text()
    expect(page).toContain('Diese Befragung beantworten Sie über Ihren persönlichen Link')
    expect(page).not.toContain('<form')
    const en = await (await request('/s/pad-invited-get?lang=en')).text()
    expect(en).toContain('Please answer this survey through your personal link')
  })

  it('refuses answers with a nonce signed for the wave, and writes nothing', async () => {
    const survey = await invitationWave('pad-invited-post')
    const nonce = await issueNonce(await sealKeys(env), survey.waveId)
    const res = await post('/s/pad-invited-post', [['_nonce', nonce], ...validPulse])
    expect(res.status).toBe(403)
    expect(await writtenFor(survey.waveId)).toEqual(NOTHING_WRITTEN)
  })

  it('still takes answers through an invitation of the wave', async () => {
    const survey = await invitationWave('pad-invited-link')
    const [token] = await invite(survey, 'BMI')
    expect((await post(`/i/${token}`, validPulse)).status).toBe(303)
    expect(await writtenFor(survey.waveId)).toEqual(POOLED_ONE)
  })

  it('serves the form of a wave opened as an open-link wave, saying it protects less', async () => {
    const admin = await tokenFor('admin')
    const created = await api('/surveys', {
      token: admin,
      json: { definition: { ...demoPuls, slug: 'pad-open-mode', version: undefined } },
    })
    const { survey } = responses.surveyCreated.parse(await created.json())
    const opened = await api(`/surveys/${survey.id}/waves`, {
      token: admin,
      json: { label: 'offen', mode: 'open' },
    })
    expect(responses.waveOne.parse(await opened.json()).wave.mode).toBe('open')
    const res = await request('/s/pad-open-mode')
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('über einen offenen Link statt über persönliche Einladungen')
  })
})
