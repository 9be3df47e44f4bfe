import type { About } from '../about.ts'
import type { Messages } from '../messages/index.ts'
import { Layout } from './Layout.tsx'
import type { DisclosureConfig } from './StorageNotice.tsx'

/** Thanks, and what happens to the answers now: sealed, released in groups, when the wave ends. */
export function ThanksPage(props: {
  m: Messages
  clearDraft: string
  disclosure: DisclosureConfig
  about?: About
  /** The last day of the wave (YYYY-MM-DD), if it has one. */
  closesOn?: string | null
  /** Notes of an interview, saved by the interviewer. */
  interview?: boolean
}) {
  const { m, disclosure: d } = props
  const k = d.minGroupSize
  const said = props.interview ? m.interview.thanks : m.thanks
  return (
    <Layout m={m} title={said.title} about={props.about}>
      <h1>{said.title}</h1>
      <p data-clear-draft={props.clearDraft}>{said.body}</p>
      <h2>{m.thanks.nextTitle}</h2>
      <ul>
        <li>{m.thanks.sealed(k)}</li>
        <li>{m.thanks.reports(k, d.minGroupSizeQuotes)}</li>
        <li>
          {props.closesOn ? m.thanks.closesOn(m.date(props.closesOn), k) : m.thanks.closesLater(k)}
        </li>
      </ul>
    </Layout>
  )
}
