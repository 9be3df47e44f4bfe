import type { Context } from 'hono'

/** CSV when asked for by `?format=csv` or by an Accept header that prefers it. */
export const wantsCsv = (c: Context) =>
  c.req.query('format') === 'csv' ||
  (c.req.query('format') !== 'json' && /\btext\/csv\b/.test(c.req.header('accept') ?? ''))
