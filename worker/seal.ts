/**
 * The sealed pool's cryptography: AES-GCM for pool rows, HMAC for spend markers and for the
 * form nonces of open links (worker/form-nonce.ts), all under keys derived by HKDF from the
 * Worker secret SEAL_KEY (and SEAL_KEY_PREVIOUS while a rotation lasts). Keys are derived
 * once per isolate and secret.
 */

import { toHex } from './hex.ts'

export interface SealKeys {
  /** Seals new rows and writes new markers. */
  current: DerivedKeys
  /** Opens rows and checks markers written before a rotation. */
  previous?: DerivedKeys
}

export interface DerivedKeys {
  seal: CryptoKey
  marker: CryptoKey
  nonce: CryptoKey
}

const IV_BYTES = 12
const TAG_BYTES = 16
const LENGTH_BYTES = 4
const encoder = new TextEncoder()
const derived = new Map<string, Promise<DerivedKeys>>()

export class MissingSealKey extends Error {
  name = 'MissingSealKey'
}

/** The keys of this deployment; throws when SEAL_KEY is not set, so nothing is stored unsealed. */
export async function sealKeys(env: Env): Promise<SealKeys> {
  const { SEAL_KEY: current, SEAL_KEY_PREVIOUS: previous } = env as Env & SealSecrets
  if (!current) throw new MissingSealKey()
  return {
    current: await derive(current),
    previous: previous && previous !== current ? await derive(previous) : undefined,
  }
}

type SealSecrets = { SEAL_KEY?: string; SEAL_KEY_PREVIOUS?: string }

function derive(secret: string): Promise<DerivedKeys> {
  let keys = derived.get(secret)
  if (!keys) {
    keys = deriveKeys(secret)
    derived.set(secret, keys)
  }
  return keys
}

async function deriveKeys(secret: string): Promise<DerivedKeys> {
  const base = await crypto.subtle.importKey('raw', encoder.encode(secret), 'HKDF', false, [
    'deriveKey',
  ])
  // Three keys from one secret, separated by their HKDF info: a marker or a nonce signature
  // made under one can never pass for the other's.
  const hkdf = (info: string) => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: encoder.encode('lernraum sealed pool'),
    info: encoder.encode(info),
  })
  const hmac = { name: 'HMAC', hash: 'SHA-256', length: 256 }
  const [seal, marker, nonce] = await Promise.all([
    crypto.subtle.deriveKey(hkdf('seal v1'), base, { name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]),
    crypto.subtle.deriveKey(hkdf('spend marker v1'), base, hmac, false, ['sign']),
    crypto.subtle.deriveKey(hkdf('form nonce v1'), base, hmac, false, ['sign', 'verify']),
  ])
  return { seal, marker, nonce }
}

/** The size every sealed row of a form version has: nonce, padded plaintext, tag. */
export const sealedSize = (paddedBytes: number) => IV_BYTES + LENGTH_BYTES + paddedBytes + TAG_BYTES

/**
 * Seals a plaintext padded to exactly `paddedBytes`, bound to its wave and form version
 * (a row copied to another wave does not open). A plaintext over the size is a bug in the
 * size bound, never truncated.
 */
export async function seal(
  keys: SealKeys,
  plaintext: string,
  paddedBytes: number,
  context: string
): Promise<Uint8Array> {
  const bytes = encoder.encode(plaintext)
  if (bytes.length > paddedBytes) throw new Error('sealed payload exceeds its form size')
  const padded = new Uint8Array(LENGTH_BYTES + paddedBytes)
  new DataView(padded.buffer).setUint32(0, bytes.length)
  padded.set(bytes, LENGTH_BYTES)
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES))
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
    keys.current.seal,
    padded
  )
  const row = new Uint8Array(IV_BYTES + sealed.byteLength)
  row.set(iv)
  row.set(new Uint8Array(sealed), IV_BYTES)
  return row
}

/** Opens a sealed row under the current or the previous key; `null` when neither opens it. */
export async function unseal(
  keys: SealKeys,
  row: Uint8Array,
  context: string
): Promise<string | null> {
  const iv = row.subarray(0, IV_BYTES)
  for (const k of [keys.current, keys.previous]) {
    if (!k) continue
    try {
      const padded = new Uint8Array(
        await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
          k.seal,
          row.subarray(IV_BYTES)
        )
      )
      const length = new DataView(padded.buffer).getUint32(0)
      return new TextDecoder().decode(padded.subarray(LENGTH_BYTES, LENGTH_BYTES + length))
    } catch {
      // not sealed under this key; try the next
    }
  }
  return null
}

/**
 * The spend markers of an invitation token or a form nonce: under the current key, and
 * under the previous one while a rotation lasts, so a link spent before the rotation is
 * still recognised.
 */
export async function spendMarkers(keys: SealKeys, spent: string): Promise<string[]> {
  const sign = async (k: DerivedKeys) =>
    toHex(await crypto.subtle.sign('HMAC', k.marker, encoder.encode(spent)))
  return Promise.all([keys.current, keys.previous].filter((k) => k !== undefined).map(sign))
}
