import { DashboardLayout } from './Layout.tsx'

/**
 * The sign-in form: an API token in, a session cookie out. After a failed attempt the field
 * is left empty (a token is never sent back) and the problem is named at the top and at
 * the field, as on the participant forms.
 */
export function SignInPage({ error }: { error?: string }) {
  const describedBy = error ? 'token-hint token-error' : 'token-hint'
  return (
    <DashboardLayout title={error ? `Error: Sign in` : 'Sign in'}>
      <h1>Sign in to the research dashboard</h1>
      {error ? (
        <div class='error-summary' role='alert' aria-labelledby='error-summary-title'>
          <h2 id='error-summary-title'>There is a problem</h2>
          <ul>
            <li>
              <a href='#token'>{error}</a>
            </li>
          </ul>
        </div>
      ) : null}
      <p>
        The dashboard shows the aggregated, suppressed findings of each survey. Sign in with a
        researcher or admin API token.
      </p>
      <form method='post' action='/dashboard/sign-in' novalidate>
        <div class={error ? 'field field-error' : 'field'}>
          <label class='label' for='token'>
            API token
          </label>
          <p class='hint' id='token-hint'>
            It starts with lr_. Create one with: npm run lernraum -- token create --role researcher
            --label "your name"
          </p>
          {error ? (
            <p class='error-message' id='token-error'>
              <span class='visually-hidden'>Error:</span> {error}
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
          Sign in
        </button>
      </form>
      <p>Where Cloudflare Access protects this site, you are signed in through Access already.</p>
    </DashboardLayout>
  )
}
