import { Hono } from 'hono'
import { reportCsv } from '../../../analysis/render/csv.ts'
import { reportHtml } from '../../../analysis/render/html.ts'
import type { Report } from '../../../analysis/report.ts'
import { ApiError } from '../../api/error.ts'
import { examples } from '../../api/examples.ts'
import { describeRoute, refuses } from '../../api/facts.ts'
import * as res from '../../api/report-responses.ts'
import { apiDenial, authorize, type AuthEnv } from '../../auth/authorize.ts'
import { findReport, listReports } from '../../db/reports.ts'
import { wantsCsv } from './negotiate.ts'

/** Stored report snapshots: built once by the scheduled run, served as they were sent. */
export const reports = new Hono<AuthEnv>()

reports.use(authorize('researcher', apiDenial))

reports.get(
  '/',
  describeRoute({
    operationId: 'listReports',
    tag: 'reports',
    summary: 'List the stored reports (built by the scheduled run)',
    status: 200,
    response: res.reportList,
    example: examples.reportList,
  }),
  async (c) => c.json({ reports: await listReports(c.env.DB) })
)

reports.get(
  '/:id',
  describeRoute({
    operationId: 'getReport',
    tag: 'reports',
    summary:
      'One stored report as it was sent (HTML with Accept: text/html or ?format=html; CSV with Accept: text/csv or ?format=csv)',
    status: 200,
    response: res.reportOne,
    example: examples.reportOne,
    formats: ['text/html', 'text/csv'],
  }),
  refuses({ 404: 'No such report' }),
  async (c) => {
    const found = await findReport(c.env.DB, c.req.param('id'))
    if (!found) throw new ApiError(404, 'No such report.')
    const report = JSON.parse(found.model) as Report
    const lang = c.req.query('lang') === 'en' ? 'en' : 'de'
    const format = c.req.query('format')
    // Asked first, so every answer of this route says Vary: Accept.
    const csv = wantsCsv(c)
    if (format === 'html' || (!format && /\btext\/html\b/.test(c.req.header('accept') ?? '')))
      return c.html(reportHtml(report, lang))
    if (csv)
      return c.body(reportCsv(report, lang), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="lernraum-report-${found.id}.csv"`,
      })
    const { model: _model, ...summary } = found
    return c.json({ ...summary, report })
  }
)
