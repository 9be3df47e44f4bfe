import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { authorize, type AuthEnv } from '../../auth/authorize.ts'
import { DashboardMessage } from '../../dashboard/Layout.tsx'
import { loadWavePage, surveysWithWaves } from '../../dashboard/load.ts'
import { dashboardCss, dashboardCssHash } from '../../dashboard/styles.ts'
import { SurveyList, wavePath } from '../../dashboard/SurveyList.tsx'
import { WavePage } from '../../dashboard/WavePage.tsx'
import { listWaves } from '../../db/waves.ts'
import { dashboardDenial, session } from './session.tsx'
import { isStorageFault, RETRY_AFTER_SECONDS } from '../../storage-fault.ts'
import { sameOriginPost } from '../../middleware/same-origin.ts'

/** The researchers' dashboard: server-rendered pages of the findings, no script needed. */
export const dashboard = new Hono<AuthEnv>()

const notFound = () => (
  <DashboardMessage
    title='Not found'
    body='There is no such survey or wave.'
    back={{ href: '/dashboard', label: 'All surveys' }}
  />
)

// Findings never belong in a shared cache or the back-forward cache of an office computer.
dashboard.use(async (c, next) => {
  await next()
  if (!c.res.headers.has('cache-control')) c.header('Cache-Control', 'no-store')
  c.header('Content-Language', 'en')
})
dashboard.use(
  bodyLimit({
    maxSize: 4 * 1024,
    onError: (c) =>
      c.html(<DashboardMessage title='Too large' body='The form is too large.' />, 413),
  }),
  sameOriginPost
)

dashboard.get('/assets/:file{dashboard\\.[a-z0-9]+\\.css}', (c) => {
  if (c.req.param('file') !== `dashboard.${dashboardCssHash}.css`) return c.notFound()
  return c.body(dashboardCss, 200, {
    'Content-Type': 'text/css; charset=utf-8',
    'Cache-Control': 'public, max-age=31536000, immutable',
  })
})

dashboard.route('/', session)

// Everything below needs a researcher: a session, an Access identity (or an API token).
dashboard.use('*', authorize('researcher', dashboardDenial))

const signedIn = (c: { var: AuthEnv['Variables'] }) => c.var.principal.via === 'session'

dashboard.get('/', async (c) =>
  c.html(<SurveyList surveys={await surveysWithWaves(c.env.DB)} signOut={signedIn(c)} />)
)

dashboard.get('/surveys/:id', async (c) => {
  const latest = (await listWaves(c.env.DB, c.req.param('id'))).at(-1)
  if (!latest) return c.html(notFound(), 404)
  return c.redirect(wavePath(c.req.param('id'), latest.id), 303)
})

dashboard.get('/surveys/:id/waves/:waveId', async (c) => {
  const data = await loadWavePage(c.env.DB, c.env, c.req.param('id'), c.req.param('waveId'))
  if (!data) return c.html(notFound(), 404)
  return c.html(<WavePage data={data} signOut={signedIn(c)} />)
})

dashboard.all('*', (c) => c.html(notFound(), 404))

dashboard.onError((err, c) => {
  // A refused origin (CSRF) or a body the form parser cannot read is the sender's mistake.
  if (err instanceof HTTPException && err.status < 500)
    return c.html(
      <DashboardMessage
        title='Request refused'
        body={
          err.status === 403
            ? 'The form was not sent from this site, so it was refused. Go back and try again.'
            : 'The form could not be read. Go back and try again.'
        }
        back={{ href: '/dashboard/sign-in', label: 'Back to sign-in' }}
      />,
      err.status as ContentfulStatusCode
    )
  console.error(`lernraum dashboard: ${err.name} on ${c.req.method} ${c.req.routePath}`)
  if (isStorageFault(err)) {
    c.header('Retry-After', RETRY_AFTER_SECONDS)
    return c.html(
      <DashboardMessage
        title='Temporarily unavailable'
        body='Storage is briefly unavailable and nothing was changed. Please try again in a minute.'
      />,
      503
    )
  }
  return c.html(
    <DashboardMessage title='Something went wrong' body='Please try again in a moment.' />,
    500
  )
})
