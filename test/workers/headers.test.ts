import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { app } from '../../worker/index.tsx'
import { forgetOpenSurveys } from '../../worker/db/surveys.ts'
import { accessJwt } from './api-helpers.ts'
import { freshIp, signIn } from './dashboard-helpers.ts'
import { submitWithFailingStore } from './faults.ts'
import { ORIGIN, installPulseCopy, invite, openForm, post, request, validPulse } from './helpers.ts'
import { callRoute, routeFixture, routeKey, routes, type RouteFixture } from './routes.ts'

/** The headers every response must carry, an HTML page above all. */
function expectSecurityHeaders(res: Response, what: string) {
  const csp = res.headers.get('content-security-policy') ?? ''
  expect(csp, what).toContain("default-src 'none'")
  expect(csp, what).toContain("script-src 'self'")
  expect(csp, what).not.toContain('unsafe-inline')
  expect(csp, what).toContain("frame-ancestors 'none'")
  expect(res.headers.get('x-frame-options'), what).toBe('DENY')
  expect(res.headers.get('referrer-policy'), what).toBe('same-origin')
  expect(res.headers.get('strict-transport-security'), what).toMatch(/max-age=31536000/)
  expect(res.headers.get('x-content-type-options'), what).toBe('nosniff')
}

const isHtml = (res: Response) => (res.headers.get('content-type') ?? '').includes('text/html')

/** A D1 binding that fails with an error that is no storage fault: the Worker's own 500. */
const brokenDb = new Proxy(env.DB, {
  get: () => () => {
    throw new TypeError('a bug, not an outage')
  },
})

let fixture: RouteFixture
let admin: Record<string, string>
beforeAll(async () => {
  fixture = await routeFixture('headers')
  admin = { 'cf-access-jwt-assertion': await accessJwt() }
})

describe('security headers', () => {
  it('are on every route the router has, signed out and as an admin', async () => {
    const seen = new Set<string>()
    for (const route of routes)
      for (const credentials of [{}, admin]) {
        const res = await callRoute(route, fixture, credentials)
        expectSecurityHeaders(res, `${routeKey(route)} ${res.status}`)
        if (isHtml(res)) seen.add(routeKey(route))
      }
    // The walk reached the pages: every participant, dashboard and docs page answered HTML.
    for (const key of ['GET /s/:slug', 'GET /i/:token', 'GET /dashboard', 'GET /api'])
      expect(seen).toContain(key)
  })

  it('are on every error page the Worker writes', async () => {
    // The fixture's wave takes invitations only; the open-link error pages need a wave of their own.
    const { slug } = await installPulseCopy('headers-open')
    const [used, other] = await invite(fixture, 'BMI', 2)
    expect((await post(`/i/${used}`, validPulse)).status).toBe(303)
    const nonce = await openForm(`/s/${slug}`)
    const tooMany = async () => {
      const ip = freshIp()
      for (let i = 0; i < 10; i++) await signIn(`lr_${'t'.repeat(31)}${i}`, ip)
      return signIn(`lr_${'t'.repeat(32)}`, ip)
    }
    const noRole = {
      'cf-access-jwt-assertion': await accessJwt({ email: 'eve@elsewhere.example' }),
    }
    const pages: [string, number, Response][] = [
      ['stale form', 400, await post(`/s/${slug}`, [['_nonce', 'stale']])],
      [
        'unknown field',
        400,
        await post(`/s/${slug}`, [
          ['_nonce', nonce],
          ['unknown', 'x'],
        ]),
      ],
      ['broken escape', 400, await post(`/s/${slug}`, `_nonce=${nonce}&helped=%E2%82`)],
      [
        'foreign origin',
        403,
        await post(`/s/${slug}`, validPulse, { origin: 'https://evil.example' }),
      ],
      [
        'dashboard foreign origin',
        403,
        await post('/dashboard/sign-in', 'token=x', { origin: 'https://evil.example' }),
      ],
      ['wrong token', 401, await signIn(`lr_${'w'.repeat(32)}`)],
      ['too many sign-ins', 429, await tooMany()],
      ['no role', 403, await request('/dashboard', { headers: noRole })],
      ['open link of an invitation wave', 403, await request(`/s/${fixture.slug}`)],
      ['unknown page', 404, await request('/nirgends')],
      ['unknown survey', 404, await request(`/s/${slug}-gibt-es-nicht`)],
      ['unknown invitation', 404, await request(`/i/${'x'.repeat(32)}`)],
      ['unknown dashboard page', 404, await request('/dashboard/surveys/nope', { headers: admin })],
      // Hono answers a method no route takes with 404, not 405: the Worker writes no 405 page.
      [
        'wrong method',
        404,
        await request(`/s/${slug}`, { method: 'PUT', headers: { origin: ORIGIN } }),
      ],
      ['wrong method', 404, await request('/barrierefreiheit', { method: 'DELETE' })],
      ['used invitation', 410, await request(`/i/${used}`)],
      ['large answer', 413, await post(`/s/${slug}`, `helped=${'x'.repeat(70 * 1024)}`)],
      ['large sign-in', 413, await post('/dashboard/sign-in', `token=${'x'.repeat(5 * 1024)}`)],
      ['not a form post', 415, await post(`/s/${slug}`, 'x', { 'content-type': 'text/plain' })],
      ['unanswered', 422, await post(`/s/${slug}`, [['_nonce', nonce]])],
      ['empty sign-in', 422, await post('/dashboard/sign-in', 'token=')],
      [
        'bug',
        500,
        // As a fresh isolate would: one that has not read the survey yet.
        await (forgetOpenSurveys(),
        app.fetch(new Request(`${ORIGIN}/s/${slug}`), { ...env, DB: brokenDb })),
      ],
      [
        'dashboard bug',
        500,
        await app.fetch(new Request(`${ORIGIN}/dashboard`, { headers: admin }), {
          ...env,
          DB: brokenDb,
        }),
      ],
      ['storage failure', 503, await submitWithFailingStore(`/i/${other}`, validPulse)],
      [
        'report as HTML',
        200,
        await request(`/api/reports/${fixture.reportId}?format=html`, { headers: admin }),
      ],
      ['accessibility statement', 200, await request('/barrierefreiheit')],
      ['thanks', 200, await request(`/s/${slug}/danke`)],
    ]
    for (const [what, status, res] of pages) {
      expect(res.status, what).toBe(status)
      expect(isHtml(res), what).toBe(true)
      expectSecurityHeaders(res, what)
    }
  })

  it('serve the stylesheet and script for a year under a content hash', async () => {
    const html = await (await request('/s/demo-puls')).text()
    const css = /href="(\/assets\/lernraum\.[a-z0-9]+\.css)"/.exec(html)![1]
    const js = /src="(\/assets\/lernraum\.[a-z0-9]+\.js)"/.exec(html)![1]
    for (const path of [css, js]) {
      const res = await request(path)
      expect(res.status).toBe(200)
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    }
    expect((await request('/assets/lernraum.000000.css')).status).toBe(404)
  })

  it('load nothing from another host', async () => {
    const html = await (await request('/s/demo-puls')).text()
    // Links may lead elsewhere (privacy notice, imprint); nothing may be fetched from there.
    expect(html).toMatch(/<a href="https:\/\//)
    expect(html).not.toMatch(/(src="|<link[^>]*href=")(https?:)?\/\//)
    expect(html).not.toMatch(/<script>[^<]/)
    expect(html).not.toMatch(/ style="/)
  })
})
