import { reportHtml } from '../../analysis/render/html.ts'
import { reportLabels } from '../../analysis/render/labels.ts'
import { reportText } from '../../analysis/render/text.ts'
import { reportFromRelease, type Release } from '../../analysis/release.ts'
import type { Report } from '../../analysis/report.ts'
import { newId } from '../crypto.ts'
import { participationByMinistry } from '../db/participation.ts'
import { listRecipients } from '../db/recipients.ts'
import { lastReportedRelease } from '../db/releases.ts'
import { storeReport, type StoredEmail } from '../db/reports.ts'
import type { OpenSurvey } from '../db/surveys.ts'
import type { Wave } from '../db/waves.ts'
import { composeEmail } from '../email.ts'

export interface ReportJob {
  slotId: string
  survey: OpenSurvey & { title: { de: string; en: string }; codebookVersion: string }
  wave: Wave
  /** What the report is called: the ISO week, or the wave's label when it closed. */
  periodLabel: string
}

/** Coverage as the release froze it: completed per ministry; invitations as created. */
async function coverage(db: D1Database, waveId: string, release: Release) {
  const rows = await participationByMinistry(db, waveId)
  const completed = release.participation.filter((m) => m.completed > 0)
  return {
    invited: rows.reduce((a, r) => a + r.invited, 0),
    completed: release.participation.reduce((a, m) => a + m.completed, 0),
    ministriesInvited: rows.length,
    ministriesAnswered: completed.length,
  }
}

/**
 * The report of a claimed slot: the wave's latest release under the period's heading. It
 * computes nothing from responses, so it shows what the API and the dashboard show.
 */
export async function assembleReport(
  db: D1Database,
  job: ReportJob,
  release: Release,
  now: Date
): Promise<{ report: Report; responses: number }> {
  const report = reportFromRelease(
    release,
    {
      survey: { id: job.survey.surveyId, slug: job.survey.slug, title: job.survey.title },
      period: job.periodLabel,
      generatedOn: now.toISOString().slice(0, 10),
      wave: { id: job.wave.id, label: job.wave.label, status: job.wave.status },
      coverage: await coverage(db, job.wave.id, release),
    },
    await lastReportedRelease(db, job.wave.id, release.seq)
  )
  return { report, responses: release.groups.responses }
}

/**
 * Who gets a survey's report: its recipients in D1, or REPORT_TO from wrangler.toml while it
 * has none.
 */
export async function reportRecipients(db: D1Database, env: Env, surveyId: string) {
  const chosen = await listRecipients(db, surveyId)
  if (chosen.length) return chosen
  return env.REPORT_TO.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
}

/** Builds, stores and queues the emails of one claimed report slot; sending comes after. */
export async function buildAndStore(
  db: D1Database,
  env: Env,
  job: ReportJob,
  release: Release,
  now: Date
): Promise<Report> {
  const { report, responses } = await assembleReport(db, job, release, now)
  const subject = reportLabels.de.subject(report.survey.title.de, report.period)
  const [text, html] = [reportText(report, 'de'), reportHtml(report, 'de')]
  const domain = env.REPORT_FROM.split('@')[1] ?? 'lernraum.local'
  const addresses = await reportRecipients(db, env, job.survey.surveyId)
  const emails: StoredEmail[] = addresses.map((to) => {
    const messageId = `${newId()}@${domain}`
    return {
      recipient: to,
      messageId,
      raw: composeEmail({ from: env.REPORT_FROM, to, subject, text, html, date: now, messageId }),
    }
  })
  await storeReport(
    db,
    job.slotId,
    {
      createdOn: report.generatedOn,
      codebookVersion: report.codebookVersion,
      responses,
      releaseSeq: release.seq,
      model: JSON.stringify(report),
    },
    emails
  )
  return report
}
