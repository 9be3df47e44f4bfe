import type { FormDefinition } from '../../forms/schema.ts'

/** The survey's draft in the builder, `null` when it has none (it then starts from the current version). */
export async function findDraft(db: D1Database, surveyId: string): Promise<FormDefinition | null> {
  const definition = await db
    .prepare('SELECT definition FROM survey_drafts WHERE survey_id = ?1')
    .bind(surveyId)
    .first<string>('definition')
  return definition === null ? null : (JSON.parse(definition) as FormDefinition)
}

/** Replaces the survey's draft with a definition the caller has validated. */
export async function saveDraft(db: D1Database, surveyId: string, form: FormDefinition) {
  await db
    .prepare(
      `INSERT INTO survey_drafts (survey_id, definition) VALUES (?1, ?2)
       ON CONFLICT (survey_id) DO UPDATE SET definition = excluded.definition`
    )
    .bind(surveyId, JSON.stringify(form))
    .run()
}

export async function deleteDraft(db: D1Database, surveyId: string) {
  await db.prepare('DELETE FROM survey_drafts WHERE survey_id = ?1').bind(surveyId).run()
}
