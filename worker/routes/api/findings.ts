import { Hono, type Context } from 'hono'
import { findingsCsv } from '../../../analysis/findings-csv.ts'
import { ApiError } from '../../api/error.ts'
import { examples } from '../../api/examples.ts'
import { describeRoute, refuses } from '../../api/facts.ts'
import * as res from '../../api/responses.ts'
import { waveQuery } from '../../api/schemas.ts'
import { surveyById, type SurveyEnv } from '../../api/survey.ts'
import { validated } from '../../api/validate.ts'
import { apiDenial, authorize } from '../../auth/authorize.ts'
import { findSurveyById, surveyAsAnswered } from '../../db/surveys.ts'
import { listWaves } from '../../db/waves.ts'
import { findingsView } from '../../findings.ts'
import { participationView } from '../../participation.ts'
import { wantsCsv } from './negotiate.ts'

export const findings = new Hono<SurveyEnv>()

const researcher = authorize('researcher', apiDenial)
const noWave = refuses({ 404: 'No such wave in this survey, or the survey has no wave yet' })

/** The asked-for wave of the loaded survey (the latest when none is named), or a 404. */
async function chosenWave(c: Context<SurveyEnv>, waveId: string | undefined) {
  const waves = await listWaves(c.env.DB, c.var.survey.id)
  const wave = waveId ? waves.find((w) => w.id === waveId) : waves.at(-1)
  if (!wave) throw new ApiError(404, 'No such survey or wave.')
  return wave
}

findings.get(
  '/:id/participation',
  describeRoute({
    operationId: 'getParticipation',
    tag: 'findings',
    summary: 'Invited and completed per ministry for a wave',
    status: 200,
    response: res.participation,
    example: examples.participation,
  }),
  researcher,
  validated('query', waveQuery),
  surveyById,
  noWave,
  async (c) => {
    const wave = await chosenWave(c, c.req.valid('query').wave)
    return c.json(await participationView(c.env.DB, c.var.survey, wave))
  }
)

findings.get(
  '/:id/findings',
  describeRoute({
    operationId: 'getFindings',
    tag: 'findings',
    summary:
      'Aggregated findings of a wave, k-suppressed (CSV with Accept: text/csv or ?format=csv)',
    status: 200,
    response: res.findings,
    example: examples.findings,
    formats: ['text/csv'],
  }),
  researcher,
  validated('query', waveQuery),
  surveyById,
  noWave,
  async (c) => {
    const query = c.req.valid('query')
    const { survey } = c.var
    const found = await chosenWave(c, query.wave)
    const open = await findSurveyById(c.env.DB, survey.id)
    if (!open) throw new ApiError(404, 'No such survey or wave.')
    const asAnswered = await surveyAsAnswered(c.env.DB, open, found)
    const view = await findingsView(c.env.DB, c.env, asAnswered, found, survey.hideOpenCounts)
    const wave = { id: found.id, label: found.label, status: found.status }
    if (wantsCsv(c)) {
      const csv = view.hidden
        ? findingsCsv(null, query.lang ?? 'de', view.note)
        : findingsCsv(view.findings, query.lang ?? 'de')
      return c.body(csv, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${survey.slug}-${wave.id}-findings.csv"`,
      })
    }
    return c.json({
      survey: { id: survey.id, slug: survey.slug, title: survey.title },
      wave,
      ...view,
    })
  }
)
