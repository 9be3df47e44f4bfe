import { createMiddleware } from 'hono/factory'
import { HTTPException } from 'hono/http-exception'

const SAFE = /^(GET|HEAD|OPTIONS)$/

/**
 * Takes a form post only from a page of this site. A browser with Fetch Metadata says so in
 * `Sec-Fetch-Site`, and that answer is final: `cross-site` is refused even beside a matching
 * `Origin`. An older browser sends only `Origin` (Referrer-Policy `same-origin` keeps it from
 * being `null`), which must then be this request's own origin.
 */
export const sameOriginPost = createMiddleware(async (c, next) => {
  if (!SAFE.test(c.req.method)) {
    const site = c.req.header('sec-fetch-site')
    const origin = c.req.header('origin')
    const own = new URL(c.req.url).origin
    const fromHere =
      site === undefined
        ? origin === own
        : site === 'same-origin' && (origin === undefined || origin === own)
    if (!fromHere) throw new HTTPException(403)
  }
  await next()
})
