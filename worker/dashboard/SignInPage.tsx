import { useFormat } from './format.ts'
import { DashboardLayout } from './Layout.tsx'
import { useLink } from './messages/index.ts'

/**
 * The sign-in form: an API token in, a session cookie out. After a failed attempt the field
 * is left empty (a token is never sent back) and the problem is named at the top and at
 * the field, as on the participant forms.
 */
export function SignInPage({ error: problem }: { error?: 'invalid' | 'empty' }) {
  const { t } = useFormat()
  const link = useLink()
  const s = t.signIn
  const error = problem && s[problem]
  const describedBy = error ? 'token-hint token-error' : 'token-hint'
  return (
    <DashboardLayout title={error ? s.errorTitle : s.title}>
      <h1>{s.heading}</h1>
      {error ? (
        <div class='error-summary' role='alert' aria-labelledby='error-summary-title'>
          <h2 id='error-summary-title'>{s.problem}</h2>
          <ul>
            <li>
              <a href='#token'>{error}</a>
            </li>
          </ul>
        </div>
      ) : null}
      <p>{s.intro}</p>
      <form method='post' action={link('/dashboard/sign-in')} novalidate>
        <div class={error ? 'field field-error' : 'field'}>
          <label class='label' for='token'>
            {s.label}
          </label>
          <p class='hint' id='token-hint'>
            {s.hint} <code>{s.command}</code>
          </p>
          {error ? (
            <p class='error-message' id='token-error'>
              <span class='visually-hidden'>{s.errorPrefix}</span> {error}
            </p>
          ) : null}
          <input
            type='password'
            id='token'
            name='token'
            autocomplete='current-password'
            spellcheck={false}
            aria-describedby={describedBy}
            aria-invalid={error ? 'true' : undefined}
          />
        </div>
        <button class='button' type='submit'>
          {s.submit}
        </button>
      </form>
      <p>{s.access}</p>
    </DashboardLayout>
  )
}
