import type { Messages } from '../messages/index.ts'
import { SCHLICHTUNGSSTELLE_URL, STATEMENT_DATES, statement } from '../messages/statement.ts'
import { Layout } from './Layout.tsx'

/** The accessibility statement in the shape BITV 2.0 asks for, with the contact from configuration. */
export function AccessibilityStatement({ m, contact }: { m: Messages; contact: string }) {
  const s = statement[m.lang as 'de' | 'en']
  return (
    <Layout
      m={m}
      title={s.title}
      switchHref={`/barrierefreiheit?lang=${m.lang === 'de' ? 'en' : 'de'}`}
    >
      <h1>{s.title}</h1>
      <p>{s.scope}</p>
      <h2>{s.statusTitle}</h2>
      <p>{s.status}</p>
      <h2>{s.gapsTitle}</h2>
      <ul>
        {s.gaps.map((g) => (
          <li>{g}</li>
        ))}
      </ul>
      <h2>{s.preparedTitle}</h2>
      <p>{s.prepared(m.date(STATEMENT_DATES.prepared))}</p>
      <p>{s.method}</p>
      <p>{s.reviewed(m.date(STATEMENT_DATES.reviewed))}</p>
      <h2>{s.feedbackTitle}</h2>
      <p>{s.feedback}</p>
      <p>
        <a href={`mailto:${contact}`}>{contact}</a>
      </p>
      <h2>{s.enforcementTitle}</h2>
      <p>{s.enforcement}</p>
      <p>
        <a href={SCHLICHTUNGSSTELLE_URL} hreflang='de'>
          {s.enforcementLink}
        </a>
      </p>
    </Layout>
  )
}
