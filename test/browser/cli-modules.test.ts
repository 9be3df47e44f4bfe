import { execFile } from 'node:child_process'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { root } from '../../worker/cli/local.ts'

// Vitest compiles .tsx, so importing a command here would prove nothing: each is loaded by
// plain Node, exactly as `npm run lernraum` loads it.
const commands = [
  'report.ts',
  'token.ts',
  'code.ts',
  'local.ts',
  'prepare.ts',
  'send-target.ts',
  'deploy-check.ts',
]

async function loadInNode(file: string) {
  const url = pathToFileURL(path.join(root, 'worker/cli', file)).href
  return promisify(execFile)(process.execPath, [
    '--experimental-strip-types',
    '--no-warnings=ExperimentalWarning',
    '--input-type=module',
    '-e',
    `await import(${JSON.stringify(url)})`,
  ])
}

describe('the CLI in plain Node', () => {
  for (const file of commands)
    it(`loads worker/cli/${file} with everything it imports`, async () => {
      await expect(loadInNode(file)).resolves.toBeDefined()
    })

  it('would see a module that reaches a .tsx file: the check is live', async () => {
    await expect(loadInNode('../../forms/kinds/index.ts')).rejects.toThrow(/\.tsx/)
  })
})
