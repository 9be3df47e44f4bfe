import { disclosureConfig } from '../../analysis/disclosure.ts'
import { isoWeek, waveClosedPeriod } from '../../analysis/period.ts'
import { newId } from '../crypto.ts'
import {
  claimReportSlot,
  hasReport,
  lastReportedResponses,
  releaseReportSlot,
} from '../db/reports.ts'
import { findSurveyById, listSurveys, surveyAsAnswered } from '../db/surveys.ts'
import { deleteExpiredWaves } from '../db/retention.ts'
import { closeExpiredWaves, listWaves, type Wave } from '../db/waves.ts'
import { latestRelease, wavesBehindRelease } from '../db/releases.ts'
import { catchUpRelease, flushPools } from '../flush.ts'
import { buildAndStore, type ReportJob } from './build.ts'
import { sendPendingEmails } from './send.ts'

export interface RunSummary {
  built: string[]
  /** Ids of the reports this run built, in the order of `built`. */
  reportIds: string[]
  skipped: string[]
  /** Reports whose build failed: their slot is released and the next run builds them. */
  failedReports: string[]
  sent: number
  failed: number
}

interface Due {
  wave: Wave
  periodKey: string
  periodLabel: string
}

/**
 * What is due for a survey now: the report of each wave that closed without one, and the
 * weekly report of the open wave (not for surveys that hide an open wave's counts).
 */
function dueReports(waves: Wave[], now: Date, hideOpenCounts: boolean): Due[] {
  const closed = waves
    .filter((w) => w.status === 'closed')
    .map((wave) => ({ wave, periodKey: waveClosedPeriod(wave.id), periodLabel: wave.label }))
  const open = waves.find((w) => w.status === 'open')
  const week = isoWeek(now)
  return [
    ...closed,
    ...(open && !hideOpenCounts ? [{ wave: open, periodKey: week, periodLabel: week }] : []),
  ]
}

/**
 * The scheduled run: send what earlier runs could not, build every due report once, send
 * it. A report of a wave is built only once k more responses came in since its last one,
 * so no two reports differ by a group smaller than k.
 */
export interface RunOptions {
  /** Only this survey (by slug). */
  only?: string
  /** Send queued emails (the scheduled run always does; the CLI only with --send). */
  send?: boolean
  progress?: (line: string) => void
}

export async function runReports(
  env: Env,
  now: Date,
  options: RunOptions = {}
): Promise<RunSummary> {
  const { only, send = true, progress = () => {} } = options
  const db = env.DB
  const k = disclosureConfig(env).minGroupSize
  const today = now.toISOString().slice(0, 10)
  await closeExpiredWaves(db, today)
  await flushPools(env)
  await deleteExpiredWaves(db, today)
  const summary: RunSummary = {
    built: [],
    reportIds: [],
    skipped: [],
    failedReports: [],
    sent: 0,
    failed: 0,
  }
  for (const s of await listSurveys(db)) {
    if (only && s.slug !== only) continue
    const waves = await listWaves(db, s.id)
    // Releases a flush could not cut (a failure after it) are cut now.
    for (const waveId of await wavesBehindRelease(db, s.id))
      await catchUpRelease(env, s.id, waveId).catch((err: Error) =>
        summary.failedReports.push(`${s.slug}: release ${err.name}`)
      )
    for (const due of dueReports(waves, now, s.hideOpenCounts)) {
      if (await hasReport(db, s.id, due.periodKey)) continue
      const name = `${s.slug} ${due.periodLabel}`
      const release = await latestRelease(db, due.wave.id)
      if (!release) {
        summary.skipped.push(`${name}: no release yet (fewer than ${k} readable answers)`)
        continue
      }
      // A report shows the wave's latest release: another report of the same release would
      // say nothing new. Releases differ by at least k responses, so this also keeps k apart.
      if ((await lastReportedResponses(db, due.wave.id)) === release.groups.responses) {
        summary.skipped.push(`${name}: no new release since the last report`)
        continue
      }
      const slotId = newId()
      if (
        !(await claimReportSlot(
          db,
          { id: slotId, surveyId: s.id, period: due.periodKey, waveId: due.wave.id },
          now.getTime()
        ))
      )
        continue
      const current = await findSurveyById(db, s.id)
      if (!current) continue
      const survey = await surveyAsAnswered(db, current, due.wave)
      const job: ReportJob = {
        slotId,
        survey: { ...survey, title: s.title, codebookVersion: s.codebookVersion },
        wave: due.wave,
        periodLabel: due.periodLabel,
      }
      progress(`building ${name} …`)
      try {
        await buildAndStore(db, env, job, release, now)
      } catch (err) {
        // One failing report must not hold up the others; storeReport wrote all or nothing.
        summary.failedReports.push(`${name}: ${(err as Error).name}`)
        progress(`failed ${name}`)
        // If even this fails, the claim goes stale and a later run takes the slot over.
        await releaseReportSlot(db, slotId).catch(() => {})
        continue
      }
      summary.built.push(name)
      summary.reportIds.push(slotId)
      progress(`built ${name}`)
    }
  }
  if (!send) return summary
  const sending = await sendPendingEmails(env, now)
  return { ...summary, ...sending }
}
