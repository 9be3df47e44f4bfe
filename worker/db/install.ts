import type { FormDefinition } from '../../forms/schema.ts'
import { forgetOpenSurveys } from './surveys.ts'

/**
 * Puts a form definition into D1 as a survey with that version and an open wave, leaving
 * what is there alone: running it again on every start keeps earlier answers. The wave is an
 * open-link wave: installed surveys (the demos `npm start` ships) are tried through their
 * open link, `/s/<slug>`.
 */
export async function installForm(
  db: D1Database,
  form: FormDefinition,
  ids: { survey: string; wave: string }
) {
  await db.batch([
    db
      .prepare(
        'INSERT OR IGNORE INTO surveys (id, slug, kind, current_version) VALUES (?1, ?2, ?3, ?4)'
      )
      .bind(ids.survey, form.slug, form.kind, form.version),
    db
      .prepare(
        `INSERT OR IGNORE INTO form_versions (survey_id, version, definition)
         SELECT id, ?2, ?3 FROM surveys WHERE slug = ?1`
      )
      .bind(form.slug, form.version, JSON.stringify(form)),
    db
      .prepare('UPDATE surveys SET current_version = MAX(current_version, ?2) WHERE slug = ?1')
      .bind(form.slug, form.version),
    db
      .prepare(
        `INSERT INTO waves (id, survey_id, label, status, mode, form_version)
         SELECT ?2, id, ?3, 'open', 'open', current_version FROM surveys s WHERE slug = ?1
           AND NOT EXISTS (SELECT 1 FROM waves w WHERE w.survey_id = s.id)`
      )
      .bind(form.slug, ids.wave, 'Demo'),
  ])
  forgetOpenSurveys()
}
