import { Hono } from 'hono'
import { formDefinition } from '../../../forms/schema.ts'
import { ApiError } from '../../api/error.ts'
import { examples } from '../../api/examples.ts'
import { describeRoute, refuses } from '../../api/facts.ts'
import * as res from '../../api/responses.ts'
import { createSurvey, editSurvey } from '../../api/schemas.ts'
import { surveyById, type SurveyEnv } from '../../api/survey.ts'
import { fieldProblems, validated } from '../../api/validate.ts'
import { apiDenial, authorize } from '../../auth/authorize.ts'
import { newId } from '../../crypto.ts'
import { addFormVersion, findSurveySummary, insertSurvey, listSurveys } from '../../db/surveys.ts'
import { listWaves } from '../../db/waves.ts'

export const surveys = new Hono<SurveyEnv>()

const researcher = authorize('researcher', apiDenial)
const admin = authorize('admin', apiDenial)

/** Parses a definition from the API, naming every bad field under `definition.`. */
function parseDefinition(raw: unknown) {
  const result = formDefinition.safeParse(
    typeof raw === 'object' && raw ? { version: 1, ...raw } : raw
  )
  if (result.success) return result.data
  const fields = fieldProblems(result.error.issues).map((f) => ({
    ...f,
    path: `definition.${f.path}`,
  }))
  throw new ApiError(400, 'Invalid form definition.', fields)
}

surveys.get(
  '/',
  describeRoute({
    operationId: 'listSurveys',
    tag: 'surveys',
    summary: 'List surveys and their waves',
    status: 200,
    response: res.surveyList,
    example: examples.surveyList,
  }),
  researcher,
  async (c) => {
    const all = await listSurveys(c.env.DB)
    return c.json({
      surveys: await Promise.all(
        all.map(async (s) => ({ ...s, waves: await listWaves(c.env.DB, s.id) }))
      ),
    })
  }
)

surveys.post(
  '/',
  describeRoute({
    operationId: 'createSurvey',
    tag: 'surveys',
    summary: 'Create a survey from a form definition',
    status: 201,
    response: res.surveyCreated,
    example: examples.surveyCreated,
  }),
  admin,
  validated('json', createSurvey),
  refuses({ 400: 'The definition is no valid form', 409: 'The slug is taken' }),
  async (c) => {
    const body = c.req.valid('json')
    const form = parseDefinition(body.definition)
    const id = newId()
    if (!(await insertSurvey(c.env.DB, id, form, body.hideOpenCounts)))
      throw new ApiError(409, `The slug "${form.slug}" is taken.`)
    return c.json({ survey: await findSurveySummary(c.env.DB, id), link: `/s/${form.slug}` }, 201)
  }
)

surveys.get(
  '/:id',
  describeRoute({
    operationId: 'getSurvey',
    tag: 'surveys',
    summary: 'One survey and its waves',
    status: 200,
    response: res.surveyOne,
    example: examples.surveyOne,
  }),
  researcher,
  surveyById,
  async (c) => {
    const { survey } = c.var
    return c.json({ survey: { ...survey, waves: await listWaves(c.env.DB, survey.id) } })
  }
)

surveys.put(
  '/:id/definition',
  describeRoute({
    operationId: 'editSurveyDefinition',
    tag: 'surveys',
    summary: 'Store an edited definition as a new version',
    status: 200,
    response: res.surveyOnly,
    example: { survey: examples.surveyCreated.survey },
  }),
  admin,
  validated('json', editSurvey),
  surveyById,
  refuses({ 400: 'The definition is no valid form, or changes the slug or kind' }),
  async (c) => {
    const { survey } = c.var
    const form = parseDefinition(c.req.valid('json').definition)
    if (form.slug !== survey.slug || form.kind !== survey.kind)
      throw new ApiError(400, 'The slug and kind of a survey cannot change.')
    const version = await addFormVersion(c.env.DB, survey.id, form)
    return c.json({ survey: { ...survey, version } })
  }
)
