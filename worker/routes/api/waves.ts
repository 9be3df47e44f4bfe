import { Hono } from 'hono'
import { ApiError } from '../../api/error.ts'
import { examples } from '../../api/examples.ts'
import { describeRoute, refuses } from '../../api/facts.ts'
import * as res from '../../api/responses.ts'
import { closeWave as closeWaveBody, openWave as openWaveBody } from '../../api/schemas.ts'
import { surveyById, type SurveyEnv } from '../../api/survey.ts'
import { validated } from '../../api/validate.ts'
import { apiDenial, authorize } from '../../auth/authorize.ts'
import { newId } from '../../crypto.ts'
import { openWave } from '../../db/waves.ts'
import { closeAndFlush } from '../../waves.ts'

export const waves = new Hono<SurveyEnv>()

const admin = authorize('admin', apiDenial)

waves.post(
  '/:id/waves',
  describeRoute({
    operationId: 'openWave',
    tag: 'waves',
    summary: 'Open the next wave',
    status: 201,
    response: res.waveOne,
    example: examples.waveOne,
  }),
  admin,
  validated('json', openWaveBody),
  surveyById,
  refuses({ 409: 'A wave of the survey is still open' }),
  async (c) => {
    const body = c.req.valid('json')
    const wave = await openWave(c.env.DB, {
      id: newId(),
      surveyId: c.var.survey.id,
      label: body.label,
      mode: body.mode,
      opensOn: body.opensOn ?? null,
      closesOn: body.closesOn ?? null,
    })
    if (!wave) throw new ApiError(409, 'Close the open wave before opening the next.')
    return c.json({ wave }, 201)
  }
)

waves.patch(
  '/:id/waves/:waveId',
  describeRoute({
    operationId: 'closeWave',
    tag: 'waves',
    summary: 'Close a wave',
    status: 200,
    response: res.waveOne,
    example: { wave: { ...examples.waveOne.wave, status: 'closed' } },
  }),
  admin,
  validated('json', closeWaveBody),
  refuses({ 404: 'No such wave in this survey' }),
  async (c) => {
    const wave = await closeAndFlush(c.env, c.req.param('id'), c.req.param('waveId'))
    if (!wave) throw new ApiError(404, 'No such wave in this survey.')
    return c.json({ wave })
  }
)
