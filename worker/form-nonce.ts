import { newToken } from './crypto.ts'
import { fromHex, toHex } from './hex.ts'
import type { SealKeys } from './seal.ts'

/**
 * Form nonces of open links, issued by the server: `random.expiry.signature`, the signature an
 * HMAC over the nonce's text and its wave under a key derived from SEAL_KEY. Issuing one costs
 * one HMAC and no storage, so a blank form stays cheap; whether it was spent is the business
 * of its spend marker. An invented nonce cannot be signed without the secret. The wave is
 * signed too because a closed wave's spend markers are dropped: a nonce spent there must not
 * pass as fresh in the next wave.
 */

/**
 * How long a form may stay open before it is sent: an interview can take an hour, and a
 * working day covers a form opened in the morning and sent after a meeting. Past it the
 * answers are kept and the form comes back with a fresh nonce.
 */
export const NONCE_LIFETIME_MS = 12 * 60 * 60 * 1000

export type NonceCheck = 'valid' | 'expired' | 'invalid'

const SHAPE = /^([0-9A-Za-z]{32}\.([0-9a-z]{1,11}))\.([0-9a-f]{64})$/
const encoder = new TextEncoder()

// The text itself is signed, not the numbers in it: a second spelling of the same expiry
// (a leading zero) would otherwise be a second valid nonce, and a second spend.
const signed = (text: string, waveId: string) => encoder.encode(JSON.stringify([text, waveId]))

/** A fresh nonce for a form of `waveId`, valid for NONCE_LIFETIME_MS from `now`. */
export async function issueNonce(keys: SealKeys, waveId: string, now = Date.now()) {
  const expiry = Math.floor((now + NONCE_LIFETIME_MS) / 1000).toString(36)
  const text = `${newToken()}.${expiry}`
  const mac = await crypto.subtle.sign('HMAC', keys.current.nonce, signed(text, waveId))
  return `${text}.${toHex(mac)}`
}

/**
 * Whether a posted nonce was issued by this Worker for this wave (under the current key or,
 * while a rotation lasts, the previous one), and whether it is still within its lifetime.
 */
export async function checkNonce(
  keys: SealKeys,
  nonce: string,
  waveId: string,
  now = Date.now()
): Promise<NonceCheck> {
  const parts = SHAPE.exec(nonce)
  if (!parts) return 'invalid'
  const [, text, expiry, mac] = parts
  const data = signed(text, waveId)
  for (const k of [keys.current, keys.previous]) {
    // verify() compares in constant time.
    if (k && (await crypto.subtle.verify('HMAC', k.nonce, fromHex(mac), data)))
      return parseInt(expiry, 36) * 1000 > now ? 'valid' : 'expired'
  }
  return 'invalid'
}
