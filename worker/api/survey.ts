import { createMiddleware } from 'hono/factory'
import type { AuthEnv } from '../auth/authorize.ts'
import { findSurveySummary, type SurveySummary } from '../db/surveys.ts'
import { ApiError } from './error.ts'
import { annotate } from './facts.ts'

export type SurveyEnv = AuthEnv & { Variables: { survey: SurveySummary } }

/** Loads the survey named by `:id` into `c.var.survey`, or refuses with 404. */
export const surveyById = annotate(
  createMiddleware<SurveyEnv>(async (c, next) => {
    const survey = await findSurveySummary(c.env.DB, c.req.param('id') ?? '')
    if (!survey) throw new ApiError(404, 'No such survey.')
    c.set('survey', survey)
    await next()
  }),
  { refuses: { 404: 'No such survey' } }
)
