import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { reportHtml } from '../../analysis/render/html.ts'
import { reportText } from '../../analysis/render/text.ts'
import type { Report } from '../../analysis/report.ts'
import { findReport, listReports } from '../db/reports.ts'
import { runReports } from '../reports/run.ts'
import { applyLocalMigrations, defaultPersistTo, root, withLocalDb } from './local.ts'

const outDir = path.join(root, '.wrangler/reports')

/**
 * `report [--survey SLUG] [--send [--port N]]`: builds the due reports now from the local D1,
 * the way the scheduled run does (each period once), prints them and where their HTML went.
 * Their emails stay queued for the scheduled run unless --send, whose port `sendTarget`
 * checked.
 */
export async function reportCommand(flags: { survey?: string; sendPort?: number }) {
  await applyLocalMigrations(defaultPersistTo)
  await mkdir(outDir, { recursive: true })
  await withLocalDb(defaultPersistTo, async (env) => {
    const started = Date.now()
    const summary = await runReports(env, new Date(), {
      only: flags.survey,
      send: false,
      progress: (line) => console.log(`  ${((Date.now() - started) / 1000).toFixed(1)} s  ${line}`),
    })
    for (const line of summary.skipped) console.log(`skipped: ${line}`)
    for (const line of summary.failedReports) console.error(`failed: ${line} (run again to retry)`)
    if (summary.failedReports.length) process.exitCode = 1
    let ids = summary.reportIds
    if (ids.length === 0) {
      console.log('No report was due (each period is built once); showing the latest stored one.')
      const all = await listReports(env.DB)
      const latest = all.find((r) => !flags.survey || r.surveySlug === flags.survey) ?? all[0]
      ids = latest ? [latest.id] : []
    }
    for (const id of ids) await printReport(env.DB, id)
  })
  if (flags.sendPort) await sendThroughScheduledRun(flags.sendPort)
}

/**
 * Sending needs the Workers runtime's send_email binding, which Node does not have: the
 * queued emails go out through the scheduled handler of the running `npm start`.
 */
async function sendThroughScheduledRun(port: number) {
  const res = await fetch(`http://127.0.0.1:${port}/__scheduled?cron=0+6+*+*+1`).catch(() => null)
  if (!res) throw new Error(`npm start on port ${port} stopped answering; start it again.`)
  await res.body?.cancel()
  if (res.status === 404)
    throw new Error(
      'npm start runs without its scheduled run: restart it with npm start -- --scheduled, then run this again.'
    )
  if (!res.ok) throw new Error(`the scheduled run answered ${res.status}.`)
  console.log(
    'Sent the queued emails through the scheduled run of npm start (files under .wrangler/tmp/email/).'
  )
}

async function printReport(db: D1Database, id: string) {
  const stored = await findReport(db, id)
  if (!stored) return
  const report = JSON.parse(stored.model) as Report
  const file = path.join(
    outDir,
    `${report.survey.slug}-${stored.period.replace(/[^\w-]+/g, '_')}.html`
  )
  await writeFile(file, reportHtml(report, 'de'))
  console.log(`\n${reportText(report, 'de')}\nHTML: ${file}`)
}
