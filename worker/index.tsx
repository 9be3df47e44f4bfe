import { Hono } from 'hono'
import { RegExpRouter } from 'hono/router/reg-exp-router'
import type { AppEnv } from './app-env.ts'
import { renderError, renderNotFound } from './errors.tsx'
import { runReports } from './reports/run.ts'
import { language } from './middleware/language.ts'
import { securityHeaders } from './middleware/security.ts'
import { api } from './routes/api/index.ts'
import { dashboard } from './routes/dashboard/index.tsx'
import { localInstance } from './routes/local-instance.ts'
import { pages } from './routes/pages.tsx'
import { participate } from './routes/participate.tsx'
import { openDueWaves } from './waves.ts'

// The participant's paths are matched by one precompiled regular expression, Hono's fastest
// router; a path it cannot take fails every test at the first request instead of falling back.
export const app = new Hono<AppEnv>({ router: new RegExpRouter() })

// The API and the dashboard answer through routers of their own: routed in here, their paths
// (a static "/waves/new" beside "/waves/:waveId") would not fit one expression.
export const apiApp = new Hono<AppEnv>().route('/api', api)
export const dashboardApp = new Hono<AppEnv>().route('/dashboard', dashboard)

app.use(securityHeaders, language)
app.all('/api/*', (c) => apiApp.fetch(c.req.raw, c.env, c.executionCtx))
app.all('/dashboard/*', (c) => dashboardApp.fetch(c.req.raw, c.env, c.executionCtx))
app.route('/', participate)
app.route('/', pages)
app.route('/', localInstance)
app.notFound(renderNotFound)
app.onError(renderError)

async function scheduledRun(env: Env, time: Date) {
  const summary = await runReports(env, time).catch((err: Error) => {
    // The name only: a message could carry report content.
    console.error(`lernraum scheduled: ${err.name}`)
    throw err
  })
  // After the reports: a wave that closed in this run has its closing report before the
  // next one opens.
  await openDueWaves(env.DB, time.toISOString().slice(0, 10))
  if (summary.failedReports.length || summary.failed) {
    // Counts only. Throwing makes Cloudflare show this cron run as failed.
    const line = `lernraum scheduled: ${summary.failedReports.length} reports failed to build, ${summary.failed} emails to send; the next run retries them`
    console.error(line)
    throw new Error(line)
  }
}

export default {
  fetch: app.fetch,
  scheduled(controller, env, ctx) {
    ctx.waitUntil(scheduledRun(env, new Date(controller.scheduledTime)))
  },
} satisfies ExportedHandler<Env>
