import type { ApiToken } from '../db/tokens.ts'
import { useFormat } from './format.ts'
import { DashboardLayout } from './Layout.tsx'
import { useLink } from './messages/index.ts'

/**
 * A new token, shown this once: only its hash is stored, so this page is its only copy and
 * must never be cached or reached again by a redirect.
 */
export function TokenCreatedPage(props: { label: string; token: string; signOut: boolean }) {
  const s = useFormat().t.tokens
  const link = useLink()
  return (
    <DashboardLayout title={s.createdTitle} signOut={props.signOut}>
      <h1>{s.createdTitle}</h1>
      <p>{s.createdLead(props.label)}</p>
      <p class='warning' role='alert'>
        {s.warning}
      </p>
      <h2>{s.yourToken}</h2>
      <p class='token'>
        <code>{props.token}</code>
      </p>
      <a href={link('/dashboard/tokens')}>{s.toList}</a>
    </DashboardLayout>
  )
}

/** Asks before revoking: a link alone never changes anything, the button's post does. */
export function RevokeTokenPage(props: { token: ApiToken; signOut: boolean }) {
  const f = useFormat()
  const s = f.t.tokens
  const link = useLink()
  const { token } = props
  return (
    <DashboardLayout title={s.revokeTitle} signOut={props.signOut}>
      <h1>{s.revokeTitle}</h1>
      <p>{s.revokeQuestion(token.label)}</p>
      <p>
        {s.roles[token.role]} · {s.createdOn} {f.date(token.createdOn)}
      </p>
      <p>{s.revokeConsequence}</p>
      <form method='post' action={link(`/dashboard/tokens/${encodeURIComponent(token.id)}/revoke`)}>
        <button class='button' type='submit'>
          {s.revokeConfirm}
        </button>
      </form>
      <a href={link('/dashboard/tokens')}>{s.cancel}</a>
    </DashboardLayout>
  )
}
