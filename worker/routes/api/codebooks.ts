import { Hono } from 'hono'
import { codebookSchema, DEFAULT_CODEBOOK_VERSION } from '../../../analysis/coding/index.ts'
import { setCodebook } from '../../api/schemas.ts'
import { fieldProblems, validated } from '../../api/validate.ts'
import { apiDenial, authorize, type AuthEnv } from '../../auth/authorize.ts'
import { useCodebook } from '../../db/coding.ts'
import { findSurveySummary } from '../../db/surveys.ts'
import { listWaves } from '../../db/waves.ts'
import { catchUpRelease } from '../../flush.ts'

export const codebooks = new Hono<AuthEnv>()

/** Codes a survey's free text with the researcher's own codebook, in new releases of its waves. */
codebooks.put(
  '/:id/codebook',
  authorize('admin', apiDenial),
  validated('json', setCodebook),
  async (c) => {
    const survey = await findSurveySummary(c.env.DB, c.req.param('id'))
    if (!survey) return c.json({ error: { status: 404, message: 'No such survey.' } }, 404)
    const parsed = codebookSchema.safeParse(c.req.valid('json').codebook)
    if (!parsed.success) {
      const fields = fieldProblems(parsed.error.issues).map((f) => ({
        ...f,
        path: `codebook.${f.path}`,
      }))
      return c.json({ error: { status: 400, message: 'Invalid codebook.', fields } }, 400)
    }
    const { version } = parsed.data
    if (version === DEFAULT_CODEBOOK_VERSION)
      return c.json(
        {
          error: {
            status: 409,
            message: `"${version}" is the shipped codebook; give yours its own version.`,
          },
        },
        409
      )
    if (!(await useCodebook(c.env.DB, survey.id, version, JSON.stringify(parsed.data))))
      return c.json(
        {
          error: {
            status: 409,
            message: `Codebook "${version}" exists with other content; versions never change.`,
          },
        },
        409
      )
    // Each wave's figures are coded anew; its groups are the same, so the release rule allows it.
    for (const wave of await listWaves(c.env.DB, survey.id))
      await catchUpRelease(c.env, survey.id, wave.id)
    return c.json({ survey: { ...survey, codebookVersion: version } })
  }
)
