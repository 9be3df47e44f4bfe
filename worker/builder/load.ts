import type { FormDefinition } from '../../forms/schema.ts'
import { findDraft } from '../db/drafts.ts'
import { findSurveySummary, formVersion, type SurveySummary } from '../db/surveys.ts'
import { findOpenWave } from '../db/waves.ts'

/** A survey as the builder works on it: its current version, its draft, its open wave. */
export interface DraftState {
  survey: SurveySummary
  current: FormDefinition
  /** The draft, or `null` when there is none and the builder shows the current version. */
  draft: FormDefinition | null
  openWave: { label: string; formVersion: number } | null
}

export async function loadDraftState(db: D1Database, surveyId: string): Promise<DraftState | null> {
  const [survey, draft, openWave] = await Promise.all([
    findSurveySummary(db, surveyId),
    findDraft(db, surveyId),
    findOpenWave(db, surveyId),
  ])
  if (!survey) return null
  const current = await formVersion(db, surveyId, survey.version)
  return { survey, current, draft, openWave }
}

/** What the builder edits: the draft, or the current version to start one from. */
export const editedForm = (state: DraftState) => state.draft ?? state.current
