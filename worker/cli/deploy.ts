import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { deployProblems } from './deploy-check.ts'
import { root, runWrangler } from './local.ts'

// `npm run deploy [-- --check]`: refuses a wrangler.toml that still holds placeholders, then
// applies the migrations to the remote D1 and deploys, in the order the README gives.
const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } })
const problems = deployProblems(await readFile(path.join(root, 'wrangler.toml'), 'utf8'))
if (problems.length) {
  console.error(
    `lernraum deploy: nothing deployed; fix wrangler.toml first (README, "Deploying to Cloudflare"):\n${problems
      .map((p) => `  - ${p}`)
      .join('\n')}`
  )
  process.exit(1)
}
if (values.check) console.log('lernraum deploy: wrangler.toml is ready to deploy')
else {
  await runWrangler(['d1', 'migrations', 'apply', 'DB', '--remote'], { inherit: true })
  await runWrangler(['deploy'], { inherit: true })
}
