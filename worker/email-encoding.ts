// Strict mail systems refuse or mangle 8-bit bytes under a 7bit label, lines over 998 octets
// (RFC 5322 2.1.1) and bare LF. These encoders keep every message 7-bit ASCII with short CRLF
// lines, whatever the report holds.

const utf8 = new TextEncoder()
const hex = (byte: number) => `=${byte.toString(16).toUpperCase().padStart(2, '0')}`
const SPACE = 0x20
const TAB = 0x09

/** One byte as QP: printable ASCII stays, '=' and everything else become =XX. */
function qpToken(byte: number, index: number, last: number) {
  // Trailing blanks are dropped by some gateways; a leading dot is eaten by a careless SMTP hop.
  if ((byte === SPACE || byte === TAB) && index === last) return hex(byte)
  if (byte === 0x2e && index === 0) return hex(byte)
  if (byte === SPACE || byte === TAB || (byte > SPACE && byte < 0x7f && byte !== 0x3d))
    return String.fromCharCode(byte)
  return hex(byte)
}

/** One line (no line break in it) as QP lines of at most 76 octets, joined by soft breaks. */
function qpLine(line: string): string {
  const bytes = utf8.encode(line)
  const out: string[] = []
  let current = ''
  bytes.forEach((byte, i) => {
    const token = qpToken(byte, i, bytes.length - 1)
    // 75 leaves room for the '=' of the soft break; a token is never split, so no =XX is.
    if (current.length + token.length > 75) {
      out.push(`${current}=`)
      current = ''
    }
    current += token
  })
  out.push(current)
  return out.join('\r\n')
}

/** Text as RFC 2045 quoted-printable of its UTF-8 bytes; every line break becomes CRLF. */
export const quotedPrintable = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map(qpLine)
    .join('\r\n')

const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes))

/**
 * Whole characters whose UTF-8 is at most `max` bytes, so no encoded-word splits one. A
 * U+FEFF stays with the character before it: a decoder drops it at the start of a word as a
 * byte-order mark.
 */
function chunks(text: string, max: number): Uint8Array[] {
  const out: Uint8Array[] = []
  let current: number[] = []
  for (const unit of text.match(/[^\uFEFF]\uFEFF*|\uFEFF+/gu) ?? []) {
    const bytes = utf8.encode(unit)
    if (current.length && current.length + bytes.length > max) {
      out.push(Uint8Array.from(current))
      current = []
    }
    current.push(...bytes)
  }
  if (current.length || !out.length) out.push(Uint8Array.from(current))
  return out
}

/**
 * A header value as RFC 2047 encoded-words of at most 64 characters each (the limit is 75;
 * only a run of U+FEFF makes one longer), folded onto continuation lines, so a long subject
 * stays under 78 octets a line.
 */
export const encodedWords = (value: string) =>
  chunks(value, 39)
    .map((bytes) => `=?UTF-8?B?${base64(bytes)}?=`)
    .join('\r\n ')
