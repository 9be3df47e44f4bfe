import type { ApiToken, Role } from '../db/tokens.ts'
import { ErrorSummary, FieldError } from './ErrorSummary.tsx'
import { useFormat } from './format.ts'
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
        items={errors.map(([field, error]) => ({ href: `#${field}`, text: s.errors[error] }))}
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
  const role = typed?.role ?? 'researcher'
  const roles: Role[] = ['researcher', 'admin']
  return (
    <form method='post' action={link('/dashboard/tokens')} novalidate>
      <div class={errors.label ? 'field field-error' : 'field'}>
        <label class='label' for='label'>
          {s.label}
        </label>
        <p class='hint' id='label-hint'>
          {s.labelHint}
        </p>
        <FieldError id='label-error' text={errors.label && s.errors[errors.label]} />
        <input
          type='text'
          id='label'
          name='label'
          value={typed?.label ?? ''}
          autocomplete='off'
          aria-describedby={errors.label ? 'label-hint label-error' : 'label-hint'}
          aria-invalid={errors.label ? 'true' : undefined}
        />
      </div>
      <div class={errors.role ? 'field field-error' : 'field'}>
        <fieldset aria-describedby={errors.role ? 'role-error' : undefined}>
          <legend>{s.role}</legend>
          <FieldError id='role-error' text={errors.role && s.errors[errors.role]} />
          <div class='choices'>
            {roles.map((r, i) => (
              <div class='choice'>
                <input
                  type='radio'
                  id={i === 0 ? 'role' : `role-${r}`}
                  name='role'
                  value={r}
                  checked={role === r}
                />
                <label for={i === 0 ? 'role' : `role-${r}`}>{s.roles[r]}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <button class='button' type='submit'>
        {s.submit}
      </button>
    </form>
  )
}
