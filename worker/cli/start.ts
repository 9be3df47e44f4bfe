import { prepareLocalDatabase } from './prepare.ts'
import { defaultPersistTo, startDevServer } from './local.ts'

const port = Number(process.env.PORT ?? 8787)

console.log('Lernraum: preparing the local D1 (migrations, demo surveys) …')
const slugs = await prepareLocalDatabase(defaultPersistTo)
console.log('Lernraum: starting wrangler dev on workerd …')
const { child } = await startDevServer({ port, persistTo: defaultPersistTo })
const base = `http://localhost:${port}`
console.log(`
Lernraum runs at ${base}

Participant links:
${slugs.map((s) => `  ${base}/s/${s}          (English: ${base}/s/${s}?lang=en)`).join('\n')}
  ${base}/barrierefreiheit   accessibility statement

Answers are kept in .wrangler/state between starts. Stop with Ctrl+C.
`)
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
