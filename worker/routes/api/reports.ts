import { Hono } from 'hono'
import { reportCsv } from '../../../analysis/render/csv.ts'
import { reportHtml } from '../../../analysis/render/html.ts'
import type { Report } from '../../../analysis/report.ts'
import { apiDenial, authorize, type AuthEnv } from '../../auth/authorize.ts'
import { findReport, listReports } from '../../db/reports.ts'
import { wantsCsv } from './negotiate.ts'

/** Stored report snapshots: built once by the scheduled run, served as they were sent. */
export const reports = new Hono<AuthEnv>()

reports.use(authorize('researcher', apiDenial))

reports.get('/', async (c) => c.json({ reports: await listReports(c.env.DB) }))

reports.get('/:id', async (c) => {
  const found = await findReport(c.env.DB, c.req.param('id'))
  if (!found) return c.json({ error: { status: 404, message: 'No such report.' } }, 404)
  const report = JSON.parse(found.model) as Report
  const lang = c.req.query('lang') === 'en' ? 'en' : 'de'
  const format = c.req.query('format')
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
})
