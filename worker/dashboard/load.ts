import type { FormDefinition } from '../../forms/schema.ts'
import {
  findSurveyById,
  surveyAsAnswered,
  findSurveySummary,
  listSurveys,
  type SurveySummary,
} from '../db/surveys.ts'
import { latestRelease, releaseDay } from '../db/releases.ts'
import type { ReleasedTexts } from './ReportBody.tsx'
import { listWaves, type Wave } from '../db/waves.ts'
import { findingsView, type FindingsView } from '../findings.ts'
import { participationView, type ParticipationView } from '../participation.ts'

export interface WaveView {
  wave: Wave
  view: FindingsView
}

export interface WavePageData {
  survey: SurveySummary
  /** The survey's current definition, for scale ends and option wording. */
  form: FormDefinition
  wave: Wave
  waves: Wave[]
  participation: ParticipationView
  /** The findings of the shown wave. */
  view: FindingsView
  /** The day the shown wave's release was cut, `YYYY-MM-DD`, if known. */
  releasedOn: string | null
  /** The findings of every wave of the survey, in order, for the trend. */
  trend: WaveView[]
  /** Themes and quotes of the same release as the findings; `null` when there is none. */
  texts: ReleasedTexts | null
}

/** The free-text part of the release the findings were read from, and of no other. */
async function releasedTexts(db: D1Database, waveId: string, view: FindingsView) {
  if (view.hidden || view.release === null) return null
  const release = await latestRelease(db, waveId)
  return release?.seq === view.release ? release : null
}

/** Every survey with its waves, for the dashboard's start page. */
export async function surveysWithWaves(db: D1Database) {
  const surveys = await listSurveys(db)
  return Promise.all(surveys.map(async (s) => ({ ...s, waves: await listWaves(db, s.id) })))
}

/**
 * What a wave's page shows. Each wave's findings come from `findingsView`, the function the
 * API answers with, so the page, the JSON and the CSV show the same (suppressed) figures.
 */
export async function loadWavePage(
  db: D1Database,
  env: Env,
  surveyId: string,
  waveId: string
): Promise<WavePageData | null> {
  const survey = await findSurveySummary(db, surveyId)
  const form = survey && (await findSurveyById(db, surveyId))
  if (!survey || !form) return null
  const waves = await listWaves(db, survey.id)
  const wave = waves.find((w) => w.id === waveId)
  if (!wave) return null
  const trend: WaveView[] = []
  for (const w of waves)
    trend.push({
      wave: w,
      view: await findingsView(
        db,
        env,
        await surveyAsAnswered(db, form, w),
        w,
        survey.hideOpenCounts
      ),
    })
  const view = trend.find((t) => t.wave.id === wave.id)!.view
  return {
    survey,
    form: (await surveyAsAnswered(db, form, wave)).form,
    wave,
    waves,
    participation: await participationView(db, survey, wave),
    view,
    releasedOn:
      view.hidden || view.release === null ? null : await releaseDay(db, wave.id, view.release),
    trend,
    texts: await releasedTexts(db, wave.id, view),
  }
}
