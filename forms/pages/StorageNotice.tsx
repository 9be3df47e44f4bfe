import type { DisclosureConfig } from '../../analysis/disclosure.ts'
import type { Messages } from '../messages/index.ts'

export type { DisclosureConfig }

export function StorageNotice(props: {
  m: Messages
  config: DisclosureConfig
  openLink?: boolean
}) {
  const { m, config } = props
  return (
    <aside class='notice' aria-labelledby='notice-title'>
      <h2 id='notice-title'>{m.notice.title}</h2>
      <ul>
        <li>{m.notice.kept}</li>
        <li>{m.notice.neverKept}</li>
        <li>{m.notice.sealed(config.minGroupSize)}</li>
        <li>{m.notice.whoSees(config.minGroupSize, config.minGroupSizeQuotes)}</li>
        <li>{m.notice.chathamHouse}</li>
        <li>{m.notice.noLookup}</li>
        {props.openLink ? <li>{m.notice.openLink}</li> : null}
      </ul>
    </aside>
  )
}

/** The interview guide speaks to the interviewer: what to tell, what to leave out, what is kept. */
export function InterviewerNotice(props: { m: Messages; config: DisclosureConfig }) {
  const { m, config } = props
  const t = m.interview.notice
  return (
    <aside class='notice' aria-labelledby='notice-title'>
      <h2 id='notice-title'>{t.title}</h2>
      <ul>
        <li>{t.chathamHouse}</li>
        <li>{t.write}</li>
        <li>{t.kept}</li>
        <li>{t.sealed(config.minGroupSize)}</li>
        <li>{t.whoSees(config.minGroupSize, config.minGroupSizeQuotes)}</li>
      </ul>
    </aside>
  )
}
