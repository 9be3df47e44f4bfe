import { beforeAll, describe, expect, it } from 'vitest'
import { accessJwt, api } from './api-helpers.ts'
import { callRoute, routeFixture, routeKey, routes, type RouteFixture } from './routes.ts'

let fixture: RouteFixture
let admin: Record<string, string>
beforeAll(async () => {
  fixture = await routeFixture('api-headers')
  admin = { 'cf-access-jwt-assertion': await accessJwt() }
})

/** The request headers a response says it varies on, lower-cased. */
const varies = (res: Response) =>
  (res.headers.get('vary') ?? '').split(',').map((h) => h.trim().toLowerCase())

const apiRoutes = routes.filter((r) => r.path === '/api' || r.path.startsWith('/api/'))

describe('every /api answer', () => {
  it('forbids any cache to store it, signed out and as an admin', async () => {
    expect(apiRoutes.length).toBeGreaterThan(10)
    for (const route of apiRoutes)
      for (const credentials of [{}, admin]) {
        const res = await callRoute(route, fixture, credentials)
        expect(res.headers.get('cache-control'), `${routeKey(route)} ${res.status}`).toBe(
          'no-store'
        )
      }
  })
})

describe('an /api answer that depends on Accept', () => {
  const negotiated = () => [`/surveys/${fixture.surveyId}/findings`, `/reports/${fixture.reportId}`]

  it.each(['text/csv', 'application/json'])('says so in Vary when asked for %s', async (accept) => {
    for (const path of negotiated()) {
      const res = await api(path, { headers: { ...admin, accept } })
      expect(res.status, path).toBe(200)
      expect(res.headers.get('content-type'), path).toContain(accept)
      expect(varies(res), path).toContain('accept')
    }
  })

  it('does not claim to depend on Accept where it does not', async () => {
    const res = await api('/ministries')
    expect(varies(res)).not.toContain('accept')
  })
})
