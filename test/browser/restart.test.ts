import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { withLocalDb } from '../../worker/cli/local.ts'
import { prepareLocalDatabase } from '../../worker/cli/prepare.ts'
import { storeResponse } from '../../worker/db/responses.ts'

const dirs: string[] = []
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

it('keeps earlier answers when npm start prepares the local D1 again', async () => {
  const persistTo = await mkdtemp(path.join(tmpdir(), 'lernraum-restart-'))
  dirs.push(persistTo)
  expect(await prepareLocalDatabase(persistTo)).toEqual(['demo-puls', 'demo-interview'])
  await withLocalDb(persistTo, (env) =>
    storeResponse(
      env.DB,
      {
        id: 'kept',
        surveyId: 'survey-demo-puls',
        waveId: 'wave-demo-puls-1',
        formVersion: 1,
        answers: { trust: 4 },
      },
      { nonceHash: 'restart' }
    )
  )
  await prepareLocalDatabase(persistTo)
  const counts = await withLocalDb(persistTo, (env) =>
    env.DB.prepare(
      `SELECT (SELECT COUNT(*) FROM responses) AS responses, (SELECT COUNT(*) FROM answers) AS answers,
              (SELECT COUNT(*) FROM surveys) AS surveys, (SELECT COUNT(*) FROM waves) AS waves`
    ).first()
  )
  expect(counts).toEqual({ responses: 1, answers: 1, surveys: 2, waves: 2 })
})
