import { spawn } from 'node:child_process'
import path from 'node:path'
import { root } from '../../worker/cli/local.ts'

/**
 * `npm run lernraum -- …args` (or another script of worker/cli, as `npm run deploy` runs
 * deploy.ts) in plain Node, to its end: exit code and what it printed; `input` is written
 * to its stdin.
 */
export function lernraum(args: string[], { script = 'main.ts', input = '' } = {}) {
  const child = spawn(
    process.execPath,
    [
      '--experimental-strip-types',
      '--no-warnings=ExperimentalWarning',
      path.join(root, 'worker/cli', script),
      ...args,
    ],
    { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] }
  )
  child.stdin.end(input)
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, output }))
  )
}
