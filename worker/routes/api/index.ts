import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { ministries } from '../../../analysis/ministries.ts'
import type { AuthEnv } from '../../auth/authorize.ts'
import { apiDocs } from './docs.tsx'
import { codebooks } from './codebooks.ts'
import { findings } from './findings.ts'
import { invitations } from './invitations.ts'
import { reports } from './reports.ts'
import { surveys } from './surveys.ts'
import { tokens } from './tokens.ts'
import { waves } from './waves.ts'
import { isStorageFault, RETRY_AFTER_SECONDS } from '../../storage-fault.ts'

/** The researcher API: JSON (and CSV) only, every error in one JSON shape. */
export const api = new Hono<AuthEnv>()

// Findings, invitation links and tokens never belong in a shared cache or a browser's history.
api.use(async (c, next) => {
  await next()
  c.header('Cache-Control', 'no-store')
})
api.use(
  bodyLimit({
    maxSize: 256 * 1024,
    onError: (c) =>
      c.json({ error: { status: 413, message: 'The body is larger than 256 KB.' } }, 413),
  })
)
api.route('/', apiDocs)
api.get('/ministries', (c) => c.json({ ministries }))
api.route('/surveys', surveys)
api.route('/surveys', waves)
api.route('/surveys', invitations)
api.route('/surveys', findings)
api.route('/surveys', codebooks)
api.route('/tokens', tokens)
api.route('/reports', reports)
// A mounted sub-app's notFound is never called (the top-level app's page would answer), so a
// catch-all keeps an unknown path or method under /api in the JSON error shape.
api.all('*', (c) => c.json({ error: { status: 404, message: 'No such endpoint.' } }, 404))
api.onError((err, c) => {
  if (err instanceof HTTPException)
    return c.json(
      { error: { status: err.status, message: err.message || 'Bad request.' } },
      err.status as ContentfulStatusCode
    )
  console.error(`lernraum api: ${err.name} on ${c.req.method} ${c.req.routePath}`)
  if (isStorageFault(err)) {
    c.header('Retry-After', RETRY_AFTER_SECONDS)
    const message = 'Storage is briefly unavailable; nothing was changed. Try again shortly.'
    return c.json({ error: { status: 503, message } }, 503)
  }
  return c.json({ error: { status: 500, message: 'Something went wrong.' } }, 500)
})
