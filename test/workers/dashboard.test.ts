import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { sha256 } from '../../worker/crypto.ts'
import { revokeApiToken } from '../../worker/db/tokens.ts'
import { createApiToken } from '../../worker/tokens.ts'
import { accessJwt, tokenFor } from './api-helpers.ts'
import {
  COOKIE,
  answer,
  likertAnswers,
  postWithoutOrigin,
  sessionFor,
  sessionOf,
  signIn,
  visit,
  wavePage,
} from './dashboard-helpers.ts'
import { installPulseCopy, request } from './helpers.ts'

describe('dashboard sign-in', () => {
  it('signs in with a valid token into an HttpOnly, Secure, SameSite=Strict session cookie', async () => {
    const res = await signIn(await tokenFor('researcher'))
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/dashboard')
    const cookie = res.headers.get('set-cookie')!
    expect(cookie).toMatch(new RegExp(`^${COOKIE}=[0-9A-Za-z]{32};`))
    expect(cookie).toMatch(/; HttpOnly/)
    expect(cookie).toMatch(/; Secure/)
    expect(cookie).toMatch(/; SameSite=Strict/)
    expect(cookie).toMatch(/; Path=\//)
    expect(cookie).toMatch(/; Max-Age=28800/)
    expect(cookie).not.toMatch(/Domain=/i)
    const id = sessionOf(res)
    const row = await env.DB.prepare('SELECT * FROM sessions WHERE session_hash = ?1')
      .bind(await sha256(id))
      .first<{ expires_at: number; role: string }>()
    expect(row?.role).toBe('researcher')
    expect(row!.expires_at - Date.now()).toBeGreaterThan(7.9 * 3600_000)
    expect(row!.expires_at - Date.now()).toBeLessThanOrEqual(8 * 3600_000)
    const { results } = await env.DB.prepare('SELECT * FROM sessions').all()
    expect(JSON.stringify(results)).not.toContain(id)
    const page = await visit('/dashboard', id)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('<h1>Befragungen</h1>')
    expect(html).toContain('Abmelden')
  })

  it('refuses a wrong token with a 401 page and a plain message, and sets no cookie', async () => {
    const res = await signIn(`lr_${'x'.repeat(32)}`)
    expect(res.status).toBe(401)
    expect(res.headers.get('set-cookie')).toBeNull()
    const html = await res.text()
    expect(html).toContain('Das Token ist ungültig oder wurde widerrufen.')
    expect(html).not.toContain('x'.repeat(32))
    expect((await signIn('')).status).toBe(422)
  })

  it('counts failed sign-ins against the rate limit: the eleventh gets 429', async () => {
    const ip = '203.0.113.99'
    const statuses = []
    for (let i = 0; i < 12; i++)
      statuses.push((await signIn(`lr_${'w'.repeat(31)}${i}`, ip)).status)
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true)
    expect(statuses.slice(10)).toEqual([429, 429])
    expect(await (await signIn('nonsense', ip)).text()).toContain(
      'Zu viele fehlgeschlagene Anmeldeversuche'
    )
  })

  it('ends a session as soon as its token is revoked', async () => {
    const created = await createApiToken(
      env.DB,
      { label: 'revoke me', role: 'researcher' },
      '2026-11-25'
    )
    const id = await sessionFor(created.token)
    expect((await visit('/dashboard', id)).status).toBe(200)
    await revokeApiToken(env.DB, created.id)
    const after = await visit('/dashboard', id)
    expect(after.status).toBe(303)
    expect(after.headers.get('location')).toBe('/dashboard/sign-in')
    expect(after.headers.get('set-cookie')).toMatch(new RegExp(`^${COOKIE}=;.*Max-Age=0`))
    expect((await signIn(created.token)).status).toBe(401)
  })

  it('signs out: the session is deleted and the cookie cleared', async () => {
    const id = await sessionFor(await tokenFor('researcher'))
    const res = await request('/dashboard/sign-out', {
      method: 'POST',
      headers: { cookie: `${COOKIE}=${id}`, 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/dashboard/sign-in')
    expect(res.headers.get('set-cookie')).toMatch(new RegExp(`^${COOKIE}=;.*Max-Age=0`))
    const row = await env.DB.prepare('SELECT 1 FROM sessions WHERE session_hash = ?1')
      .bind(await sha256(id))
      .first()
    expect(row).toBeNull()
    expect((await visit('/dashboard', id)).status).toBe(303)
  })

  it('refuses a sign-in or sign-out POST without our Origin (CSRF)', async () => {
    const token = await tokenFor('researcher')
    const body = new URLSearchParams({ token }).toString()
    const missing = await postWithoutOrigin('/dashboard/sign-in', body)
    expect(missing.status).toBe(403)
    expect(missing.headers.get('set-cookie')).toBeNull()
    expect(await missing.text()).toContain('Das Formular wurde nicht von dieser Website gesendet')
    const forged = await postWithoutOrigin('/dashboard/sign-in', body, {
      origin: 'https://evil.example',
    })
    expect(forged.status).toBe(403)
    const id = await sessionFor(token)
    const signOut = await postWithoutOrigin('/dashboard/sign-out', '', {
      cookie: `${COOKIE}=${id}`,
    })
    expect(signOut.status).toBe(403)
    expect((await visit('/dashboard', id)).status).toBe(200)
  })
})

describe('dashboard access', () => {
  // Every guarded page refusing every bad credential is the matrix in security.test.ts.
  it('drops a stale session cookie on the way to the sign-in form', async () => {
    const stale = await visit('/dashboard', 'A'.repeat(32))
    expect(stale.status).toBe(303)
    expect(stale.headers.get('set-cookie')).toMatch(/Max-Age=0/)
    const page = await visit('/dashboard/sign-in')
    expect(page.status).toBe(200)
    expect(await page.text()).toMatch(/<input type="password" id="token" name="token"/)
  })

  it('lets an Access identity in with its role, without a sign-in', async () => {
    const jwt = { 'cf-access-jwt-assertion': await accessJwt({ email: 'ada@research.example' }) }
    const ok = await visit('/dashboard', undefined, jwt)
    expect(ok.status).toBe(200)
    expect(await ok.text()).not.toContain('Abmelden')
    const stranger = {
      'cf-access-jwt-assertion': await accessJwt({ email: 'eve@elsewhere.example' }),
    }
    const refused = await visit('/dashboard', undefined, stranger)
    expect(refused.status).toBe(403)
    expect(await refused.text()).toContain('keine Rolle für die Forschung')
  })

  it('lets the API read findings with the dashboard session cookie', async () => {
    const survey = await installPulseCopy('dash-cookie-api')
    const id = await sessionFor(await tokenFor('researcher'))
    const csv = await visit(
      `/api/surveys/${survey.surveyId}/findings?wave=${survey.waveId}&format=csv`,
      id
    )
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toContain('text/csv')
  })

  it('carries the strict CSP, no inline style and no-store on every dashboard response', async () => {
    const survey = await installPulseCopy('dash-headers')
    await answer(survey, likertAnswers([1, 2, 3, 4, 5]))
    const token = await tokenFor('researcher')
    const id = await sessionFor(token)
    const pages = [
      await visit('/dashboard/sign-in'),
      await signIn(token),
      await signIn('lr_wrong'),
      await postWithoutOrigin('/dashboard/sign-in', 'token=x'),
      await visit('/dashboard'),
      await visit('/dashboard', id),
      await visit(wavePage(survey), id),
      await visit(`/dashboard/surveys/${survey.surveyId}`, id),
      await visit('/dashboard/surveys/nope/waves/nope', id),
      await request('/dashboard/sign-out', {
        method: 'POST',
        headers: { cookie: `${COOKIE}=${id}` },
      }),
    ]
    for (const res of pages) {
      const csp = res.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("default-src 'none'")
      expect(csp).toContain("style-src 'self'")
      expect(csp).not.toContain('unsafe-inline')
      expect(res.headers.get('cache-control')).toBe('no-store')
      const html = await res.text()
      expect(html).not.toMatch(/ style="|<style|<script/)
    }
    const signInHtml = await (await visit('/dashboard/sign-in')).text()
    const css = /href="(\/dashboard\/assets\/dashboard\.[a-z0-9]+\.css)"/.exec(signInHtml)![1]
    const sheet = await visit(css)
    expect(sheet.status).toBe(200)
    expect(sheet.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect((await visit('/dashboard/assets/dashboard.0000.css')).status).toBe(404)
  })
})
