import { zValidator } from '@hono/zod-validator'
import { Hono, type Context } from 'hono'
import * as z from '../../../forms/zod.ts'
import type { Report } from '../../../analysis/report.ts'
import { authorize, type AuthEnv } from '../../auth/authorize.ts'
import { DashboardMessage } from '../../dashboard/Layout.tsx'
import { ReportPage } from '../../dashboard/ReportPage.tsx'
import { reportPath, ReportsPage } from '../../dashboard/ReportsPage.tsx'
import { renderPage } from '../../dashboard/render.tsx'
import { outboxOf } from '../../db/outbox.ts'
import { findReportListing, listReportListings } from '../../db/report-deliveries.ts'
import { findReport } from '../../db/reports.ts'
import { findSurveySummary, listSurveys } from '../../db/surveys.ts'
import { runReports } from '../../reports/run.ts'
import { sendPendingEmails } from '../../reports/send.ts'
import { dashboardDenial, signedIn } from './session.tsx'

/** A dashboard path with its query, keeping a language the researcher switched to. */
export function pathWith(c: Context, path: string, query: Record<string, string | undefined>) {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value)
  const lang = c.req.query('lang')
  if (lang === 'en' || lang === 'de') params.set('lang', lang)
  const search = params.toString()
  return search ? `${path}?${search}` : path
}

const reportNotFound = () => (
  <DashboardMessage
    page='reportNotFound'
    back={{ href: '/dashboard/reports', label: 'toReports' }}
  />
)

/**
 * Stored reports: researchers read them and where their emails stand; admins build one now
 * and send what waits, through the scheduled run's own functions and its exactly-once rules.
 */
export const reports = new Hono<AuthEnv>()

reports.get('/', async (c) => {
  const surveys = await listSurveys(c.env.DB)
  const selected = surveys.find((s) => s.id === c.req.query('survey'))
  return renderPage(
    c,
    <ReportsPage
      reports={await listReportListings(c.env.DB, selected?.id)}
      surveys={surveys}
      selected={selected}
      notice={c.req.query('done')}
      signOut={signedIn(c)}
    />
  )
})

const surveyNotFound = (c: Context) =>
  renderPage(
    c,
    <DashboardMessage page='notFound' back={{ href: '/dashboard/reports', label: 'toReports' }} />,
    404
  )

reports.post(
  '/build',
  authorize('admin', dashboardDenial),
  zValidator('form', z.object({ survey: z.string() }), (result, c) => {
    if (!result.success) return surveyNotFound(c)
  }),
  async (c) => {
    const survey = await findSurveySummary(c.env.DB, c.req.valid('form').survey)
    if (!survey) return surveyNotFound(c)
    // The cron run itself, for this one survey and without sending: a period it already has a
    // report for, or a release it already reported, builds nothing, however often this is pressed.
    const run = await runReports(c.env, new Date(), { only: survey.slug, send: false })
    const done = run.built.length ? 'built' : run.failedReports.length ? 'buildFailed' : 'nothing'
    const to = run.reportIds[0] ? reportPath(run.reportIds[0]) : '/dashboard/reports'
    return c.redirect(
      pathWith(c, to, { survey: run.reportIds[0] ? undefined : survey.id, done }),
      303
    )
  }
)

reports.get('/:id', async (c) => {
  const [listing, stored] = await Promise.all([
    findReportListing(c.env.DB, c.req.param('id')),
    findReport(c.env.DB, c.req.param('id')),
  ])
  if (!listing || !stored) return renderPage(c, reportNotFound(), 404)
  return renderPage(
    c,
    <ReportPage
      report={listing}
      model={JSON.parse(stored.model) as Report}
      emails={await outboxOf(c.env.DB, listing.id)}
      notice={c.req.query('done')}
      signOut={signedIn(c)}
    />
  )
})

reports.post('/:id/send', authorize('admin', dashboardDenial), async (c) => {
  const listing = await findReportListing(c.env.DB, c.req.param('id'))
  if (!listing) return renderPage(c, reportNotFound(), 404)
  // The cron run's sender: each email under a lease and never again once sent.
  const { sent, failed } = await sendPendingEmails(c.env, new Date(), listing.id)
  const done = failed ? 'sendFailed' : sent ? 'sent' : 'nothingToSend'
  return c.redirect(pathWith(c, reportPath(listing.id), { done }), 303)
})
