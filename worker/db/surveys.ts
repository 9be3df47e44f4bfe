import type { FormDefinition } from '../../forms/schema.ts'
import { briefCache, isolateCache } from '../isolate-cache.ts'
import type { WaveMode } from './waves.ts'

/** A survey as a participant meets it: its current form and the wave now open, if any. */
export interface OpenSurvey {
  surveyId: string
  slug: string
  formVersion: number
  form: FormDefinition
  waveId: string | null
  /** How the open wave is answered; `null` when no wave is open. */
  waveMode: WaveMode | null
  /** The last day (YYYY-MM-DD) of the open wave, if it has one. */
  closesOn: string | null
}

type SurveyRow = {
  id: string
  slug: string
  /** The open wave's form version, else the survey's current one. */
  form_version: number
  wave_id: string | null
  wave_mode: WaveMode | null
  closes_on: string | null
}

// An open wave keeps answering the version it opened with; a version published meanwhile
// applies from the next wave (a wave's sealed pool holds answers to one form only).
const SURVEY_WITH_WAVE = `
  SELECT s.id, s.slug, COALESCE(w.form_version, s.current_version) AS form_version,
    w.id AS wave_id, w.mode AS wave_mode, w.closes_on
  FROM surveys s LEFT JOIN waves w ON w.id =
    (SELECT o.id FROM waves o WHERE o.survey_id = s.id AND o.status = 'open'
      AND (o.opens_on IS NULL OR o.opens_on <= date('now'))
      AND (o.closes_on IS NULL OR o.closes_on >= date('now')) LIMIT 1)`

// A stored form version is never changed (a new definition is a new version), so each
// isolate parses it once.
const forms = isolateCache<FormDefinition>(64)

/** One stored version of a survey's form. */
export const formVersion = (db: D1Database, surveyId: string, version: number) =>
  forms(`${surveyId}:${version}`, async () => {
    const definition = await db
      .prepare('SELECT definition FROM form_versions WHERE survey_id = ?1 AND version = ?2')
      .bind(surveyId, version)
      .first<string>('definition')
    if (definition === null) throw new Error('form version missing')
    return JSON.parse(definition) as FormDefinition
  })

/**
 * The survey as one wave of it was answered: with the form version that wave opened with,
 * so a version published later never relabels or drops a closed wave's questions. Waves
 * from before versions were kept per wave answer the survey's current one.
 */
export async function surveyAsAnswered(
  db: D1Database,
  survey: OpenSurvey,
  wave: { formVersion: number | null }
): Promise<OpenSurvey> {
  const version = wave.formVersion
  if (version === null || version === survey.formVersion) return survey
  return { ...survey, formVersion: version, form: await formVersion(db, survey.surveyId, version) }
}

const toOpenSurvey = async (db: D1Database, row: SurveyRow | null): Promise<OpenSurvey | null> =>
  row && {
    surveyId: row.id,
    slug: row.slug,
    formVersion: row.form_version,
    form: await formVersion(db, row.id, row.form_version),
    waveId: row.wave_id,
    waveMode: row.wave_mode,
    closesOn: row.closes_on,
  }

/**
 * Every form GET and submit of an open link asks which wave is open: a few seconds' memo
 * saves that round trip on almost all of them. A wave opened or closed elsewhere shows here
 * that much later; a submit to a wave closed meanwhile is still refused, by the write itself
 * (see poolSubmit), and the nonce it carries is signed for its own wave only.
 */
const openSurveys = briefCache<OpenSurvey | null>(5_000, 256)

/** Forgets what this isolate knows of open waves and form versions: they just changed. */
export const forgetOpenSurveys = () => openSurveys.forget()

export function findSurveyBySlug(db: D1Database, slug: string): Promise<OpenSurvey | null> {
  return openSurveys(slug, async () => {
    const row = await db
      .prepare(`${SURVEY_WITH_WAVE} WHERE s.slug = ?1`)
      .bind(slug)
      .first<SurveyRow>()
    return toOpenSurvey(db, row)
  })
}

export async function findSurveyById(db: D1Database, id: string): Promise<OpenSurvey | null> {
  const row = await db.prepare(`${SURVEY_WITH_WAVE} WHERE s.id = ?1`).bind(id).first<SurveyRow>()
  return toOpenSurvey(db, row)
}

export interface SurveySummary {
  id: string
  slug: string
  kind: 'pulse' | 'interview'
  version: number
  title: { de: string; en: string }
  hideOpenCounts: boolean
  codebookVersion: string
  archived: boolean
  /** Months a closed wave is kept before the daily run deletes it; `null`: until deleted. */
  retentionMonths: number | null
}

type SummaryRow = {
  id: string
  slug: string
  kind: 'pulse' | 'interview'
  current_version: number
  definition: string
  hide_open_counts: number
  codebook_version: string
  archived: number
  retention_months: number | null
}

const SUMMARY = `SELECT s.id, s.slug, s.kind, s.current_version, s.hide_open_counts, s.codebook_version, s.archived, s.retention_months, f.definition
  FROM surveys s JOIN form_versions f ON f.survey_id = s.id AND f.version = s.current_version`

const toSummary = (r: SummaryRow): SurveySummary => ({
  id: r.id,
  slug: r.slug,
  kind: r.kind,
  version: r.current_version,
  title: (JSON.parse(r.definition) as FormDefinition).title,
  hideOpenCounts: r.hide_open_counts === 1,
  codebookVersion: r.codebook_version,
  archived: r.archived === 1,
  retentionMonths: r.retention_months,
})

export async function listSurveys(db: D1Database): Promise<SurveySummary[]> {
  const { results } = await db.prepare(`${SUMMARY} ORDER BY s.slug`).all<SummaryRow>()
  return results.map(toSummary)
}

export async function findSurveySummary(db: D1Database, id: string): Promise<SurveySummary | null> {
  const row = await db.prepare(`${SUMMARY} WHERE s.id = ?1`).bind(id).first<SummaryRow>()
  return row ? toSummary(row) : null
}

/** Creates a survey with its first definition; `false` when the slug is taken. */
export async function insertSurvey(
  db: D1Database,
  id: string,
  form: FormDefinition,
  hideOpenCounts: boolean
): Promise<boolean> {
  try {
    await db.batch([
      db
        .prepare(
          'INSERT INTO surveys (id, slug, kind, current_version, hide_open_counts) VALUES (?1, ?2, ?3, 1, ?4)'
        )
        .bind(id, form.slug, form.kind, hideOpenCounts ? 1 : 0),
      db
        .prepare('INSERT INTO form_versions (survey_id, version, definition) VALUES (?1, 1, ?2)')
        .bind(id, JSON.stringify({ ...form, version: 1 })),
    ])
    forgetOpenSurveys()
    return true
  } catch (err) {
    if (err instanceof Error && /UNIQUE constraint failed: surveys\.slug/.test(err.message))
      return false
    throw err
  }
}

/**
 * Stores an edited definition as the next version; responses keep the version they
 * answered. The slug and kind of a survey never change, so links stay valid.
 */
export async function addFormVersion(
  db: D1Database,
  id: string,
  form: FormDefinition
): Promise<number> {
  const next = await db
    .prepare('SELECT current_version + 1 AS v FROM surveys WHERE id = ?1')
    .bind(id)
    .first<number>('v')
  if (next === null) throw new Error('survey not found')
  await db.batch([
    db
      .prepare('INSERT INTO form_versions (survey_id, version, definition) VALUES (?1, ?2, ?3)')
      .bind(id, next, JSON.stringify({ ...form, version: next })),
    db.prepare('UPDATE surveys SET current_version = ?2 WHERE id = ?1').bind(id, next),
  ])
  forgetOpenSurveys()
  return next
}
