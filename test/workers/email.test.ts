import PostalMime from 'postal-mime'
import { describe, expect, it } from 'vitest'
import { composeEmail } from '../../worker/email.ts'
import { quotedPrintable } from '../../worker/email-encoding.ts'
import { wireFaults } from './mail-wire.ts'

const cells = Array.from({ length: 400 }, (_, i) => `<td>Maßnahme ${i}: Zustimmung 50 %</td>`)
const mail = {
  from: 'bericht@lernraum.example',
  to: 'leitung@lernraum.example',
  subject:
    'Lernraum-Bericht: Größere Überprüfung der Zusammenarbeit im Lernraum (2026-W48) – Äußerst lang',
  text: 'Grüße aus dem Lernraum\n\nÄnderungen: 3,08 · Zustimmung 50 %\r\nZeile mit Leerzeichen am Ende   \n.Punkt am Zeilenanfang\n=gleich=',
  // One line of 26 KB, as the report's table comes out of the renderer.
  html: `<!DOCTYPE html><html lang="de"><body><table><tr>${cells.join('')}</tr></table><p>Übermäßig</p></body></html>`,
  date: new Date('2026-11-23T06:00:00Z'),
  messageId: 'abc@lernraum.example',
}

describe('the report email on the wire', () => {
  it('is 7-bit ASCII with CRLF lines under 998 octets, its text parts quoted-printable', () => {
    expect(mail.html.length).toBeGreaterThan(998)
    expect(wireFaults(composeEmail(mail))).toEqual([])
  })

  it('keeps quoted-printable lines within 76 octets', () => {
    const lines = composeEmail(mail).split('\r\n')
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(76)
  })

  it('parses back, with an independent parser, to the very text, HTML and subject', async () => {
    const parsed = await PostalMime.parse(composeEmail(mail))
    expect(parsed.subject).toBe(mail.subject)
    // postal-mime gives line breaks as LF; the last line before a boundary belongs to it.
    const body = (s: string | undefined) => s?.replace(/\n+$/, '')
    expect(body(parsed.text)).toBe(mail.text.replace(/\r\n/g, '\n'))
    expect(body(parsed.html)).toBe(mail.html)
  })
})

describe('the subject', () => {
  it('keeps a zero-width no-break space where an encoded-word would start with it', async () => {
    for (const pad of [36, 37, 38, 39]) {
      const subject = `${'a'.repeat(pad)}\uFEFF\uFEFFb`
      expect((await PostalMime.parse(composeEmail({ ...mail, subject }))).subject).toBe(subject)
    }
  })
})

describe('quoted-printable', () => {
  it('never breaks a line inside an =XX escape', () => {
    for (let pad = 0; pad < 80; pad++) {
      const lines = quotedPrintable(`${'a'.repeat(pad)}${'ä'.repeat(60)}`).split('\r\n')
      for (const line of lines.slice(0, -1)) expect(line).toMatch(/^(?:[^=]|=[0-9A-F]{2})*=$/)
    }
  })

  it('encodes blanks at the end of a line, and = itself', () => {
    expect(quotedPrintable('a = b \nc\t')).toBe('a =3D b=20\r\nc=09')
  })
})
