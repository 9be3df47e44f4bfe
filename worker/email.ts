// The browser build: the Node build pulls in mime-types and its 200 KB database.
import { createMimeMessage } from 'mimetext/browser'
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
 * A multipart/alternative MIME message for one recipient: text and HTML as quoted-printable
 * UTF-8, the subject as encoded-words, 7-bit ASCII with CRLF lines throughout.
 */
export function composeEmail(mail: ReportEmail): string {
  const msg = createMimeMessage()
  msg.setSender({ name: 'Lernraum', addr: mail.from })
  msg.setRecipient(mail.to)
  msg.setSubject(mail.subject)
  // mimetext writes the whole subject as one encoded-word, longer than RFC 2047's 75 characters.
  msg.headers.fields.find((f) => f.name === 'Subject')!.dump = () => encodedWords(mail.subject)
  msg.setHeader('Date', mail.date.toUTCString().replace('GMT', '+0000'))
  msg.setHeader('Message-ID', `<${mail.messageId}>`)
  // mimetext only labels a part's encoding; the data it is given goes out as it is.
  const part = (contentType: string, data: string) =>
    msg.addMessage({ contentType, data: quotedPrintable(data), encoding: 'quoted-printable' })
  part('text/plain', mail.text)
  part('text/html', mail.html)
  return `${msg.asRaw()}\r\n`
}

/** The one way Lernraum sends mail: a stored raw message through the send_email binding. */
export async function sendRawEmail(binding: SendEmail, from: string, to: string, raw: string) {
  // Imported where it is used: the CLI builds reports in Node, where this module does not exist.
  const { EmailMessage } = await import('cloudflare:email')
  await binding.send(new EmailMessage(from, to, raw))
}
