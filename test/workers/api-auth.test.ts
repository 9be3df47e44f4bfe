import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { accessJwt, api, tokenFor } from './api-helpers.ts'
import { endpoints } from '../../worker/api/endpoints.ts'
import { concrete, routeFixture, routerPath, type RouteFixture } from './routes.ts'

// Refusals of every route (no, revoked, forged, expired and wrong-audience credentials) are
// the matrix in security.test.ts; this file checks roles and the credentials themselves.
const guarded = endpoints.filter((e) => e.role !== null)

let fixture: RouteFixture
beforeAll(async () => {
  fixture = await routeFixture('api-auth')
})

async function statusOf(
  e: (typeof endpoints)[number],
  auth: { token?: string; headers?: Record<string, string> }
) {
  const res = await api(concrete(routerPath(e.path), fixture).replace('/api', ''), {
    ...auth,
    method: e.method.toUpperCase(),
    json: e.body ? {} : undefined,
  })
  return res.status
}

describe('access to /api', () => {
  it('answers 403 to a researcher on every admin route, and lets them read', async () => {
    const token = await tokenFor('researcher')
    for (const e of guarded) {
      const status = await statusOf(e, { token })
      if (e.role === 'admin') expect([e.path, status]).toEqual([e.path, 403])
      else expect([e.path, status]).toEqual([e.path, 200])
    }
  })

  it('refuses a revoked token, and a malformed or unknown one', async () => {
    const admin = await tokenFor('admin')
    const created = await (
      await api('/tokens', { token: admin, json: { label: 'kurz', role: 'researcher' } })
    ).json<{ id: string; token: string }>()
    expect((await api('/surveys', { token: created.token })).status).toBe(200)
    expect((await api(`/tokens/${created.id}`, { token: admin, method: 'DELETE' })).status).toBe(
      204
    )
    expect((await api('/surveys', { token: created.token })).status).toBe(401)
    expect((await api('/surveys', { token: 'lr_' + 'x'.repeat(32) })).status).toBe(401)
    expect(
      (await api('/surveys', { headers: { authorization: 'Basic YWRtaW46YWRtaW4=' } })).status
    ).toBe(401)
  })

  it('stores tokens only as hashes and never lists them', async () => {
    const admin = await tokenFor('admin')
    const created = await (
      await api('/tokens', { token: admin, json: { label: 'Skript', role: 'researcher' } })
    ).json<{ token: string }>()
    expect(created.token).toMatch(/^lr_[0-9A-Za-z]{32}$/)
    const { results } = await env.DB.prepare('SELECT * FROM api_tokens').all()
    expect(JSON.stringify(results)).not.toContain(created.token.slice(3))
    expect(JSON.stringify(await (await api('/tokens', { token: admin })).json())).not.toContain(
      created.token.slice(3)
    )
  })

  it('slows down guessing: after ten failed attempts a caller gets 429', async () => {
    const headers = { 'cf-connecting-ip': '203.0.113.7' }
    const statuses = []
    for (let i = 0; i < 12; i++)
      statuses.push(
        (await api('/surveys', { token: `lr_${'g'.repeat(31)}${i % 10}`, headers })).status
      )
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true)
    expect(statuses.slice(10)).toEqual([429, 429])
  })
})

describe('Cloudflare Access', () => {
  const withJwt = (jwt: string) => ({ headers: { 'cf-access-jwt-assertion': jwt } })

  it('admits a valid JWT with the role configured for its email', async () => {
    expect((await api('/tokens', withJwt(await accessJwt()))).status).toBe(200)
    const researcher = withJwt(await accessJwt({ email: 'ana@research.example' }))
    expect((await api('/surveys', researcher)).status).toBe(200)
    expect((await api('/tokens', researcher)).status).toBe(403)
  })

  it('forbids a valid identity that has no role', async () => {
    expect(
      (await api('/surveys', withJwt(await accessJwt({ email: 'someone@elsewhere.example' }))))
        .status
    ).toBe(403)
  })

  it('refuses JWTs without exp, not yet valid, of another issuer, badly signed or malformed', async () => {
    const now = Math.floor(Date.now() / 1000)
    const bad = [
      await accessJwt({ exp: undefined }),
      await accessJwt({ nbf: now + 600 }),
      await accessJwt({ iss: 'https://evil.cloudflareaccess.com' }),
      (await accessJwt()).replace(/\.[^.]+$/, '.AAAA'),
      'not.a.jwt',
    ]
    for (const jwt of bad) expect((await api('/surveys', withJwt(jwt))).status).toBe(401)
  })
})
