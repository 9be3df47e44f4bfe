const PAIRS = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'))
const DIGIT = new Uint8Array(128)
for (const [i, c] of [...'0123456789abcdef'].entries()) {
  DIGIT[c.charCodeAt(0)] = i
  DIGIT[c.toUpperCase().charCodeAt(0)] = i
}

/** Bytes as lower-case hex: hashes, signatures, and sealed rows for SQLite's unhex(). */
export function toHex(data: ArrayBuffer | Uint8Array): string {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data)
  let hex = ''
  for (let i = 0; i < bytes.length; i++) hex += PAIRS[bytes[i]]
  return hex
}

/** Hex of either case (SQLite's hex() writes upper case) back to bytes; callers check its shape. */
export function fromHex(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length >> 1)
  for (let i = 0; i < bytes.length; i++)
    bytes[i] = (DIGIT[hex.charCodeAt(2 * i)] << 4) | DIGIT[hex.charCodeAt(2 * i + 1)]
  return bytes
}
