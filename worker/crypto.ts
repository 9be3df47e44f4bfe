import { customRandom } from 'nanoid'
import { toHex } from './hex.ts'

// Random bytes drawn from the system generator 4 KB at a time: one call per token showed in a
// profile of the form page as a twentieth of its time. Each byte is handed out once.
let pool = new Uint8Array(0)
let drawn = 0
export function randomBytes(count: number): Uint8Array {
  if (drawn + count > pool.length) {
    pool = crypto.getRandomValues(new Uint8Array(Math.max(4096, count)))
    drawn = 0
  }
  return pool.subarray(drawn, (drawn += count))
}

export const customAlphabet = (letters: string, size: number) =>
  customRandom(letters, size, randomBytes)

// 32 symbols of a 62-letter alphabet: about 190 bits, far over the 128 the design asks for,
// and no '-' or '_' that a mail client might cut a link at.
const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
export const newToken = customAlphabet(alphabet, 32)

/** Ids of content rows: random, so no order or count can be read from them. */
export const newId = customAlphabet(alphabet, 21)

/**
 * Tokens and nonces are stored only as SHA-256: they carry enough entropy that a plain hash
 * cannot be reversed, and a lookup by hash needs no secret.
 */
export async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return toHex(digest)
}

export const looksLikeToken = (s: string) => /^[0-9A-Za-z]{32}$/.test(s)

/** A uniformly random order (Fisher–Yates over the Web Crypto generator), for batches that must keep none. */
export function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items]
  const random = crypto.getRandomValues(new Uint32Array(out.length))
  for (let i = out.length - 1; i > 0; i--) {
    // The modulo bias over 2^32 for a batch of thousands is far below anything observable.
    const j = random[i] % (i + 1)
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}
