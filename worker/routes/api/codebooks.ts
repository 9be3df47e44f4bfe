import { Hono } from 'hono'
import { codebookSchema, DEFAULT_CODEBOOK_VERSION } from '../../../analysis/coding/index.ts'
import { ApiError } from '../../api/error.ts'
import { examples } from '../../api/examples.ts'
import { describeRoute, refuses } from '../../api/facts.ts'
import * as res from '../../api/responses.ts'
import { setCodebook } from '../../api/schemas.ts'
import { surveyById, type SurveyEnv } from '../../api/survey.ts'
import { fieldProblems, validated } from '../../api/validate.ts'
import { apiDenial, authorize } from '../../auth/authorize.ts'
import { useCodebook } from '../../db/coding.ts'
import { listWaves } from '../../db/waves.ts'
import { catchUpRelease } from '../../flush.ts'

export const codebooks = new Hono<SurveyEnv>()

/** Codes a survey's free text with the researcher's own codebook, in new releases of its waves. */
codebooks.put(
  '/:id/codebook',
  describeRoute({
    operationId: 'setCodebook',
    tag: 'codebooks',
    summary: "Code the survey's free text with your own codebook from the next report on",
    status: 200,
    response: res.surveyOnly,
    example: { survey: { ...examples.surveyCreated.survey, codebookVersion: 'imag-2026-1' } },
  }),
  authorize('admin', apiDenial),
  validated('json', setCodebook),
  surveyById,
  refuses({
    400: 'The codebook is invalid; every bad field is named under codebook.',
    409: 'The version is the shipped codebook, or exists with other content',
  }),
  async (c) => {
    const { survey } = c.var
    const parsed = codebookSchema.safeParse(c.req.valid('json').codebook)
    if (!parsed.success) {
      const fields = fieldProblems(parsed.error.issues).map((f) => ({
        ...f,
        path: `codebook.${f.path}`,
      }))
      throw new ApiError(400, 'Invalid codebook.', fields)
    }
    const { version } = parsed.data
    if (version === DEFAULT_CODEBOOK_VERSION)
      throw new ApiError(409, `"${version}" is the shipped codebook; give yours its own version.`)
    if (!(await useCodebook(c.env.DB, survey.id, version, JSON.stringify(parsed.data))))
      throw new ApiError(
        409,
        `Codebook "${version}" exists with other content; versions never change.`
      )
    // Each wave's figures are coded anew; its groups are the same, so the release rule allows it.
    for (const wave of await listWaves(c.env.DB, survey.id))
      await catchUpRelease(c.env, survey.id, wave.id)
    return c.json({ survey: { ...survey, codebookVersion: version } })
  }
)
