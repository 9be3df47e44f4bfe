import type { FormDefinition } from '../../forms/schema.ts'

/** A survey as a participant meets it: its current form and the wave now open, if any. */
export interface OpenSurvey {
  surveyId: string
  slug: string
  formVersion: number
  form: FormDefinition
  waveId: string | null
}

type SurveyRow = {
  id: string
  slug: string
  current_version: number
  definition: string
  wave_id: string | null
}

const toOpenSurvey = (row: SurveyRow): OpenSurvey => ({
  surveyId: row.id,
  slug: row.slug,
  formVersion: row.current_version,
  form: JSON.parse(row.definition) as FormDefinition,
  waveId: row.wave_id,
})

const SURVEY_WITH_WAVE = `
  SELECT s.id, s.slug, s.current_version, f.definition,
         (SELECT w.id FROM waves w WHERE w.survey_id = s.id AND w.status = 'open' LIMIT 1) AS wave_id
  FROM surveys s
  JOIN form_versions f ON f.survey_id = s.id AND f.version = s.current_version`

export async function findSurveyBySlug(db: D1Database, slug: string): Promise<OpenSurvey | null> {
  const row = await db
    .prepare(`${SURVEY_WITH_WAVE} WHERE s.slug = ?1`)
    .bind(slug)
    .first<SurveyRow>()
  return row ? toOpenSurvey(row) : null
}

export async function findSurveyById(db: D1Database, id: string): Promise<OpenSurvey | null> {
  const row = await db.prepare(`${SURVEY_WITH_WAVE} WHERE s.id = ?1`).bind(id).first<SurveyRow>()
  return row ? toOpenSurvey(row) : null
}
