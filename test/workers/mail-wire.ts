/** The header block of the message and of every MIME part, as lines. */
function headerBlocks(lines: string[]): string[][] {
  const starts = [
    0,
    ...lines.flatMap((l, i) => (/^--\S+$/.test(l) && !l.endsWith('--') ? [i + 1] : [])),
  ]
  return starts.map((start) => {
    const end = lines.indexOf('', start)
    return lines.slice(start, end === -1 ? lines.length : end)
  })
}

/** A header's value, continuation lines unfolded; undefined when the block lacks it. */
const header = (block: string[], name: string) => {
  const unfolded = block
    .join('\r\n')
    .replace(/\r\n[ \t]/g, ' ')
    .split('\r\n')
  const line = unfolded.find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`))
  return line?.slice(name.length + 1).trim()
}

/**
 * What makes a raw message unfit for a strict mail system, one entry per fault: a byte that
 * is not 7-bit ASCII, a CR or LF that is not part of CRLF, a line over 998 octets, a text
 * part sent as anything but quoted-printable or base64. Empty for a message that passes.
 */
export function wireFaults(raw: string): string[] {
  const faults: string[] = []
  // The string as stored: one char per octet only if every char is ASCII, which is checked first.
  const wide = [...raw].filter((ch) => ch.charCodeAt(0) > 0x7f)
  if (wide.length) faults.push(`${wide.length} octets beyond 7-bit ASCII`)
  if (/\r(?!\n)|(?<!\r)\n/.test(raw)) faults.push('a bare CR or LF')
  const lines = raw.split('\r\n')
  const long = lines.filter((l) => l.length > 998)
  if (long.length) faults.push(`${long.length} lines over 998 octets`)
  const textParts = headerBlocks(lines).filter((b) =>
    /^text\//i.test(header(b, 'content-type') ?? '')
  )
  if (!textParts.length) faults.push('no text part')
  for (const part of textParts) {
    const encoding = header(part, 'content-transfer-encoding')?.toLowerCase()
    if (encoding !== 'quoted-printable' && encoding !== 'base64')
      faults.push(`${header(part, 'content-type')} sent as ${encoding ?? 'no encoding'}`)
  }
  return faults
}
