// The browser build: the Node build pulls in mime-types and its 200 KB database.
import { createMimeMessage } from 'mimetext/browser'

export interface ReportEmail {
  from: string
  to: string
  subject: string
  text: string
  html: string
  date: Date
  messageId: string
}

/** A multipart/alternative MIME message (text and HTML, UTF-8, encoded subject) for one recipient. */
export function composeEmail(mail: ReportEmail): string {
  const msg = createMimeMessage()
  msg.setSender({ name: 'Lernraum', addr: mail.from })
  msg.setRecipient(mail.to)
  msg.setSubject(mail.subject)
  msg.setHeader('Date', mail.date.toUTCString().replace('GMT', '+0000'))
  msg.setHeader('Message-ID', `<${mail.messageId}>`)
  msg.addMessage({ contentType: 'text/plain', data: mail.text })
  msg.addMessage({ contentType: 'text/html', data: mail.html })
  return msg.asRaw()
}

/** The one way Lernraum sends mail: a stored raw message through the send_email binding. */
export async function sendRawEmail(binding: SendEmail, from: string, to: string, raw: string) {
  // Imported where it is used: the CLI builds reports in Node, where this module does not exist.
  const { EmailMessage } = await import('cloudflare:email')
  await binding.send(new EmailMessage(from, to, raw))
}
