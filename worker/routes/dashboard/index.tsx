import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { authorize, type AuthEnv } from '../../auth/authorize.ts'
import { DashboardMessage } from '../../dashboard/Layout.tsx'
import { loadWavePage, surveysWithWaves } from '../../dashboard/load.ts'
import { renderPage } from '../../dashboard/render.tsx'
import { dashboardCss, dashboardCssHash } from '../../dashboard/styles.ts'
import { SurveyList, wavePath } from '../../dashboard/SurveyList.tsx'
import { WavePage } from '../../dashboard/WavePage.tsx'
import { listWaves } from '../../db/waves.ts'
import { dashboardDenial, session, signedIn } from './session.tsx'
import { tokens } from './tokens.tsx'
import { retention } from './retention.tsx'
import { recipients } from './recipients.tsx'
import { reports } from './reports.tsx'
import { waves } from './waves.tsx'
import { invitations } from './invitations.tsx'
import { builder } from './builder.tsx'
import { isStorageFault, RETRY_AFTER_SECONDS } from '../../storage-fault.ts'
import { sameOriginPost } from '../../middleware/same-origin.ts'

/** The researchers' dashboard: server-rendered pages of the findings, no script needed. */
export const dashboard = new Hono<AuthEnv>()

const notFound = () => (
  <DashboardMessage page='notFound' back={{ href: '/dashboard', label: 'allSurveys' }} />
)

// Findings never belong in a shared cache or the back-forward cache of an office computer.
dashboard.use(async (c, next) => {
  await next()
  if (!c.res.headers.has('cache-control')) c.header('Cache-Control', 'no-store')
})
const limit = (kb: number) =>
  bodyLimit({
    maxSize: kb * 1024,
    onError: (c) => renderPage(c, <DashboardMessage page='tooLarge' />, 413),
  })
// A question with twenty options and hints, or a whole pasted definition, is larger than a
// sign-in; everything else keeps the small limit.
const formLimit = limit(4)
const questionLimit = limit(16)
const importLimit = limit(256)
dashboard.use((c, next) => {
  const path = c.req.path
  if (path.endsWith('/form/import')) return importLimit(c, next)
  return /^\/dashboard\/surveys\/[^/]+\/form\//.test(path)
    ? questionLimit(c, next)
    : formLimit(c, next)
})
dashboard.use(sameOriginPost)

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

dashboard.get('/', async (c) =>
  renderPage(c, <SurveyList surveys={await surveysWithWaves(c.env.DB)} signOut={signedIn(c)} />)
)

// Before the wave pages: "/waves/new" is a form, not a wave.
dashboard.route('/surveys/:id', waves)
dashboard.route('/surveys/:id', invitations)
dashboard.route('/surveys', builder)

dashboard.get('/surveys/:id', async (c) => {
  const latest = (await listWaves(c.env.DB, c.req.param('id'))).at(-1)
  if (!latest) return renderPage(c, notFound(), 404)
  return c.redirect(wavePath(c.req.param('id'), latest.id), 303)
})

dashboard.get('/surveys/:id/waves/:waveId', async (c) => {
  const data = await loadWavePage(c.env.DB, c.env, c.req.param('id'), c.req.param('waveId'))
  if (!data) return renderPage(c, notFound(), 404)
  return renderPage(c, <WavePage data={data} signOut={signedIn(c)} />)
})

dashboard.route('/tokens', tokens)
dashboard.route('/surveys', retention)
dashboard.route('/reports', reports)
dashboard.route('/surveys', recipients)

dashboard.all('*', (c) => renderPage(c, notFound(), 404))

dashboard.onError((err, c) => {
  // A refused origin (CSRF) or a body the form parser cannot read is the sender's mistake.
  if (err instanceof HTTPException && err.status < 500)
    return renderPage(
      c,
      <DashboardMessage
        page={err.status === 403 ? 'refusedOrigin' : 'unreadable'}
        back={{ href: '/dashboard/sign-in', label: 'backToSignIn' }}
      />,
      err.status as ContentfulStatusCode
    )
  console.error(`lernraum dashboard: ${err.name} on ${c.req.method} ${c.req.routePath}`)
  if (isStorageFault(err)) {
    c.header('Retry-After', RETRY_AFTER_SECONDS)
    return renderPage(c, <DashboardMessage page='unavailable' />, 503)
  }
  return renderPage(c, <DashboardMessage page='failed' />, 500)
})
