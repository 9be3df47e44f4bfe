import { Hono } from 'hono'
import { formDefinition } from '../../../forms/schema.ts'
import { fieldProblems, validated } from '../../api/validate.ts'
import { createSurvey, editSurvey } from '../../api/schemas.ts'
import { apiDenial, authorize, type AuthEnv } from '../../auth/authorize.ts'
import { newId } from '../../crypto.ts'
import { addFormVersion, findSurveySummary, insertSurvey, listSurveys } from '../../db/surveys.ts'
import { listWaves } from '../../db/waves.ts'

export const surveys = new Hono<AuthEnv>()

const researcher = authorize('researcher', apiDenial)
const admin = authorize('admin', apiDenial)

/** Parses a definition from the API, naming every bad field under `definition.`. */
function parseDefinition(raw: unknown) {
  const result = formDefinition.safeParse(
    typeof raw === 'object' && raw ? { version: 1, ...raw } : raw
  )
  if (result.success) return { ok: true as const, form: result.data }
  const fields = fieldProblems(result.error.issues).map((f) => ({
    ...f,
    path: `definition.${f.path}`,
  }))
  return {
    ok: false as const,
    body: { error: { status: 400, message: 'Invalid form definition.', fields } },
  }
}

surveys.get('/', researcher, async (c) => {
  const all = await listSurveys(c.env.DB)
  return c.json({
    surveys: await Promise.all(
      all.map(async (s) => ({ ...s, waves: await listWaves(c.env.DB, s.id) }))
    ),
  })
})

surveys.post('/', admin, validated('json', createSurvey), async (c) => {
  const body = c.req.valid('json')
  const parsed = parseDefinition(body.definition)
  if (!parsed.ok) return c.json(parsed.body, 400)
  const id = newId()
  if (!(await insertSurvey(c.env.DB, id, parsed.form, body.hideOpenCounts)))
    return c.json(
      { error: { status: 409, message: `The slug "${parsed.form.slug}" is taken.` } },
      409
    )
  return c.json(
    { survey: await findSurveySummary(c.env.DB, id), link: `/s/${parsed.form.slug}` },
    201
  )
})

surveys.get('/:id', researcher, async (c) => {
  const survey = await findSurveySummary(c.env.DB, c.req.param('id'))
  if (!survey) return c.json({ error: { status: 404, message: 'No such survey.' } }, 404)
  return c.json({ survey: { ...survey, waves: await listWaves(c.env.DB, survey.id) } })
})

surveys.put('/:id/definition', admin, validated('json', editSurvey), async (c) => {
  const survey = await findSurveySummary(c.env.DB, c.req.param('id'))
  if (!survey) return c.json({ error: { status: 404, message: 'No such survey.' } }, 404)
  const parsed = parseDefinition(c.req.valid('json').definition)
  if (!parsed.ok) return c.json(parsed.body, 400)
  if (parsed.form.slug !== survey.slug || parsed.form.kind !== survey.kind)
    return c.json(
      { error: { status: 400, message: 'The slug and kind of a survey cannot change.' } },
      400
    )
  const version = await addFormVersion(c.env.DB, survey.id, parsed.form)
  return c.json({ survey: { ...survey, version } })
})
