import { env } from 'cloudflare:test'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { accessJwt, api } from './api-helpers.ts'

const asAccess = async (privateJwk: string) => ({
  headers: { 'cf-access-jwt-assertion': await accessJwt({}, JSON.parse(privateJwk)) },
})

afterEach(() => vi.useRealTimers())

describe('Access key rotation', () => {
  it('accepts a token signed with a newly published key once the keys are fetched again', async () => {
    const start = Date.UTC(2026, 10, 25, 9)
    vi.useFakeTimers({ now: start, toFake: ['Date'] })
    // The current key works, and its JWKS is now cached.
    expect((await api('/tokens', await asAccess(env.TEST_ACCESS_PRIVATE_JWK))).status).toBe(200)
    // A key Access has not published yet is refused however often it is tried.
    const early = await asAccess(env.TEST_ACCESS_NEXT_PRIVATE_JWK)
    expect((await api('/tokens', early)).status).toBe(401)

    await fetch(`${env.ACCESS_TEAM_DOMAIN}/test/rotate`)
    // Within seconds of the last fetch, an unknown key does not make the Worker fetch again:
    // otherwise made-up key ids would let anyone drive requests to Access.
    vi.setSystemTime(start + 5_000)
    expect((await api('/tokens', await asAccess(env.TEST_ACCESS_NEXT_PRIVATE_JWK))).status).toBe(
      401
    )
    vi.setSystemTime(start + 15_000)
    expect((await api('/tokens', await asAccess(env.TEST_ACCESS_NEXT_PRIVATE_JWK))).status).toBe(
      200
    )
    // The old key is still published beside the new one, so its tokens keep working.
    expect((await api('/tokens', await asAccess(env.TEST_ACCESS_PRIVATE_JWK))).status).toBe(200)
  })
})
