import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { ministries } from '../../../analysis/ministries.ts'
import { ApiError, TOO_LARGE, UNAVAILABLE } from '../../api/error.ts'
import { examples } from '../../api/examples.ts'
import { describeRoute } from '../../api/facts.ts'
import { ministryList } from '../../api/responses.ts'
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
    onError: () => {
      throw new ApiError(413, TOO_LARGE)
    },
  })
)
api.route('/', apiDocs)
api.get(
  '/ministries',
  describeRoute({
    operationId: 'listMinistries',
    tag: 'ministries',
    summary: 'The ministries invitations can name',
    status: 200,
    response: ministryList,
    example: examples.ministryList,
  }),
  (c) => c.json({ ministries })
)
api.route('/surveys', surveys)
api.route('/surveys', waves)
api.route('/surveys', invitations)
api.route('/surveys', findings)
api.route('/surveys', codebooks)
api.route('/tokens', tokens)
api.route('/reports', reports)
// A mounted sub-app's notFound is never called (the top-level app's page would answer), so a
// catch-all keeps an unknown path or method under /api in the JSON error shape.
api.all('*', () => {
  throw new ApiError(404, 'No such endpoint.')
})
api.onError((err, c) => {
  if (err instanceof ApiError) return c.json(err.body, err.status)
  if (err instanceof HTTPException)
    return c.json(
      { error: { status: err.status, message: err.message || 'Bad request.' } },
      err.status as ContentfulStatusCode
    )
  console.error(`lernraum api: ${err.name} on ${c.req.method} ${c.req.routePath}`)
  if (isStorageFault(err)) {
    c.header('Retry-After', RETRY_AFTER_SECONDS)
    return c.json(new ApiError(503, UNAVAILABLE).body, 503)
  }
  return c.json({ error: { status: 500, message: 'Something went wrong.' } }, 500)
})
