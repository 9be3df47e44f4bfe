import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { startDevServer, withLocalDb } from '../../worker/cli/local.ts'
import { prepareLocalDatabase } from '../../worker/cli/prepare.ts'
import { createApiToken } from '../../worker/tokens.ts'
import { leaksIn } from '../log-leaks.ts'
import { sentTexts } from './answers.ts'
import { pagesSeen } from './pages-seen.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string
    /** An admin API token in the test server's D1, for seeding through the API. */
    adminToken: string
    /** The folder `wrangler dev` keeps its local state in, the D1 files among it. */
    persistTo: string
  }
}

/**
 * Prepares a fresh local D1 exactly as `npm start` does and serves it with `wrangler dev`, so
 * the browser tests exercise the real runtime and the real start-up path.
 */
export default async function setup(project: TestProject) {
  await rm(pagesSeen, { recursive: true, force: true })
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
  project.provide('persistTo', persistTo)
  const port = 18000 + Math.floor(Math.random() * 2000)
  const logFile = path.join(persistTo, 'wrangler.log')
  const { child, origin } = await startDevServer({ port, persistTo, quiet: true, logFile })
  project.provide('origin', origin)
  // Everything wrangler dev writes in the whole run, to its pipes (reading them also keeps a
  // chatty server from blocking on a full one) and to its debug log file.
  let output = ''
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  return async () => {
    child.kill()
    // 'close' comes once the pipes are drained too; a grandchild holding them is not waited for.
    await new Promise((r) => {
      child.once('close', r)
      setTimeout(r, 5000).unref()
    })
    const written = await readFile(logFile, 'utf8').catch(() => '')
    await rm(persistTo, { recursive: true, force: true })
    const leaks = leaksIn(`${output}\n${written}`.split('\n'), [token, ...sentTexts])
    if (leaks.length)
      throw new Error(`wrangler dev logged what must never be logged:\n${leaks.join('\n')}`)
  }
}
