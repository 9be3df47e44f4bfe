import { parseArgs } from 'node:util'
import { revokeTokensLabelled } from '../db/tokens.ts'
import { createApiToken } from '../tokens.ts'
import { defaultPersistTo, startDevServer, withLocalDb } from './local.ts'
import { prepareLocalDatabase } from './prepare.ts'

const port = Number(process.env.PORT ?? 8787)
// `npm start -- --scheduled` serves /__scheduled, which `report --send` needs to send.
const { values: flags } = parseArgs({ options: { scheduled: { type: 'boolean', default: false } } })
const LOCAL_ADMIN = 'npm start (local admin)'

console.log('Lernraum: preparing the local D1 (migrations, demo surveys) …')
const slugs = await prepareLocalDatabase(defaultPersistTo)
// A fresh local admin token each start; the previous one is revoked, so none pile up.
const admin = await withLocalDb(defaultPersistTo, async (env) => {
  await revokeTokensLabelled(env.DB, LOCAL_ADMIN)
  return createApiToken(
    env.DB,
    { label: LOCAL_ADMIN, role: 'admin' },
    new Date().toISOString().slice(0, 10)
  )
})
console.log('Lernraum: starting wrangler dev on workerd …')
const { child, origin: base } = await startDevServer({
  port,
  persistTo: defaultPersistTo,
  publicOrigin: `http://localhost:${port}`,
  scheduled: flags.scheduled,
})
console.log(`
Lernraum runs at ${base}

Participant links:
${slugs.map((s) => `  ${base}/s/${s}   (English: ${base}/s/${s}?lang=en)`).join('\n')}
  ${base}/barrierefreiheit   accessibility statement

Researchers:
  ${base}/dashboard   sign in with the admin token below
  ${base}/api         the API (OpenAPI: ${base}/api/openapi.json)
  curl -H "Authorization: Bearer ${admin.token}" ${base}/api/surveys

Local admin token (replaced at every start):
  ${admin.token}

${
  flags.scheduled
    ? `Scheduled run (cron handler; anything that reaches the port can trigger it):
  ${base}/__scheduled?cron=0+6+*+*+*   or   npm run lernraum -- report --send\n`
    : `/__scheduled is off; npm start -- --scheduled serves it (report --send needs it).\n`
}
Answers are kept in .wrangler/state between starts. Stop with Ctrl+C.
`)
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
