import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { accessTestKeys } from '../access-keys.ts'
import { endpoints } from '../../worker/api/endpoints.ts'
import { revokeApiToken } from '../../worker/db/tokens.ts'
import { createApiToken } from '../../worker/tokens.ts'
import { accessJwt } from './api-helpers.ts'
import { COOKIE, sessionFor } from './dashboard-helpers.ts'
import {
  apiMeta,
  callRoute,
  guardedApi,
  guardedDashboard,
  publicApi,
  routeFixture,
  routeKey,
  routerPath,
  routes,
  type Route,
  type RouteFixture,
} from './routes.ts'

/** Every way a caller can fail to be who they claim; each must be refused on every route. */
const refusals = [
  'no credential',
  'a revoked API token',
  'the session of a revoked token',
  'a forged Access JWT',
  'an expired Access JWT',
  'an Access JWT for another audience',
] as const
type Refusal = (typeof refusals)[number]

let fixture: RouteFixture
let credentials: Record<Refusal | 'a valid Access JWT', Record<string, string>>

beforeAll(async () => {
  fixture = await routeFixture('security-matrix')
  // An admin's token and session, revoked: had they held, they would pass every guard.
  const revoked = await createApiToken(env.DB, { label: 'revoked', role: 'admin' }, '2026-11-25')
  const session = await sessionFor(revoked.token)
  await revokeApiToken(env.DB, revoked.id)
  const jwt = (token: string) => ({ 'cf-access-jwt-assertion': token })
  const now = Math.floor(Date.now() / 1000)
  const forger = await accessTestKeys()
  const kid = JSON.parse(env.TEST_ACCESS_PRIVATE_JWK).kid
  credentials = {
    'no credential': {},
    'a revoked API token': { authorization: `Bearer ${revoked.token}` },
    'the session of a revoked token': { cookie: `${COOKIE}=${session}` },
    // Another key under the team key's id: the signature is all that is wrong.
    'a forged Access JWT': jwt(await accessJwt({}, { ...forger.privateJwk, kid })),
    'an expired Access JWT': jwt(
      await accessJwt({ iat: now - 900, nbf: now - 900, exp: now - 60 })
    ),
    'an Access JWT for another audience': jwt(await accessJwt({ aud: ['another-app'] })),
    'a valid Access JWT': jwt(await accessJwt()),
  }
})

const call = (route: Route, headers: Record<string, string>) => callRoute(route, fixture, headers)

describe('the route lists the matrix is built from', () => {
  const registered = (role: (e: (typeof endpoints)[number]) => boolean) =>
    endpoints.filter(role).map((e) => `${e.method.toUpperCase()} ${routerPath(e.path)}`)

  it('has every /api route of the router in the endpoint registry, and nothing else', () => {
    const routed = routes
      .filter((r) => r.path.startsWith('/api/'))
      .map(routeKey)
      .filter((key) => !apiMeta.includes(key))
    expect(routed.sort()).toEqual(registered(() => true).sort())
  })

  it('checks exactly the routes the registry gives a role, and every guarded page', () => {
    expect(guardedApi.map(routeKey).sort()).toEqual(registered((e) => e.role !== null).sort())
    expect(guardedDashboard.map(routeKey)).toContain('GET /dashboard')
  })

  it('leaves the public routes open to anyone', async () => {
    for (const key of [...publicApi, 'GET /dashboard/sign-in']) {
      const [method, path] = key.split(' ')
      const { status } = await call({ method, path }, {})
      expect(status, key).toBe(path.endsWith('*') ? 404 : 200)
    }
  })
})

describe.each(guardedApi)('$method $path', (route) => {
  it.each(refusals)('refuses %s with a plain JSON 401', async (refusal) => {
    const res = await call(route, credentials[refusal])
    expect(res.status).toBe(401)
    expect(res.headers.get('content-type')).toContain('application/json')
    expect(res.headers.get('set-cookie')).toBeNull()
    // The whole body is the refusal: nothing of the survey, report or token behind the route.
    expect(await res.json()).toEqual({
      error: {
        status: 401,
        message: 'Authentication required: send a valid API token or Access JWT.',
      },
    })
  })

  it('lets a valid Access JWT of an admin past the guard', async () => {
    const res = await call(route, credentials['a valid Access JWT'])
    expect([401, 403, 429]).not.toContain(res.status)
  })
})

describe.each(guardedDashboard)('$method $path', (route) => {
  it.each(refusals)(
    'sends %s to the sign-in page, with no session and no data',
    async (refusal) => {
      const res = await call(route, credentials[refusal])
      expect(res.status).toBe(303)
      expect(res.headers.get('location')).toBe('/dashboard/sign-in')
      expect(await res.text()).toBe('')
      // At most the stale cookie is cleared; no session is ever handed out.
      const cookie = res.headers.get('set-cookie')
      if (refusal === 'the session of a revoked token')
        expect(cookie).toMatch(new RegExp(`^${COOKIE}=;.*Max-Age=0`))
      else expect(cookie).toBeNull()
    }
  )

  it('lets a valid Access JWT of an admin past the guard', async () => {
    const res = await call(route, credentials['a valid Access JWT'])
    // Past the guard, a form refuses the empty body the matrix sends (400, 422), and the
    // fixture's wave is open, so it cannot be deleted (409).
    expect([200, 201, 303, 400, 404, 409, 422]).toContain(res.status)
    if (res.status === 303) expect(res.headers.get('location')).not.toContain('sign-in')
  })
})
