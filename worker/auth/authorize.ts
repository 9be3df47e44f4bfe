import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import type { Role } from '../db/tokens.ts'
import { ApiError } from '../api/error.ts'
import { annotate } from '../api/facts.ts'
import { RETRY_AFTER_SECONDS } from '../storage-fault.ts'
import { identify, type Principal } from './principal.ts'

export type AuthEnv = { Bindings: Env; Variables: { principal: Principal } }
export type Denial = 401 | 403 | 429 | 503

const ranks: Record<Role, number> = { researcher: 1, admin: 2 }

/**
 * Lets a request through when its caller holds `role` (an admin holds both). A credential
 * that fails counts against the caller's rate limit, so tokens cannot be guessed at speed.
 */
export function authorize(
  role: Role,
  deny: (c: Context, status: Denial) => Response | Promise<Response>
) {
  const guard = createMiddleware<AuthEnv>(async (c, next) => {
    const who = await identify(c)
    if (who === 'invalid') {
      const key = c.req.header('cf-connecting-ip') ?? 'local'
      const { success } = await c.env.AUTH_LIMITER.limit({ key })
      return deny(c, success ? 401 : 429)
    }
    if (who === 'unavailable') {
      c.header('Retry-After', RETRY_AFTER_SECONDS)
      return deny(c, 503)
    }
    if (!who) return deny(c, 401)
    if (!who.role || ranks[who.role] < ranks[role]) return deny(c, 403)
    c.set('principal', who)
    await next()
  })
  return annotate(guard, { role })
}

export const denialMessages: Record<Denial, string> = {
  401: 'Authentication required: send a valid API token or Access JWT.',
  403: 'Your role does not allow this.',
  429: 'Too many failed sign-in attempts. Wait a minute and try again.',
  503: 'Cloudflare Access could not be reached to check your sign-in. Try again shortly.',
}

/** An API refusal, in the shape every /api error has. */
export const apiDenial = (_c: Context, status: Denial): never => {
  throw new ApiError(status, denialMessages[status])
}
