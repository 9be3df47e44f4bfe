import { Hono } from 'hono'
import { findingsCsv } from '../../../analysis/findings-csv.ts'
import { waveQuery } from '../../api/schemas.ts'
import { validated } from '../../api/validate.ts'
import { apiDenial, authorize, type AuthEnv } from '../../auth/authorize.ts'
import { findSurveyById, findSurveySummary } from '../../db/surveys.ts'
import { listWaves } from '../../db/waves.ts'
import { findingsView } from '../../findings.ts'
import { participationView } from '../../participation.ts'
import { wantsCsv } from './negotiate.ts'

export const findings = new Hono<AuthEnv>()

const researcher = authorize('researcher', apiDenial)

/** The survey and the asked-for wave (the latest when none is named), or a JSON 404. */
async function surveyAndWave(db: D1Database, id: string, waveId: string | undefined) {
  const survey = await findSurveySummary(db, id)
  if (!survey) return null
  const waves = await listWaves(db, id)
  const wave = waveId ? waves.find((w) => w.id === waveId) : waves.at(-1)
  return wave ? { survey, waves, wave } : null
}

findings.get('/:id/participation', researcher, validated('query', waveQuery), async (c) => {
  const found = await surveyAndWave(c.env.DB, c.req.param('id'), c.req.valid('query').wave)
  if (!found) return c.json({ error: { status: 404, message: 'No such survey or wave.' } }, 404)
  return c.json(await participationView(c.env.DB, found.survey, found.wave))
})

findings.get('/:id/findings', researcher, validated('query', waveQuery), async (c) => {
  const query = c.req.valid('query')
  const found = await surveyAndWave(c.env.DB, c.req.param('id'), query.wave)
  const open = found && (await findSurveyById(c.env.DB, found.survey.id))
  if (!found || !open)
    return c.json({ error: { status: 404, message: 'No such survey or wave.' } }, 404)
  const view = await findingsView(c.env.DB, c.env, open, found.wave, found.survey.hideOpenCounts)
  const wave = { id: found.wave.id, label: found.wave.label, status: found.wave.status }
  if (wantsCsv(c)) {
    const csv = view.hidden
      ? findingsCsv(null, query.lang ?? 'de', view.note)
      : findingsCsv(view.findings, query.lang ?? 'de')
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${found.survey.slug}-${wave.id}-findings.csv"`,
    })
  }
  return c.json({
    survey: { id: found.survey.id, slug: found.survey.slug, title: found.survey.title },
    wave,
    ...view,
  })
})
