import { zValidator } from '@hono/zod-validator'
import { Hono, type Context } from 'hono'
import * as z from '../../../forms/zod.ts'
import { createToken } from '../../api/schemas.ts'
import { authorize, type AuthEnv } from '../../auth/authorize.ts'
import { DashboardMessage } from '../../dashboard/Layout.tsx'
import { keepLang, renderPage } from '../../dashboard/render.tsx'
import { RevokeTokenPage, TokenCreatedPage } from '../../dashboard/TokenPages.tsx'
import { TokensPage, type TokenFormErrors } from '../../dashboard/TokensPage.tsx'
import { findActiveTokenById, listApiTokens, revokeApiToken } from '../../db/tokens.ts'
import { createApiToken } from '../../tokens.ts'
import { dashboardDenial, signedIn } from './session.tsx'

// The same rules as POST /api/tokens, so a label the form takes the API takes too.
const tokenForm = z.object(createToken.shape)

/** Which field went wrong and how, in the words of the message files. */
function formErrors(issues: readonly z.core.$ZodIssue[]): TokenFormErrors {
  const errors: TokenFormErrors = {}
  for (const issue of issues) {
    if (issue.path[0] === 'label')
      errors.label ??= issue.code === 'too_big' ? 'labelLong' : 'labelEmpty'
    if (issue.path[0] === 'role') errors.role ??= 'role'
  }
  return errors
}

const typedText = (v: unknown) => (typeof v === 'string' ? v : '')

const notFound = () => (
  <DashboardMessage page='tokenNotFound' back={{ href: '/dashboard/tokens', label: 'toTokens' }} />
)

/** API tokens in the dashboard: researchers read, admins change, so all of it is for admins. */
export const tokens = new Hono<AuthEnv>()

tokens.use('*', authorize('admin', dashboardDenial))

tokens.get('/', async (c) =>
  renderPage(c, <TokensPage tokens={await listApiTokens(c.env.DB)} signOut={signedIn(c)} />)
)

tokens.post(
  '/',
  zValidator('form', tokenForm, async (result, hooked) => {
    if (result.success) return
    const c = hooked as Context<AuthEnv>
    const raw = result.data as Record<string, unknown>
    const typed = { label: typedText(raw.label), role: typedText(raw.role) }
    return renderPage(
      c,
      <TokensPage
        tokens={await listApiTokens(c.env.DB)}
        typed={typed}
        errors={formErrors(result.error.issues)}
        signOut={signedIn(c)}
      />,
      422
    )
  }),
  async (c) => {
    const today = new Date().toISOString().slice(0, 10)
    const created = await createApiToken(c.env.DB, c.req.valid('form'), today)
    // Shown once, never redirected to: a page in a cache or history would keep the secret.
    c.header('Cache-Control', 'no-store')
    return renderPage(
      c,
      <TokenCreatedPage label={created.label} token={created.token} signOut={signedIn(c)} />,
      201
    )
  }
)

tokens.get('/:id/revoke', async (c) => {
  const token = await findActiveTokenById(c.env.DB, c.req.param('id'))
  if (!token) return renderPage(c, notFound(), 404)
  return renderPage(c, <RevokeTokenPage token={token} signOut={signedIn(c)} />)
})

tokens.post('/:id/revoke', async (c) => {
  if (!(await revokeApiToken(c.env.DB, c.req.param('id')))) return renderPage(c, notFound(), 404)
  return c.redirect(keepLang(c, '/dashboard/tokens'), 303)
})
