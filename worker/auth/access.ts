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
const REFETCH_GAP_MS = 10 * 1000
const keyCache = new Map<string, { keys: Jwk[]; fetchedAt: number }>()

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

/** Access's signing keys, cached; fetched again when a token names a key we do not know. */
async function signingKeys(teamDomain: string, kid: string): Promise<Jwk[]> {
  const cached = keyCache.get(teamDomain)
  const now = Date.now()
  const fresh = cached && now - cached.fetchedAt < KEY_TTL_MS
  const rotated =
    cached && !cached.keys.some((k) => k.kid === kid) && now - cached.fetchedAt > REFETCH_GAP_MS
  if (cached && fresh && !rotated) return cached.keys
  const res = await fetch(`${teamDomain}/cdn-cgi/access/certs`)
  if (!res.ok) throw new Error(`Access certs answered ${res.status}`)
  const { keys } = (await res.json()) as { keys: Jwk[] }
  keyCache.set(teamDomain, { keys, fetchedAt: now })
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
 */
export async function verifyAccessJwt(
  token: string,
  config: AccessConfig
): Promise<{ email: string } | null> {
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
  } catch {
    return null
  }
}
