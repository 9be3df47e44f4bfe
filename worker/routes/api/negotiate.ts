import type { Context } from 'hono'

/**
 * CSV when asked for by `?format=csv` or by an Accept header that prefers it. Asking makes
 * the answer depend on Accept, so the answer says so: a cache must not hand the CSV to a
 * client that asked for JSON.
 */
export const wantsCsv = (c: Context) => {
  c.header('Vary', 'Accept')
  return (
    c.req.query('format') === 'csv' ||
    (c.req.query('format') !== 'json' && /\btext\/csv\b/.test(c.req.header('accept') ?? ''))
  )
}
