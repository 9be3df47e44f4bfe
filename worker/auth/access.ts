import { verifyWithJwks } from 'hono/jwt'
import type { Role } from '../db/tokens.ts'

type Jwk = Record<string, string> & { kid: string; kty: string }

interface AccessConfig {
  teamDomain: string
  audience: string
  admins: string[]
  researchers: string[]
}

const KEY_TTL_MS = 10 * 60 * 1000
// However many unknown key ids tokens name, the keys are fetched at most once in this gap.
const REFETCH_GAP_MS = 10 * 1000
// A key id a fresh fetch did not contain is not looked for again for this long.
const UNKNOWN_KID_TTL_MS = 60 * 1000
// Access answers in milliseconds; a request waiting longer is better refused than hung.
export const JWKS_TIMEOUT_MS = 3 * 1000
const MAX_UNKNOWN_KIDS = 1000

type KeySet = { keys: Jwk[]; fetchedAt: number }
// Per isolate: the cached keys, the one fetch under way, and key ids found missing.
const keyCache = new Map<string, KeySet>()
const inFlight = new Map<string, { promise: Promise<KeySet>; startedAt: number }>()
const unknownKids = new Map<string, number>()

/** Cloudflare Access is used only where its team domain and audience are configured. */
export function accessConfig(env: Env): AccessConfig | null {
  if (!env.ACCESS_TEAM_DOMAIN || !env.ACCESS_AUD) return null
  const list = (s: string) =>
    s
      .split(',')
      .map((x) => x.trim().toLowerCase())
      .filter(Boolean)
  return {
    teamDomain: env.ACCESS_TEAM_DOMAIN.replace(/\/$/, ''),
    audience: env.ACCESS_AUD,
    admins: list(env.ACCESS_ADMINS),
    researchers: list(env.ACCESS_RESEARCHERS),
  }
}

/** Access's keys could not be fetched (timeout, network, an error status): answered 503. */
export class AccessKeysUnavailable extends Error {
  override name = 'AccessKeysUnavailable'
}

async function fetchKeys(teamDomain: string): Promise<KeySet> {
  try {
    const res = await fetch(`${teamDomain}/cdn-cgi/access/certs`, {
      signal: AbortSignal.timeout(JWKS_TIMEOUT_MS),
    })
    if (!res.ok) throw new Error(`Access certs answered ${res.status}`)
    const { keys } = (await res.json()) as { keys: Jwk[] }
    const set = { keys, fetchedAt: Date.now() }
    keyCache.set(teamDomain, set)
    return set
  } catch (err) {
    throw new AccessKeysUnavailable((err as Error).name)
  }
}

/**
 * The one fetch of a team's keys that concurrent callers share. Each caller also stops
 * waiting after the timeout on its own: a fetch whose request was cancelled may never settle.
 */
function sharedFetch(teamDomain: string): Promise<KeySet> {
  const now = Date.now()
  let entry = inFlight.get(teamDomain)
  if (!entry || now - entry.startedAt > JWKS_TIMEOUT_MS) {
    const promise = fetchKeys(teamDomain).finally(() => {
      if (inFlight.get(teamDomain) === entry) inFlight.delete(teamDomain)
    })
    entry = { promise, startedAt: now }
    inFlight.set(teamDomain, entry)
  }
  const ownDeadline = AbortSignal.timeout(JWKS_TIMEOUT_MS)
  const timeout = new Promise<never>((_, reject) =>
    ownDeadline.addEventListener('abort', () => reject(new AccessKeysUnavailable('TimeoutError')))
  )
  return Promise.race([entry.promise, timeout])
}

/** Access's signing keys, cached; fetched again when a token names a key we do not know. */
async function signingKeys(teamDomain: string, kid: string): Promise<Jwk[]> {
  const cached = keyCache.get(teamDomain)
  const now = Date.now()
  const known = cached?.keys.some((k) => k.kid === kid)
  if (cached && now - cached.fetchedAt < KEY_TTL_MS) {
    const missing = unknownKids.get(`${teamDomain} ${kid}`) ?? 0
    if (known || now - cached.fetchedAt <= REFETCH_GAP_MS || now < missing) return cached.keys
  }
  const { keys } = await sharedFetch(teamDomain)
  if (!keys.some((k) => k.kid === kid)) {
    if (unknownKids.size >= MAX_UNKNOWN_KIDS) unknownKids.clear()
    unknownKids.set(`${teamDomain} ${kid}`, Date.now() + UNKNOWN_KID_TTL_MS)
  }
  return keys
}

const matches = (email: string, patterns: string[]) =>
  patterns.some((p) => p === email || (p.startsWith('*@') && email.endsWith(p.slice(1))))

/** The role configured for an Access identity, if any. */
export function roleOf(email: string, config: AccessConfig): Role | null {
  const e = email.toLowerCase()
  if (matches(e, config.admins)) return 'admin'
  if (matches(e, config.researchers)) return 'researcher'
  return null
}

/**
 * Verifies a `Cf-Access-Jwt-Assertion`: RS256 signature by one of the team's keys, issuer,
 * audience, and a present, unexpired `exp` (hono checks `exp` and `nbf` only when present).
 * `'unavailable'` when Access's keys could not be fetched: nobody's fault, so not a failure.
 */
export async function verifyAccessJwt(
  token: string,
  config: AccessConfig
): Promise<{ email: string } | 'unavailable' | null> {
  try {
    const [header] = token.split('.')
    const { kid } = JSON.parse(atob(header.replace(/-/g, '+').replace(/_/g, '/'))) as {
      kid?: string
    }
    if (!kid) return null
    const keys = await signingKeys(config.teamDomain, kid)
    const payload = await verifyWithJwks(token, {
      keys,
      allowedAlgorithms: ['RS256'],
      verification: { iss: config.teamDomain, aud: config.audience },
    })
    if (typeof payload.exp !== 'number' || typeof payload.email !== 'string') return null
    return { email: payload.email }
  } catch (err) {
    return err instanceof AccessKeysUnavailable ? 'unavailable' : null
  }
}
