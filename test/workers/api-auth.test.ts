import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { accessTestKeys } from '../access-keys.ts'
import { accessJwt, api, tokenFor } from './api-helpers.ts'
import { endpoints } from '../../worker/api/endpoints.ts'

/** A concrete path for each route of the registry, so every route is checked. */
const concrete = (path: string) =>
  path
    .replace('/api', '')
    .replace('{id}', 'survey-demo-puls')
    .replace('{waveId}', 'wave-demo-puls-1')
const guarded = endpoints.filter((e) => e.role !== null)

async function statusOf(
  e: (typeof endpoints)[number],
  auth: { token?: string; headers?: Record<string, string> }
) {
  const res = await api(concrete(e.path), {
    ...auth,
    method: e.method.toUpperCase(),
    json: e.body ? {} : undefined,
  })
  return { status: res.status, body: res.status === 204 ? null : await res.json() }
}

describe('access to /api', () => {
  it('answers 401 with a JSON error on every guarded route without credentials', async () => {
    for (const e of guarded) {
      const { status, body } = await statusOf(e, {})
      expect([e.path, status]).toEqual([e.path, 401])
      expect(body).toEqual({
        error: { status: 401, message: expect.stringContaining('Authentication required') },
      })
    }
  })

  it('answers 403 to a researcher on every admin route, and lets them read', async () => {
    const token = await tokenFor('researcher')
    for (const e of guarded) {
      const { status } = await statusOf(e, { token })
      if (e.role === 'admin') expect([e.path, status]).toEqual([e.path, 403])
      else expect([e.path, status]).toEqual([e.path, 200])
    }
  })

  it('lets an admin past every guard', async () => {
    const token = await tokenFor('admin')
    for (const e of guarded) {
      const { status } = await statusOf(e, { token })
      expect([e.path, status]).not.toContainEqual(401)
      expect([e.path, status]).not.toContainEqual(403)
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

  it('refuses forged, expired, premature, wrong-audience and wrong-issuer JWTs', async () => {
    const now = Math.floor(Date.now() / 1000)
    const forger = await accessTestKeys()
    const bad = [
      await accessJwt(
        {},
        { ...forger.privateJwk, kid: JSON.parse(env.TEST_ACCESS_PRIVATE_JWK).kid }
      ),
      await accessJwt({ exp: now - 10 }),
      await accessJwt({ exp: undefined }),
      await accessJwt({ nbf: now + 600 }),
      await accessJwt({ aud: ['another-app'] }),
      await accessJwt({ iss: 'https://evil.cloudflareaccess.com' }),
      (await accessJwt()).replace(/\.[^.]+$/, '.AAAA'),
      'not.a.jwt',
    ]
    for (const jwt of bad) expect((await api('/surveys', withJwt(jwt))).status).toBe(401)
  })
})
