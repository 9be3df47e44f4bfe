import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { withLocalDb } from '../../worker/cli/local.ts'
import { prepareLocalDatabase } from '../../worker/cli/prepare.ts'
import { poolSubmit } from '../../worker/db/pool.ts'
import { insertResponses } from '../../worker/db/responses.ts'

const dirs: string[] = []
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

it('keeps earlier answers when npm start prepares the local D1 again', async () => {
  const persistTo = await mkdtemp(path.join(tmpdir(), 'lernraum-restart-'))
  dirs.push(persistTo)
  expect(await prepareLocalDatabase(persistTo)).toEqual(['demo-puls', 'demo-interview'])
  await withLocalDb(persistTo, async (env) => {
    const wave = { id: 'wave-demo-puls-1', surveyId: 'survey-demo-puls' }
    await env.DB.batch(
      insertResponses(env.DB, wave, [{ id: 'kept', formVersion: 1, answers: { trust: 4 } }])
    )
    const sealed = new Uint8Array(64)
    await poolSubmit(env.DB, { id: 'pooled', waveId: wave.id, formVersion: 1, sealed }, ['restart'])
  })
  await prepareLocalDatabase(persistTo)
  const counts = await withLocalDb(persistTo, (env) =>
    env.DB.prepare(
      `SELECT (SELECT COUNT(*) FROM responses) AS responses, (SELECT COUNT(*) FROM answers) AS answers,
              (SELECT COUNT(*) FROM sealed_pool) AS pooled, (SELECT COUNT(*) FROM spend_markers) AS markers,
              (SELECT COUNT(*) FROM surveys) AS surveys, (SELECT COUNT(*) FROM waves) AS waves`
    ).first()
  )
  expect(counts).toEqual({ responses: 1, answers: 1, pooled: 1, markers: 1, surveys: 2, waves: 2 })
})
