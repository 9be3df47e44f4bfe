import { env } from 'cloudflare:test'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { accessConfig, JWKS_TIMEOUT_MS, verifyAccessJwt } from '../../worker/auth/access.ts'
import { accessJwt } from './api-helpers.ts'
import { fetchWith } from './faults.ts'

afterEach(() => {
  vi.restoreAllMocks()
  vi.useRealTimers()
})

let teams = 0
/** A team domain of its own per test, so the keys cached per isolate do not carry over. */
const freshTeam = () => `https://jwks-${++teams}-${Date.now()}.cloudflareaccess.com`

const publicHalf = ({ kty, n, e, kid, alg }: Record<string, string>) => ({ kty, n, e, kid, alg })

/** Serves `team`'s JWKS (the current test key only) after a short delay, counting fetches. */
function serveKeys(team: string) {
  const served = { count: 0 }
  const keys = [publicHalf(JSON.parse(env.TEST_ACCESS_PRIVATE_JWK))]
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    if (String(input) !== `${team}/cdn-cgi/access/certs`) return new Response(null, { status: 502 })
    served.count++
    await new Promise((r) => setTimeout(r, 20))
    return Response.json({ keys })
  })
  return served
}

/** A JWKS endpoint that never answers: the fetch settles only when its signal aborts. */
const hangKeys = () =>
  vi
    .spyOn(globalThis, 'fetch')
    .mockImplementation(
      (_input, init) =>
        new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal!.reason))
        )
    )

const configFor = (team: string) => accessConfig({ ...env, ACCESS_TEAM_DOMAIN: team })!
// Signed by the key Access has not published: its key id is unknown to every JWKS here.
const unknownKidJwt = (team: string) =>
  accessJwt({ iss: team }, JSON.parse(env.TEST_ACCESS_NEXT_PRIVATE_JWK))

describe('fetching Access signing keys', () => {
  it('fetches the keys once for 20 concurrent tokens naming an unknown key id', async () => {
    const team = freshTeam()
    const served = serveKeys(team)
    const token = await unknownKidJwt(team)
    const results = await Promise.all(
      Array.from({ length: 20 }, () => verifyAccessJwt(token, configFor(team)))
    )
    expect(results).toEqual(Array(20).fill(null))
    expect(served.count).toBe(1)
  })

  it('does not look for a missing key id again for a minute, though the refetch gap has passed', async () => {
    const team = freshTeam()
    const served = serveKeys(team)
    const start = Date.now()
    vi.useFakeTimers({ now: start, toFake: ['Date'] })
    const token = await unknownKidJwt(team)
    expect(await verifyAccessJwt(token, configFor(team))).toBeNull()
    vi.setSystemTime(start + 30_000)
    expect(await verifyAccessJwt(token, configFor(team))).toBeNull()
    expect(served.count).toBe(1)
    vi.setSystemTime(start + 61_000)
    expect(await verifyAccessJwt(token, configFor(team))).toBeNull()
    expect(served.count).toBe(2)
  })

  it('gives up on a JWKS endpoint that hangs after the timeout, for every waiting caller', async () => {
    const team = freshTeam()
    hangKeys()
    const token = await accessJwt({ iss: team })
    const started = performance.now()
    const results = await Promise.all(
      Array.from({ length: 3 }, () => verifyAccessJwt(token, configFor(team)))
    )
    expect(results).toEqual(['unavailable', 'unavailable', 'unavailable'])
    expect(performance.now() - started).toBeLessThan(JWKS_TIMEOUT_MS + 1_000)
  })

  it('answers an API call 503 with Retry-After, not 401, while the JWKS endpoint hangs', async () => {
    const team = freshTeam()
    hangKeys()
    const res = await fetchWith(
      env.DB,
      '/api/tokens',
      { headers: { 'cf-access-jwt-assertion': await accessJwt({ iss: team }) } },
      { ACCESS_TEAM_DOMAIN: team }
    )
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('5')
    expect(await res.json()).toEqual({
      error: {
        status: 503,
        message: expect.stringContaining('Cloudflare Access could not be reached'),
      },
    })
  })

  it('shows the dashboard as temporarily unavailable, not the sign-in page, while the JWKS endpoint hangs', async () => {
    const team = freshTeam()
    hangKeys()
    const res = await fetchWith(
      env.DB,
      '/dashboard',
      {
        headers: { 'cf-access-jwt-assertion': await accessJwt({ iss: team }) },
        redirect: 'manual',
      },
      { ACCESS_TEAM_DOMAIN: team }
    )
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('5')
    expect(await res.text()).toContain('Cloudflare Access war nicht erreichbar')
  })
})
