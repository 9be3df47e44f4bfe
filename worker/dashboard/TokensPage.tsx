import type { ApiToken, Role } from '../db/tokens.ts'
import { useFormat } from './format.ts'
import { ErrorSummary, Radios, TextField } from './fields.tsx'
import { DashboardLayout } from './Layout.tsx'
import type { DashboardMessages } from './messages/index.ts'
import { useLink } from './messages/index.ts'

export type TokenFormError = keyof DashboardMessages['tokens']['errors']

/** What was typed into the form, kept when it is shown again with its mistakes. */
export interface TokenFormInput {
  label: string
  role: string
}

export interface TokenFormErrors {
  label?: TokenFormError
  role?: TokenFormError
}

/** Every API token (never the token or its hash) and the form to create one. */
export function TokensPage(props: {
  tokens: ApiToken[]
  typed?: TokenFormInput
  errors?: TokenFormErrors
  signOut: boolean
}) {
  const f = useFormat()
  const s = f.t.tokens
  const link = useLink()
  const errors = Object.entries(props.errors ?? {}) as [keyof TokenFormErrors, TokenFormError][]
  return (
    <DashboardLayout title={errors.length ? s.errorTitle : s.title} signOut={props.signOut}>
      <h1>{s.title}</h1>
      <ErrorSummary
        title={s.problem}
        problems={errors.map(([field, error]) => ({ field, text: s.errors[error] }))}
      />
      <p>{s.intro}</p>
      {props.tokens.length ? (
        <div class='table-wrap' role='region' aria-labelledby='tokens-caption' tabindex={0}>
          <table>
            <caption id='tokens-caption'>{s.caption}</caption>
            <thead>
              <tr>
                <th scope='col'>{s.label}</th>
                <th scope='col'>{s.role}</th>
                <th scope='col'>{s.createdOn}</th>
                <th scope='col'>{s.state}</th>
                <td />
              </tr>
            </thead>
            <tbody>
              {props.tokens.map((token) => (
                <tr>
                  <td>{token.label}</td>
                  <td>{s.roles[token.role]}</td>
                  <td>{f.date(token.createdOn)}</td>
                  <td>{token.revoked ? s.revoked : s.active}</td>
                  <td>
                    {token.revoked ? null : (
                      <a
                        href={link(`/dashboard/tokens/${encodeURIComponent(token.id)}/revoke`)}
                        aria-label={s.revokeLabel(token.label)}
                      >
                        {s.revoke}
                      </a>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{s.none}</p>
      )}
      <h2>{s.create}</h2>
      <TokenForm typed={props.typed} errors={props.errors ?? {}} />
    </DashboardLayout>
  )
}

function TokenForm({ typed, errors }: { typed?: TokenFormInput; errors: TokenFormErrors }) {
  const s = useFormat().t.tokens
  const link = useLink()
  const roles: Role[] = ['researcher', 'admin']
  return (
    <form method='post' action={link('/dashboard/tokens')} novalidate>
      <TextField
        name='label'
        label={s.label}
        hint={s.labelHint}
        value={typed?.label ?? ''}
        error={errors.label && s.errors[errors.label]}
      />
      <Radios
        name='role'
        legend={s.role}
        checked={typed?.role ?? 'researcher'}
        error={errors.role && s.errors[errors.role]}
        choices={roles.map((r) => ({ value: r, label: s.roles[r] }))}
      />
      <button class='button' type='submit'>
        {s.submit}
      </button>
    </form>
  )
}
