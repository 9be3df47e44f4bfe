import { zValidator } from '@hono/zod-validator'
import { Hono, type Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import * as z from '../../../forms/zod.ts'
import type { AuthEnv, Denial } from '../../auth/authorize.ts'
import { findApiToken, SESSION_COOKIE } from '../../auth/principal.ts'
import { newToken, sha256 } from '../../crypto.ts'
import { DashboardMessage } from '../../dashboard/Layout.tsx'
import { renderPage } from '../../dashboard/render.tsx'
import { SignInPage } from '../../dashboard/SignInPage.tsx'
import { deleteExpiredSessions, deleteSession, insertSession } from '../../db/sessions.ts'

/** A dashboard session lasts a working day; signing in again starts a new one. */
export const SESSION_HOURS = 8

const cookieOptions = { path: '/', secure: true, httpOnly: true, sameSite: 'Strict' } as const

const signInForm = z.object({ token: z.string().check(z.trim(), z.maxLength(200)) })

/** Whether the caller came by a dashboard session, which the sign-out button ends. */
export const signedIn = (c: { var: AuthEnv['Variables'] }) => c.var.principal.via === 'session'

/** Signing in and out of the dashboard: an API token in, an HttpOnly session cookie out. */
export const session = new Hono<AuthEnv>()

/**
 * A failed sign-in counts against the caller's limit, as a failed API credential does, so
 * tokens cannot be guessed at speed through the form either.
 */
async function refuse(c: Context<AuthEnv>) {
  const key = c.req.header('cf-connecting-ip') ?? 'local'
  const { success } = await c.env.AUTH_LIMITER.limit({ key })
  if (!success) return dashboardDenial(c, 429)
  return renderPage(c, <SignInPage error='invalid' />, 401)
}

session.get('/sign-in', (c) => renderPage(c, <SignInPage />))

session.post(
  '/sign-in',
  zValidator('form', signInForm, (result, c) => {
    if (!result.success) return refuse(c as Context<AuthEnv>)
  }),
  async (c) => {
    const { token } = c.req.valid('form')
    if (!token) return renderPage(c, <SignInPage error='empty' />, 422)
    const found = await findApiToken(c.env.DB, token)
    if (!found) return refuse(c)
    const id = newToken()
    const now = Date.now()
    await deleteExpiredSessions(c.env.DB, now)
    await insertSession(c.env.DB, await sha256(id), {
      subject: `token:${found.id}`,
      role: found.role,
      tokenHash: found.tokenHash,
      expiresAt: now + SESSION_HOURS * 3600 * 1000,
    })
    setCookie(c, SESSION_COOKIE, id, { ...cookieOptions, maxAge: SESSION_HOURS * 3600 })
    const lang = c.req.query('lang')
    return c.redirect(
      lang === 'en' || lang === 'de' ? `/dashboard?lang=${lang}` : '/dashboard',
      303
    )
  }
)

session.post('/sign-out', async (c) => {
  const id = getCookie(c, SESSION_COOKIE)
  if (id) await deleteSession(c.env.DB, await sha256(id))
  deleteCookie(c, SESSION_COOKIE, cookieOptions)
  return c.redirect('/dashboard/sign-in', 303)
})

/**
 * How the dashboard refuses: without a (live) session, to the sign-in page, dropping a
 * stale cookie on the way; with the wrong role, too many failures or Access unreachable, a
 * plain page.
 */
export function dashboardDenial(c: Context, status: Denial) {
  if (status === 401) {
    if (getCookie(c, SESSION_COOKIE)) deleteCookie(c, SESSION_COOKIE, cookieOptions)
    return c.redirect('/dashboard/sign-in', 303)
  }
  return renderPage(
    c,
    status === 403 ? (
      <DashboardMessage page='notAllowed' />
    ) : status === 503 ? (
      <DashboardMessage page='accessUnavailable' />
    ) : (
      <DashboardMessage
        page='tooMany'
        back={{ href: '/dashboard/sign-in', label: 'backToSignIn' }}
      />
    ),
    status
  )
}
