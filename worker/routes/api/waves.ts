import { Hono } from 'hono'
import { closeWave as closeWaveBody, openWave as openWaveBody } from '../../api/schemas.ts'
import { validated } from '../../api/validate.ts'
import { apiDenial, authorize, type AuthEnv } from '../../auth/authorize.ts'
import { newId } from '../../crypto.ts'
import { findSurveySummary } from '../../db/surveys.ts'
import { closeWave, openWave } from '../../db/waves.ts'
import { flushClosedWave } from '../../flush.ts'

export const waves = new Hono<AuthEnv>()

const admin = authorize('admin', apiDenial)

waves.post('/:id/waves', admin, validated('json', openWaveBody), async (c) => {
  const survey = await findSurveySummary(c.env.DB, c.req.param('id'))
  if (!survey) return c.json({ error: { status: 404, message: 'No such survey.' } }, 404)
  const body = c.req.valid('json')
  const wave = await openWave(c.env.DB, {
    id: newId(),
    surveyId: survey.id,
    label: body.label,
    mode: body.mode,
    opensOn: body.opensOn ?? null,
    closesOn: body.closesOn ?? null,
  })
  if (!wave)
    return c.json(
      { error: { status: 409, message: 'Close the open wave before opening the next.' } },
      409
    )
  return c.json({ wave }, 201)
})

waves.patch('/:id/waves/:waveId', admin, validated('json', closeWaveBody), async (c) => {
  const wave = await closeWave(c.env.DB, c.req.param('id'), c.req.param('waveId'))
  if (!wave) return c.json({ error: { status: 404, message: 'No such wave in this survey.' } }, 404)
  // The closed wave's pool moves now; should that fail, the scheduled run moves it.
  await flushClosedWave(c.env, wave.id).catch((err: Error) =>
    console.error(`lernraum flush: ${err.name}`)
  )
  return c.json({ wave })
})
