import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { startDevServer, withLocalDb } from '../../worker/cli/local.ts'
import { prepareLocalDatabase } from '../../worker/cli/prepare.ts'
import { createApiToken } from '../../worker/tokens.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string
    /** An admin API token in the test server's D1, for seeding through the API. */
    adminToken: string
  }
}

/**
 * Prepares a fresh local D1 exactly as `npm start` does and serves it with `wrangler dev`, so
 * the browser tests exercise the real runtime and the real start-up path.
 */
export default async function setup(project: TestProject) {
  const persistTo = await mkdtemp(path.join(tmpdir(), 'lernraum-browser-'))
  await prepareLocalDatabase(persistTo)
  const { token } = await withLocalDb(persistTo, (env) =>
    createApiToken(
      env.DB,
      { label: 'browser tests', role: 'admin' },
      new Date().toISOString().slice(0, 10)
    )
  )
  project.provide('adminToken', token)
  const port = 18000 + Math.floor(Math.random() * 2000)
  const { child, origin } = await startDevServer({ port, persistTo, quiet: true })
  project.provide('origin', origin)
  return async () => {
    child.kill()
    await new Promise((r) => child.once('exit', r))
    await rm(persistTo, { recursive: true, force: true })
  }
}
