import { disclosureConfig } from '../../analysis/disclosure.ts'
import { reportHtml } from '../../analysis/render/html.ts'
import { reportLabels } from '../../analysis/render/labels.ts'
import { reportText } from '../../analysis/render/text.ts'
import { buildReport, type Report } from '../../analysis/report.ts'
import { newId } from '../crypto.ts'
import { participationByMinistry } from '../db/participation.ts'
import { storeReport, type StoredEmail } from '../db/reports.ts'
import type { OpenSurvey } from '../db/surveys.ts'
import type { Wave } from '../db/waves.ts'
import { composeEmail } from '../email.ts'
import { codebookFor } from './codebook.ts'
import { currentTally } from './tally.ts'

export interface ReportJob {
  slotId: string
  survey: OpenSurvey & { title: { de: string; en: string }; codebookVersion: string }
  wave: Wave
  previous: Wave | null
  /** What the report is called: the ISO week, or the wave's label when it closed. */
  periodLabel: string
}

async function coverage(db: D1Database, waveId: string) {
  const rows = await participationByMinistry(db, waveId)
  return {
    invited: rows.reduce((a, r) => a + r.invited, 0),
    completed: rows.reduce((a, r) => a + r.completed, 0),
    ministriesInvited: rows.length,
    ministriesAnswered: rows.filter((r) => r.completed > 0).length,
  }
}

/** Builds the report of a claimed slot from D1 through the pure analysis code. */
export async function assembleReport(
  db: D1Database,
  env: Env,
  job: ReportJob,
  now: Date
): Promise<{ report: Report; responses: number }> {
  const codebook = await codebookFor(db, job.survey.codebookVersion)
  const basis = {
    form: job.survey.form,
    formVersion: job.survey.formVersion,
    codebook: { version: codebook.codebook.version, compiled: codebook.compiled },
  }
  const input = async (w: Wave) => ({
    id: w.id,
    label: w.label,
    tally: await currentTally(db, w.id, basis, job.slotId),
  })
  const wave = { ...(await input(job.wave)), status: job.wave.status }
  const report = buildReport({
    survey: { id: job.survey.surveyId, slug: job.survey.slug, title: job.survey.title },
    period: job.periodLabel,
    generatedOn: now.toISOString().slice(0, 10),
    form: job.survey.form,
    wave,
    previous: job.previous && (await input(job.previous)),
    codebook: { version: codebook.codebook.version, themes: codebook.codebook.themes },
    coverage: await coverage(db, job.wave.id),
    config: disclosureConfig(env),
    seed: job.slotId,
  })
  return { report, responses: wave.tally.answers.responses }
}

const recipients = (env: Env) =>
  env.REPORT_TO.split(',')
    .map((s) => s.trim())
    .filter(Boolean)

/** Builds, stores and queues the emails of one claimed report slot; sending comes after. */
export async function buildAndStore(
  db: D1Database,
  env: Env,
  job: ReportJob,
  now: Date
): Promise<Report> {
  const { report, responses } = await assembleReport(db, env, job, now)
  const subject = reportLabels.de.subject(report.survey.title.de, report.period)
  const [text, html] = [reportText(report, 'de'), reportHtml(report, 'de')]
  const domain = env.REPORT_FROM.split('@')[1] ?? 'lernraum.local'
  const emails: StoredEmail[] = recipients(env).map((to) => {
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
      model: JSON.stringify(report),
    },
    emails
  )
  return report
}
