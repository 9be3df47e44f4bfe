import { encodedWords, quotedPrintable } from './email-encoding.ts'

export interface ReportEmail {
  from: string
  to: string
  subject: string
  text: string
  html: string
  date: Date
  messageId: string
}

/**
 * A multipart/alternative MIME message (RFC 2045/2046) for one recipient: text and HTML as
 * quoted-printable UTF-8, the subject as encoded-words, 7-bit ASCII with CRLF lines throughout.
 * Written here rather than with a MIME library: the encoders are the part that matters, and they
 * are ours already; what is left is a few header lines and one boundary.
 */
export function composeEmail(mail: ReportEmail): string {
  // 128 random bits: no report text holds it by chance, and it is not derived from the content.
  const boundary = `lernraum-${crypto.randomUUID().replaceAll('-', '')}`
  const part = (type: string, data: string) =>
    [
      `--${boundary}`,
      `Content-Type: ${type}; charset=UTF-8`,
      'Content-Transfer-Encoding: quoted-printable',
      '',
      quotedPrintable(data),
    ].join('\r\n')
  return [
    `From: Lernraum <${mail.from}>`,
    `To: <${mail.to}>`,
    `Subject: ${encodedWords(mail.subject)}`,
    `Date: ${mail.date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${mail.messageId}>`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/alternative;',
    // Folded: every line stays within 76 octets.
    ` boundary="${boundary}"`,
    '',
    part('text/plain', mail.text),
    part('text/html', mail.html),
    `--${boundary}--`,
    '',
  ].join('\r\n')
}

/** The one way Lernraum sends mail: a stored raw message through the send_email binding. */
export async function sendRawEmail(binding: SendEmail, from: string, to: string, raw: string) {
  // Imported where it is used: the CLI builds reports in Node, where this module does not exist.
  const { EmailMessage } = await import('cloudflare:email')
  await binding.send(new EmailMessage(from, to, raw))
}
