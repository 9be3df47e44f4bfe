import type { Context } from 'hono'
import { getCookie } from 'hono/cookie'
import { sha256 } from '../crypto.ts'
import { findSession } from '../db/sessions.ts'
import { findActiveToken, type Role } from '../db/tokens.ts'
import { accessConfig, roleOf, verifyAccessJwt } from './access.ts'

/** Who is calling the researcher side, and with which role. */
export interface Principal {
  subject: string
  role: Role | null
  via: 'access' | 'token' | 'session'
}

export const SESSION_COOKIE = '__Host-lernraum-session'
export const looksLikeApiToken = (s: string) => /^lr_[0-9A-Za-z]{32}$/.test(s)

/** Compares two hashes in constant time, so a timing difference reveals nothing of either. */
async function sameHash(a: string, b: string): Promise<boolean> {
  const enc = new TextEncoder()
  const [x, y] = [enc.encode(a), enc.encode(b)]
  return x.byteLength === y.byteLength && crypto.subtle.timingSafeEqual(x, y)
}

/** The active API token a caller presents, or `null`; the dashboard signs in with the same check. */
export async function findApiToken(db: D1Database, token: string) {
  if (!looksLikeApiToken(token)) return null
  const hash = await sha256(token)
  const found = await findActiveToken(db, hash)
  return found && (await sameHash(hash, found.tokenHash)) ? found : null
}

/**
 * Identifies the caller from, in order, a Cloudflare Access JWT, a bearer API token or a
 * dashboard session cookie. `null`: no credential at all; `'invalid'`: a credential that
 * does not hold (counted against the rate limit); `'unavailable'`: an Access JWT that cannot
 * be checked now because Access's keys could not be fetched.
 */
export async function identify<E extends { Bindings: Env }>(
  c: Context<E>
): Promise<Principal | 'invalid' | 'unavailable' | null> {
  const access = accessConfig(c.env)
  const jwt = c.req.header('cf-access-jwt-assertion')
  if (access && jwt) {
    const identity = await verifyAccessJwt(jwt, access)
    if (identity === 'unavailable') return identity
    return identity
      ? { subject: identity.email, role: roleOf(identity.email, access), via: 'access' }
      : 'invalid'
  }
  const auth = c.req.header('authorization')
  if (auth) {
    const token = /^Bearer (\S+)$/i.exec(auth)?.[1]
    const found = token ? await findApiToken(c.env.DB, token) : null
    if (!found) return 'invalid'
    return { subject: `token:${found.id}`, role: found.role, via: 'token' }
  }
  const session = getCookie(c, SESSION_COOKIE)
  if (session) {
    const found = await findSession(c.env.DB, await sha256(session), Date.now())
    return found ? { ...found, via: 'session' } : 'invalid'
  }
  return null
}
